import { describe, expect, it } from 'vitest'
import type { ProjectRow } from '../../src/domain/project-row.ts'
import { type DeltaLookup, type SortKey, sortRows, sortValue } from '../../src/domain/view.ts'
import { rowsOf } from '../support/project.ts'

// Six projects and their changes from the previous year: two missing (a first year, a score not stated).
const rows = rowsOf({ name: '甲' }, { name: '乙' }, { name: '丙' }, { name: '丁' }, { name: '戊' }, { name: '己' })
const deltas: Record<string, { scoreDelta: number | null; amountDelta: number | null }> = {
  't/0': { scoreDelta: -2.3, amountDelta: 10 },
  't/1': { scoreDelta: null, amountDelta: null },
  't/2': { scoreDelta: 1, amountDelta: -20.25 },
  't/3': { scoreDelta: 0, amountDelta: null },
  't/4': { scoreDelta: -5.62, amountDelta: 0 },
  't/5': { scoreDelta: 0, amountDelta: 10 },
}
const deltasOf: DeltaLookup = (row) => deltas[row.id] ?? { scoreDelta: null, amountDelta: null }
const names = (list: readonly ProjectRow[]) => list.map((r) => r.project.name).join('')

describe('sortRows by the change columns', () => {
  it.each<[string, SortKey[], string]>([
    ['score change ascending: the largest fall first', [{ id: 'scoreDelta', desc: false }], '戊甲丁己丙乙'],
    ['score change descending: the largest rise first', [{ id: 'scoreDelta', desc: true }], '丙丁己甲戊乙'],
    ['amount change descending', [{ id: 'amountDelta', desc: true }], '甲己戊丙乙丁'],
    ['amount change ascending', [{ id: 'amountDelta', desc: false }], '丙戊甲己乙丁'],
    ['score change, then amount change', [{ id: 'scoreDelta', desc: false }, { id: 'amountDelta', desc: true }], '戊甲己丁丙乙'],
  ])('%s (missing last, ties in document order)', (_name, sorting, expected) => {
    expect(names(sortRows(rows, sorting, deltasOf))).toBe(expected)
  })

  it('reads the lookup for the change columns only', () => {
    expect(sortValue(rows[0]!, 'scoreDelta', deltasOf)).toBe(-2.3)
    expect(sortValue(rows[2]!, 'amountDelta', deltasOf)).toBe(-20.25)
    expect(sortValue(rows[0]!, 'name', deltasOf)).toBe('甲')
  })

  it('without a lookup every change is missing: document order in both directions', () => {
    expect(sortValue(rows[0]!, 'scoreDelta')).toBeNull()
    expect(names(sortRows(rows, [{ id: 'scoreDelta', desc: true }]))).toBe('甲乙丙丁戊己')
    expect(names(sortRows(rows, [{ id: 'amountDelta', desc: false }]))).toBe('甲乙丙丁戊己')
  })
})
