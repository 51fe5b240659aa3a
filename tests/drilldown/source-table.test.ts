import { describe, expect, it } from 'vitest'
import type { SourceRange } from '../../src/domain/types.ts'
import {
  readCellRange,
  scrollTopToReveal,
  type SourceGrid,
  sourceGrid,
  sourceTableOf,
  tablePlaceOf,
} from '../../src/drilldown/source-table.ts'
import { FORM_TABLE } from './form-table.ts'

/** Each shown row as "address(rowSpan×colSpan)[fields]" per slot, "·" for a position with no cell. */
const picture = (grid: SourceGrid): string[] =>
  grid.rows.map(({ slots }) =>
    slots
      .map((s) => (s.kind === 'empty' ? '·' : `${s.address}(${s.rowSpan}×${s.colSpan})${s.fields.length > 0 ? `[${s.fields.join(',')}]` : ''}`))
      .join(' '),
  )

const source = (fields: Partial<SourceRange> = {}): SourceRange => ({ startLine: 1, endLine: 1, table: 1, ...fields })

describe('readCellRange', () => {
  it.each([
    ['I37', { top: 36, left: 8, bottom: 36, right: 8 }],
    ['B3:D4', { top: 2, left: 1, bottom: 3, right: 3 }],
    ['D4:B3', { top: 2, left: 1, bottom: 3, right: 3 }],
    ['aa10', { top: 9, left: 26, bottom: 9, right: 26 }],
    ['$C$5', { top: 4, left: 2, bottom: 4, right: 2 }],
    ['A0', null],
    ['B', null],
    ['A1:B2:C3', null],
    ['', null],
  ])('%s → %j', (text, box) => expect(readCellRange(text)).toEqual(box))
})

describe('sourceGrid', () => {
  it('draws the whole form with its merges, an empty slot where no cell is, and the cells each value came from', () => {
    const grid = sourceGrid(
      FORM_TABLE,
      source({ cells: 'A1:H6', fieldCells: { name: 'B2:H2', department: 'C3', budgetWan: 'D5', amountWan: 'E5', score: 'H6', executionRate: 'G5' } }),
      300,
    )
    expect(picture(grid)).toEqual([
      'A1:H1(1×8)',
      'A2(1×1) B2:H2(1×7)[name]',
      'A3(1×1) B3:D3(1×3)[department] E3(1×1) F3:H3(1×3)',
      'A4:A5(2×1) · C4(1×1) D4(1×1) E4(1×1) F4(1×1) G4(1×1) H4(1×1)',
      'B5(1×1) C5(1×1) D5(1×1)[budgetWan] E5(1×1)[amountWan] F5(1×1) G5(1×1)[executionRate] H5(1×1)',
      'A6:F6(1×6) G6(1×1) H6(1×1)[score]',
    ])
    expect(grid.totalRows).toBe(6)
  })

  it('marks every cell a range covers', () => {
    const grid = sourceGrid(FORM_TABLE, source({ fieldCells: { goals: 'C5:E6' } }), 300)
    expect(picture(grid).slice(4)).toEqual([
      'B5(1×1) C5(1×1)[goals] D5(1×1)[goals] E5(1×1)[goals] F5(1×1) G5(1×1) H5(1×1)',
      'A6:F6(1×6)[goals] G6(1×1) H6(1×1)',
    ])
  })

  it('shows only the range the record names, cutting the merges it crosses', () => {
    expect(picture(sourceGrid(FORM_TABLE, source({ cells: 'D3:F5' }), 300))).toEqual([
      'B3:D3(1×1) E3(1×1) F3:H3(1×1)',
      'D4(1×1) E4(1×1) F4(1×1)',
      'D5(1×1) E5(1×1) F5(1×1)',
    ])
  })

  it.each([undefined, 'Z90:Z99', 'not a range'])('shows the whole table when the range is %s', (cells) => {
    expect(sourceGrid(FORM_TABLE, source({ cells }), 300).rows.map((r) => r.row)).toEqual([0, 1, 2, 3, 4, 5])
  })

  it('shows at most maxRows rows, a merge cut at the last one', () => {
    const grid = sourceGrid(FORM_TABLE, source(), 4)
    expect(picture(grid)[3]).toBe('A4:A5(1×1) · C4(1×1) D4(1×1) E4(1×1) F4(1×1) G4(1×1) H4(1×1)')
    expect([grid.rows.length, grid.totalRows]).toEqual([4, 6])
  })

  it('ignores a field whose cell is not an address', () => {
    expect(picture(sourceGrid(FORM_TABLE, source({ cells: 'H6', fieldCells: { score: 'H', grade: 'H6' } }), 300))).toEqual(['H6(1×1)[grade]'])
  })
})

describe('the table a source names, and where it was', () => {
  it('counts tables from 1 in the dataset’s list; none without a table number or tables', () => {
    const second = { ...FORM_TABLE, index: 2 }
    expect(sourceTableOf([FORM_TABLE, second], source({ table: 2 }))).toBe(second)
    expect(sourceTableOf([FORM_TABLE], source({ table: 2 }))).toBeNull()
    expect(sourceTableOf([FORM_TABLE], { startLine: 1, endLine: 1 })).toBeNull()
    expect(sourceTableOf(undefined, source())).toBeNull()
  })

  it('takes the sheet and page from the source, else from the table', () => {
    expect(tablePlaceOf(source({ cells: 'A1:H6' }), FORM_TABLE)).toEqual({ sheet: '项目自评', page: null, table: 1, cells: 'A1:H6' })
    expect(tablePlaceOf(source({ table: 3, page: 7 }))).toEqual({ sheet: null, page: 7, table: 3, cells: null })
    expect(tablePlaceOf({ startLine: 4, endLine: 9 })).toBeNull()
  })
})

describe('scrollTopToReveal: the box scrolled down or up to a cell, 24 px above it', () => {
  // The box's content is 200 px tall, 100 px down the page.
  it.each([
    ['wholly in view', 0, { top: 150, height: 30 }, null],
    ['touching both edges', 0, { top: 100, height: 200 }, null],
    ['below the box', 0, { top: 520, height: 30 }, 396],
    ['cut by the bottom edge', 0, { top: 290, height: 30 }, 166],
    ['below, the box already scrolled', 50, { top: 520, height: 30 }, 446],
    ['above, the box scrolled past it', 400, { top: 40, height: 30 }, 316],
    ['just under the top edge of an unscrolled box', 0, { top: 90, height: 30 }, 0],
    ['taller than the box', 0, { top: 250, height: 400 }, 126],
  ])('%s → %s', (_, scrollTop, cell, expected) => {
    expect(scrollTopToReveal({ top: 100, height: 200, scrollTop }, cell)).toBe(expected)
  })
})
