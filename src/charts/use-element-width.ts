import { type RefObject, useEffect, useState } from 'react'

/** The element's width in px as the browser lays it out, following resizes; null until measured, and while it has none. */
export function useElementWidth(ref: RefObject<HTMLElement | null>): number | null {
  const [width, setWidth] = useState<number | null>(null)
  useEffect(() => {
    const element = ref.current
    if (element === null) return
    const observer = new ResizeObserver((entries) => {
      const measured = entries[0]?.contentRect.width ?? 0
      setWidth(measured > 0 ? Math.round(measured) : null)
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref])
  return width
}
