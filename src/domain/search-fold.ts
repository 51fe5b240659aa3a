/** The form both a search and the text it searches are compared in: full-width to half-width, Kangxi radicals to ideographs, lower case, no whitespace. */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '')
}
