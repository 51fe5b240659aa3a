import type { ProjectRow } from './project-row.ts'
import { matchesAllTerms, normalizeForSearch, searchTerms } from './search-text.ts'
import type { SeriesIndex, SeriesSource } from './series.ts'

/**
 * Records the user may link to the open one by hand (a project renamed between years, which neither
 * the automatic links nor the candidates find): those of other datasets whose name, or code, holds
 * every term typed. Worked out per keystroke, so one pass that stops as soon as it has enough.
 */

export interface SeriesSearchResult {
  /** In dataset order, then document order; at most SERIES_SEARCH_LIMIT. */
  rows: ProjectRow[]
  /** True when more records match than SERIES_SEARCH_LIMIT. */
  more: boolean
}

/** At most this many records are listed: a longer list is a sign to type more. */
export const SERIES_SEARCH_LIMIT = 10

const holdsAll = (text: string | null, terms: readonly string[]): boolean =>
  text !== null && matchesAllTerms(normalizeForSearch(text), terms)

/** Never a record of the open record's dataset, nor one already in its series. Nothing for a blank query. */
export function searchOtherRecords(
  open: ProjectRow,
  query: string,
  sources: readonly SeriesSource[],
  index: SeriesIndex,
): SeriesSearchResult {
  const terms = searchTerms(query)
  const rows: ProjectRow[] = []
  if (terms.length === 0) return { rows, more: false }
  const linked = new Set(index.byRow.get(open.id)?.members.map((m) => m.row.id))
  for (const source of sources) {
    if (source.id === open.datasetId) continue
    for (const row of source.rows) {
      if (linked.has(row.id)) continue
      if (!holdsAll(row.project.name, terms) && !holdsAll(row.project.code, terms)) continue
      if (rows.length === SERIES_SEARCH_LIMIT) return { rows, more: true }
      rows.push(row)
    }
  }
  return { rows, more: false }
}
