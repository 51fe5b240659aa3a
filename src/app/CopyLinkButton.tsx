import { useEffect, useRef, useState } from 'react'
import { useMessages } from '../store/use-messages.ts'
import { announce } from '../ui/announcer.ts'
import '../ui/ui.css'

/** How long the button says it has copied. */
export const COPIED_MS = 2000

/**
 * Copies the page's address, which the URL sync keeps current (use-url-sync.ts): whoever opens it
 * sees the same dataset, filters, sort and open project. Says so in the live region and, for a
 * moment, on the button; where the clipboard refuses (no permission, an insecure context) it says
 * so, and the note stays until the next try.
 */
export function CopyLinkButton() {
  const t = useMessages()
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle')
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  useEffect(() => () => clearTimeout(timer.current), [])
  const copy = () => {
    clearTimeout(timer.current)
    setStatus('idle')
    // navigator.clipboard is undefined outside secure contexts (plain http on a LAN address).
    Promise.resolve()
      .then(() => navigator.clipboard.writeText(window.location.href))
      .then(
        () => {
          setStatus('copied')
          announce(t.copyLink.announced)
          timer.current = setTimeout(() => setStatus('idle'), COPIED_MS)
        },
        () => {
          setStatus('failed')
          announce(t.copyLink.failed)
        },
      )
  }
  return (
    <>
      <button type="button" className="secondary-button copy-link-button" title={t.copyLink.title} onClick={copy}>
        {status === 'copied' ? t.copyLink.copied : t.copyLink.button}
      </button>
      {status === 'failed' && (
        // The live region says it; this is for the eye.
        <span className="copy-link-failed" aria-hidden="true">
          {t.copyLink.failed}
        </span>
      )}
    </>
  )
}
