/** The keys that move the focus between table rows. */
const ROW_KEYS = ['ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', 'Home', 'End'] as const
export type RowKey = (typeof ROW_KEYS)[number]

export const isRowKey = (key: string): key is RowKey => (ROW_KEYS as readonly string[]).includes(key)

/**
 * Where a key moves the focus from row `from` of `count` rows: one row, a page of `pageSize`
 * rows, or the first or last row, never past either end.
 */
export function targetRowIndex(key: RowKey, from: number, count: number, pageSize: number): number {
  const page = Math.max(1, pageSize)
  const to = {
    ArrowDown: from + 1,
    ArrowUp: from - 1,
    PageDown: from + page,
    PageUp: from - page,
    Home: 0,
    End: count - 1,
  }[key]
  return Math.max(0, Math.min(count - 1, to))
}
