import type { ProjectRow } from '../domain/project-row.ts'
import { CHANGE_KINDS, type ChangeKind, changeOfRow, type RowChange } from '../domain/series-changes.ts'
import type { ChangeLookup } from '../domain/view.ts'

/** What the changes from the previous year offer the projects in view. */
export interface ChangeScope {
  /** The table's change columns: some project in view has a previous year in its series. */
  columns: boolean
  /** The change facet: some project in view is in a series, or is new or gone. */
  facet: boolean
}

/** Whether the projects in view (ViewModel.allRows) have changes to show, by the view's changes (ViewModel.changes). */
export function changeScope(rows: readonly ProjectRow[], changes: ReadonlyMap<string, RowChange>): ChangeScope {
  let facet = false
  for (const row of rows) {
    const change = changeOfRow(changes, row.id)
    if (change.previous !== null) return { columns: true, facet: true }
    if (change.next !== null || change.kinds.length > 0) facet = true
  }
  return { columns: false, facet }
}

/** Projects per change kind, by the same lookup the view filters with (ViewModel.changesOf). */
export function countChanges(rows: readonly ProjectRow[], changesOf: ChangeLookup): Record<ChangeKind, number> {
  const counts = Object.fromEntries(CHANGE_KINDS.map((kind) => [kind, 0])) as Record<ChangeKind, number>
  for (const row of rows) for (const kind of changesOf(row)) counts[kind] += 1
  return counts
}

/** A change as the table writes it: an arrow (none when it is 0) and the size; null when it is not known. */
export interface Delta {
  direction: 'down' | 'up' | 'same'
  arrow: '↓' | '↑' | ''
  size: number
}

export function deltaOf(value: number | null): Delta | null {
  if (value === null) return null
  if (value < 0) return { direction: 'down', arrow: '↓', size: -value }
  if (value > 0) return { direction: 'up', arrow: '↑', size: value }
  return { direction: 'same', arrow: '', size: 0 }
}
