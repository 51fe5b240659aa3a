import type { MouseEvent } from 'react'

export interface SkipLinkProps {
  /** The id of the element to move to; it takes the focus (tabIndex -1 makes a region focusable). */
  targetId: string
  label: string
}

/**
 * The page's first tab stop, shown only while focused: moves the focus to the target (the project
 * table), past the header, the figures and the charts. The focus moves by script, so the address
 * (which the URL sync keeps) gets no #fragment.
 */
export function SkipLink({ targetId, label }: SkipLinkProps) {
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(targetId)
    if (target === null) return
    event.preventDefault()
    target.focus()
  }
  return (
    <a className="skip-link" href={`#${targetId}`} onClick={skip}>
      {label}
    </a>
  )
}
