import { difference } from './decimal.ts'
import type { ProjectRow } from './project-row.ts'
import { changeScopeKey, neighbours, rowYear, type SeriesIndex, type SeriesMember, type SeriesSource } from './series.ts'
import type { Grade } from './types.ts'

/**
 * How each record changed from the previous year of its series: what the table's change columns
 * show and the change filter selects.
 * - fell / rose / same: its score against the previous year's (both stated);
 * - new: no previous year in its series, although its department has a dataset of an earlier year
 *   of the same kind of document;
 * - gone: no later year in its series, although its department has a dataset of a later year.
 * A record of unknown year or department, or whose key was ambiguous (SeriesIndex.ambiguous), gets none.
 */

export const CHANGE_KINDS = ['fell', 'rose', 'same', 'new', 'gone'] as const
export type ChangeKind = (typeof CHANGE_KINDS)[number]

export const isChangeKind = (id: string): id is ChangeKind => (CHANGE_KINDS as readonly string[]).includes(id)

export interface RowChange {
  previous: SeriesMember | null
  next: SeriesMember | null
  /** Score minus the previous year's, both stated; else null. */
  scoreDelta: number | null
  /** 决算金额 minus the previous year's, both stated; else null. */
  amountDelta: number | null
  /** The previous year's grade when it differs from this one's (both stated); else null. */
  gradeFrom: Grade | null
  kinds: ChangeKind[]
}

const NO_CHANGE: RowChange = { previous: null, next: null, scoreDelta: null, amountDelta: null, gradeFrom: null, kinds: [] }

const deltaOf = (now: number | null, before: number | null | undefined): number | null =>
  now === null || before === null || before === undefined ? null : difference(now, before)

function changeOf(source: SeriesSource, row: ProjectRow, index: SeriesIndex): RowChange {
  const { previous, next } = neighbours(index, row.id)
  const year = rowYear(source, row)
  const years = index.yearsByDepartment.get(changeScopeKey(source, row))
  const scoreDelta = deltaOf(row.project.score, previous?.row.project.score)
  const before = previous?.row.project.grade ?? null
  const kinds: ChangeKind[] = []
  if (scoreDelta !== null) kinds.push(scoreDelta < 0 ? 'fell' : scoreDelta > 0 ? 'rose' : 'same')
  // A record whose key was ambiguous may well continue an earlier one: it is neither new nor gone.
  if (year !== null && years !== undefined && !index.ambiguous.has(row.id)) {
    if (previous === null && [...years].some((y) => y < year)) kinds.push('new')
    if (next === null && [...years].some((y) => y > year)) kinds.push('gone')
  }
  if (previous === null && next === null && kinds.length === 0) return NO_CHANGE
  return {
    previous,
    next,
    scoreDelta,
    amountDelta: deltaOf(row.project.amountWan, previous?.row.project.amountWan),
    gradeFrom: before !== null && row.project.grade !== null && before !== row.project.grade ? before : null,
    kinds,
  }
}

/** Row id → its change, for every row of the sources. */
export function seriesChanges(sources: readonly SeriesSource[], index: SeriesIndex): Map<string, RowChange> {
  const changes = new Map<string, RowChange>()
  const severalYears = [...index.yearsByDepartment.values()].some((years) => years.size > 1)
  if (index.series.length === 0 && !severalYears) return changes
  for (const source of sources) for (const row of source.rows) changes.set(row.id, changeOf(source, row, index))
  return changes
}

export const changeOfRow = (changes: ReadonlyMap<string, RowChange>, rowId: string): RowChange => changes.get(rowId) ?? NO_CHANGE
