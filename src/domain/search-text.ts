import type { Project } from './types.ts'

/** Full-width to half-width, Kangxi radicals to ideographs, lower case, no whitespace. */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '')
}

/** Every text of a project a search should reach, normalised once. */
export function projectSearchText(project: Project): string {
  return normalizeForSearch(
    [
      project.name ?? '',
      project.unit ?? '',
      project.performance ?? '',
      ...project.problems,
      ...project.suggestions,
      ...project.rectifications,
    ].join('\u0001'),
  )
}

/** The terms of a query: split on whitespace, each normalised; empty when the query is blank. */
export function searchTerms(query: string): string[] {
  return query
    .split(/[\s\u3000]+/)
    .map(normalizeForSearch)
    .filter((t) => t !== '')
}

/** True when every term occurs in the normalised text. */
export function matchesAllTerms(searchText: string, terms: readonly string[]): boolean {
  return terms.every((t) => searchText.includes(t))
}

export interface TextSegment {
  text: string
  match: boolean
}

/**
 * Splits text into plain and matching segments for highlighting. Matching runs on the same
 * normalised form as the search (NFKC, lower case, no whitespace), mapped back to the raw text, so
 * what the search found is what gets marked; overlapping terms merge.
 */
export function highlightSegments(text: string, terms: readonly string[]): TextSegment[] {
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
  const segments: TextSegment[] = []
  let start = 0
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || marks[i] !== marks[start]) {
      segments.push({ text: text.slice(start, i), match: marks[start] === 1 })
      start = i
    }
  }
  return segments
}
