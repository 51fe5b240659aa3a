import type { SortingState } from '@tanstack/react-table'
import { SORT_COLUMNS, type SortColumn, type SortKey } from '../domain/view.ts'

const isSortColumn = (id: string): id is SortColumn => (SORT_COLUMNS as readonly string[]).includes(id)

/** The store's keys are already TanStack column sorts (a SortColumn id is a column id): same array, no copy. */
export function toSortingState(keys: readonly SortKey[]): SortingState {
  return keys as SortKey[]
}

/** TanStack's sorting state back to store keys: unknown column ids and repeated ids are dropped. */
export function toSortKeys(state: SortingState): SortKey[] {
  const keys: SortKey[] = []
  for (const { id, desc } of state) {
    if (isSortColumn(id) && !keys.some((k) => k.id === id)) keys.push({ id, desc })
  }
  return keys
}
