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
