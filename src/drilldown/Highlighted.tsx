import { highlightSegments } from '../domain/search-text.ts'

export interface HighlightedProps {
  text: string
  terms: readonly string[]
}

/** Report text with the search terms marked; always rendered as text. */
export function Highlighted({ text, terms }: HighlightedProps) {
  if (terms.length === 0) return <>{text}</>
  return (
    <>
      {highlightSegments(text, terms).map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : s.text))}
    </>
  )
}
