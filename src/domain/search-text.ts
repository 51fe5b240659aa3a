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

/** Splits text into plain and matching segments for highlighting, case-insensitively; overlapping terms merge. */
export function highlightSegments(text: string, terms: readonly string[]): TextSegment[] {
  const lower = text.toLowerCase()
  const marks = new Uint8Array(text.length)
  for (const term of terms) {
    if (term === '') continue
    for (let i = lower.indexOf(term); i >= 0; i = lower.indexOf(term, i + 1)) marks.fill(1, i, i + term.length)
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
