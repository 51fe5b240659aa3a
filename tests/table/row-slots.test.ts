import type { VirtualItem } from '@tanstack/react-virtual'
import { describe, expect, it } from 'vitest'
import { rowSlots } from '../../src/table/row-slots.ts'

const item = (index: number, start: number, size = 40): VirtualItem => ({ key: `r${index}`, index, start, end: start + size, size, lane: 0 })

describe('rowSlots', () => {
  it('renders the rows alone when they fill the list (8 rows: no spacer at all)', () => {
    const items = Array.from({ length: 8 }, (_, i) => item(i, 30 + 40 * i))
    expect(rowSlots(items, 30, 30 + 8 * 40)).toEqual(items.map((rendered) => ({ kind: 'row', index: rendered.index })))
  })

  it('puts a spacer before a window scrolled down and after it, as tall as the rows they stand for', () => {
    // Rows of 40 px below a 30 px header; rows 100–102 rendered out of 1,000.
    const items = [item(100, 30 + 4000), item(101, 30 + 4040), item(102, 30 + 4080)]
    expect(rowSlots(items, 30, 30 + 40_000)).toEqual([
      { kind: 'gap', key: 'gap-r100', height: 4000 },
      { kind: 'row', index: 100 },
      { kind: 'row', index: 101 },
      { kind: 'row', index: 102 },
      { kind: 'gap', key: 'gap-end', height: 40_000 - 4120 },
    ])
  })

  it('puts a spacer between the window and a pinned row far below it', () => {
    const items = [item(0, 0), item(1, 40), item(999, 39_960)]
    expect(rowSlots(items, 0, 40_000)).toEqual([
      { kind: 'row', index: 0 },
      { kind: 'row', index: 1 },
      { kind: 'gap', key: 'gap-r999', height: 39_880 },
      { kind: 'row', index: 999 },
    ])
  })

  it('ignores gaps under a pixel (rounding), and renders nothing for no rows', () => {
    expect(rowSlots([item(0, 0.4, 40.3), item(1, 40.9)], 0, 81.2)).toEqual([
      { kind: 'row', index: 0 },
      { kind: 'row', index: 1 },
    ])
    expect(rowSlots([], 0, 0)).toEqual([])
  })
})
