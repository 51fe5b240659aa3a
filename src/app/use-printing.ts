import { useEffect, useState } from 'react'
import { flushSync } from 'react-dom'

const printQuery = (): MediaQueryList | null =>
  typeof window === 'undefined' || typeof window.matchMedia !== 'function' ? null : window.matchMedia('print')

/**
 * When the current printing started (or print media began to be emulated), or null when the page
 * is not being printed. Rendered synchronously when printing starts — beforeprint or the print
 * media query, whichever comes first — so what only the memo needs can stay out of the DOM the rest
 * of the time and still be on paper.
 */
export function usePrintStart(): Date | null {
  const [start, setStart] = useState<Date | null>(() => (printQuery()?.matches === true ? new Date() : null))
  useEffect(() => {
    const query = printQuery()
    if (query === null) return
    const update = (printing: boolean) =>
      flushSync(() => setStart((current) => (printing ? (current ?? new Date()) : null)))
    const onChange = () => update(query.matches)
    const onBefore = () => update(true)
    query.addEventListener('change', onChange)
    window.addEventListener('beforeprint', onBefore)
    window.addEventListener('afterprint', onChange)
    return () => {
      query.removeEventListener('change', onChange)
      window.removeEventListener('beforeprint', onBefore)
      window.removeEventListener('afterprint', onChange)
    }
  }, [])
  return start
}
