import { useEffect, useState } from 'react'
import { flushSync } from 'react-dom'

/**
 * True while the page is printed: from `beforeprint` to `afterprint` (the print dialog), and while
 * the print media query matches (print preview, emulation). A virtualized table must then render
 * every row, because paper does not scroll. `beforeprint` renders synchronously: the browser lays
 * out the printed page right after the event.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false)
  useEffect(() => {
    // jsdom has no matchMedia.
    const media = typeof window.matchMedia === 'function' ? window.matchMedia('print') : null
    const before = () => flushSync(() => setPrinting(true))
    const after = () => setPrinting(media?.matches ?? false)
    const onMediaChange = (event: MediaQueryListEvent) => setPrinting(event.matches)
    window.addEventListener('beforeprint', before)
    window.addEventListener('afterprint', after)
    media?.addEventListener('change', onMediaChange)
    return () => {
      window.removeEventListener('beforeprint', before)
      window.removeEventListener('afterprint', after)
      media?.removeEventListener('change', onMediaChange)
    }
  }, [])
  return printing
}
