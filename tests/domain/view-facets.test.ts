import { describe, expect, it } from 'vitest'
import { auditFlagLookup } from '../../src/domain/audit-flags.ts'
import { toRows } from '../../src/domain/project-row.ts'
import { EMPTY_FILTERS, filterRows, type ViewFilters } from '../../src/domain/view.ts'
import { bundledRows } from '../support/bundled.ts'
import { makeProject } from '../support/project.ts'

const filter = (f: Partial<ViewFilters>): number[] => filterRows(bundledRows, { ...EMPTY_FILTERS, ...f }).map((r) => r.index)

describe('filterRows: theme and flag filters', () => {
  it.each<[ViewFilters['themes'], number[]]>([
    [[], [0, 1, 2, 3, 4, 5, 6, 7]],
    [['contracts'], [0, 2, 5, 6, 7]],
    [['records'], [2, 3, 4]],
    [['satisfaction', 'execution'], [2, 3, 4, 5]],
    [['procurement', 'other'], []],
  ])('themes %j → projects %j (any of them)', (themes, expected) => expect(filter({ themes })).toEqual(expected))

  it.each<[ViewFilters['flags'], number[]]>([
    [[], [0, 1, 2, 3, 4, 5, 6, 7]],
    [['no-execution-rate'], [0, 1, 4, 5, 6, 7]],
    [['suggestions-mismatch'], [4]],
    [['rectifications-mismatch'], []],
    [['rectifications-mismatch', 'suggestions-mismatch', 'grade-band-mismatch'], [4]],
    [['parse-doubt'], []],
  ])('flags %j → projects %j (any of them)', (flags, expected) => expect(filter({ flags })).toEqual(expected))

  it('combines themes and flags with the other filters', () => {
    expect(filter({ themes: ['contracts'], flags: ['no-execution-rate'] })).toEqual([0, 5, 6, 7])
    expect(filter({ themes: ['contracts'], grades: ['良'] })).toEqual([6, 7])
    expect(filter({ themes: ['budgeting'], query: '合同' })).toEqual([0, 2, 6, 7])
  })

  it('takes flags raised by diagnostics when given a lookup', () => {
    const rows = toRows('d', [makeProject({ executionRate: 1, problems: ['甲。'], suggestions: ['甲。'], rectifications: ['甲。'], name: '甲', amountWan: 1, score: 95, grade: '优', performance: '完成。', source: { startLine: 1, endLine: 9 } })])
    const diagnostics = [{ level: 'warning' as const, code: 'label-in-text' as const, message: '', line: 4 }]
    const filters = { ...EMPTY_FILTERS, flags: ['parse-doubt' as const] }
    expect(filterRows(rows, filters)).toEqual([])
    expect(filterRows(rows, filters, auditFlagLookup([{ id: 'd', rows, diagnostics }]))).toEqual(rows)
  })
})
