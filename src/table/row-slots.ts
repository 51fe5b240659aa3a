import type { VirtualItem } from '@tanstack/react-virtual'

/** What the body renders, in order: a row, or a spacer standing in for the rows between two rendered ones. */
export type RowSlot = { kind: 'row'; index: number } | { kind: 'gap'; key: string; height: number }

/**
 * The rendered rows with a spacer before each gap and after the last one, so that every rendered
 * row sits where it would with all rows rendered. `items` are in index order with offsets from the
 * scroll box's top; the list runs from `start` (below the header) to `end`. Gaps under a pixel are
 * rounding, not rows.
 */
export function rowSlots(items: readonly VirtualItem[], start: number, end: number): RowSlot[] {
  const slots: RowSlot[] = []
  let renderedEnd = start
  for (const item of items) {
    if (item.start - renderedEnd >= 1) slots.push({ kind: 'gap', key: `gap-${item.key}`, height: item.start - renderedEnd })
    slots.push({ kind: 'row', index: item.index })
    renderedEnd = item.end
  }
  if (end - renderedEnd >= 1) slots.push({ kind: 'gap', key: 'gap-end', height: end - renderedEnd })
  return slots
}
