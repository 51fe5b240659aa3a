import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { toRows, type ProjectRow } from '../../src/domain/project-row.ts'
import type { Grade } from '../../src/domain/types.ts'
import { type SortKey, sortRows, sortValue } from '../../src/domain/view.ts'
import { bundledRows } from '../support/bundled.ts'

/**
 * The rule sortRows documents, spelled out as a comparator: by each key in turn, a missing value
 * last in both directions, ties in document order (dataset id, then place in the report).
 */
function sortedByComparator(rows: readonly ProjectRow[], sorting: readonly SortKey[]): ProjectRow[] {
  return rows.toSorted((x, y) => {
    for (const { id, desc } of sorting) {
      const a = sortValue(x, id)
      const b = sortValue(y, id)
      if (a === null || b === null) {
        if (a !== b) return a === null ? 1 : -1
        continue
      }
      const order = typeof a === 'string' && typeof b === 'string' ? a.localeCompare(b, 'zh-CN') : Number(a) - Number(b)
      if (order !== 0) return desc ? -order : order
    }
    if (x.datasetId !== y.datasetId) return x.datasetId < y.datasetId ? -1 : 1
    return x.index - y.index
  })
}

const base = bundledRows[0]!.project
const GRADES: (Grade | null)[] = ['优', '良', '中', '差', null]
// Few distinct values, so that ties (and ties on every key) are common.
const projectArb = fc.record({
  score: fc.option(fc.constantFrom(0, -0, 60, 75.5, 89.6, 90, 100), { nil: null }),
  amountWan: fc.option(fc.constantFrom(-3, 0, 1.25, 269.59, 1e6), { nil: null }),
  executionRate: fc.option(fc.constantFrom(0, 83.63, 100, 120), { nil: null }),
  grade: fc.constantFrom(...GRADES),
  problems: fc.array(fc.constant('问题'), { maxLength: 3 }),
})
const keyArb = fc.record({ id: fc.constantFrom('score', 'amount', 'executionRate', 'grade', 'problemCount'), desc: fc.boolean() })

const rowsArb = fc
  .tuple(fc.array(projectArb, { maxLength: 30 }), fc.array(projectArb, { maxLength: 30 }))
  .chain(([first, second]) =>
    // Two datasets, rows shuffled: document order is not the order the rows come in.
    fc.shuffledSubarray(
      [...toRows('b', first.map((p) => ({ ...base, ...p }))), ...toRows('a', second.map((p) => ({ ...base, ...p })))],
      { minLength: first.length + second.length },
    ),
  )

const ids = (rows: readonly ProjectRow[]): string[] => rows.map((r) => r.id)

describe('sortRows', () => {
  it('orders rows as the comparator of its documented rule does, for any keys and any row order', () => {
    fc.assert(
      fc.property(rowsArb, fc.array(keyArb, { maxLength: 4 }), (rows, sorting) => {
        const sorted = sortRows(rows, sorting)
        if (sorting.length === 0) expect(ids(sorted)).toEqual(ids(rows))
        else expect(ids(sorted)).toEqual(ids(sortedByComparator(rows, sorting)))
      }),
      { numRuns: 500 },
    )
  })

  it('sorts 10,000 rows, given in reverse document order, by 3 keys', () => {
    const many = toRows(
      'x',
      Array.from({ length: 10_000 }, (_, i) => ({ ...base, score: (i * 7919) % 1000 / 10, amountWan: (i * 104_729) % 9973, problems: [] })),
    )
    const sorting: SortKey[] = [{ id: 'problemCount', desc: true }, { id: 'score', desc: false }, { id: 'amount', desc: true }]
    expect(ids(sortRows(many.toReversed(), sorting))).toEqual(ids(sortedByComparator(many, sorting)))
  })
})
