import { normalizeForSearch } from './search-fold.ts'
import { parseSearchQuery, positiveTerms } from './search-query.ts'
import type { Project } from './types.ts'

export { normalizeForSearch } from './search-fold.ts'

/** A text of a project a search reaches: which field, and for a list the item's number (1-based). */
export interface SearchField {
  field: 'name' | 'unit' | 'performance' | 'problems' | 'suggestions' | 'rectifications'
  item: number | null
  text: string
}

const single = (field: 'name' | 'unit' | 'performance', text: string | null): SearchField[] =>
  text === null ? [] : [{ field, item: null, text }]

const items = (field: 'problems' | 'suggestions' | 'rectifications', list: readonly string[]): SearchField[] =>
  list.map((text, i) => ({ field, item: i + 1, text }))

/** Every text of a project a search reaches, in the order a snippet looks for the first hit. */
export function searchFields(project: Project): SearchField[] {
  return [
    ...single('name', project.name),
    ...single('unit', project.unit),
    ...single('performance', project.performance),
    ...items('problems', project.problems),
    ...items('suggestions', project.suggestions),
    ...items('rectifications', project.rectifications),
  ]
}

/** Every text of a project a search should reach, normalised once; a term never runs from one text into the next. */
export function projectSearchText(project: Project): string {
  return normalizeForSearch(searchFields(project).map((f) => f.text).join('\u0001'))
}

/**
 * The terms to mark of a query (src/domain/search-query.ts): its positive terms, normalised; an
 * excluded term (-验收) is never marked. Empty when the query is blank.
 */
export const searchTerms = (query: string): string[] => positiveTerms(parseSearchQuery(query))

/** True when every term occurs in the normalised text. */
export function matchesAllTerms(searchText: string, terms: readonly string[]): boolean {
  return terms.every((t) => searchText.includes(t))
}

export interface TextSegment {
  text: string
  match: boolean
}

/**
 * Where the terms occur in the raw text, as [start, end) ranges in order, overlapping ones merged.
 * Matching runs on the same normalised form as the search (NFKC, lower case, no whitespace),
 * mapped back to the raw text, so what the search found is what gets marked.
 */
export function matchRanges(text: string, terms: readonly string[]): [number, number][] {
  let normalized = ''
  const rawStart: number[] = []
  const rawEnd: number[] = []
  for (let i = 0; i < text.length; ) {
    const char = String.fromCodePoint(text.codePointAt(i) ?? 0)
    const folded = normalizeForSearch(char)
    for (let k = 0; k < folded.length; k++) {
      rawStart.push(i)
      rawEnd.push(i + char.length)
    }
    normalized += folded
    i += char.length
  }
  const marks = new Uint8Array(text.length)
  for (const term of terms) {
    if (term === '') continue
    for (let at = normalized.indexOf(term); at >= 0; at = normalized.indexOf(term, at + 1)) {
      marks.fill(1, rawStart[at] ?? 0, rawEnd[at + term.length - 1] ?? 0)
    }
  }
  const ranges: [number, number][] = []
  for (let i = 0; i < text.length; i++) {
    if (marks[i] !== 1) continue
    const start = i
    while (i < text.length && marks[i] === 1) i++
    ranges.push([start, i])
  }
  return ranges
}

/** Splits text into plain and matching segments for highlighting (matchRanges); overlapping terms merge. */
export function highlightSegments(text: string, terms: readonly string[]): TextSegment[] {
  const segments: TextSegment[] = []
  let at = 0
  for (const [start, end] of matchRanges(text, terms)) {
    if (start > at) segments.push({ text: text.slice(at, start), match: false })
    segments.push({ text: text.slice(start, end), match: true })
    at = end
  }
  if (at < text.length) segments.push({ text: text.slice(at), match: false })
  return segments
}
