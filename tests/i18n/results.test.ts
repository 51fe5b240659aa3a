import { describe, expect, it } from 'vitest'
import type { ResultChange } from '../../src/i18n/messages.ts'
import { en } from '../../src/i18n/en.ts'
import { zh } from '../../src/i18n/zh.ts'

const BY_SCORE = [{ id: 'score', desc: true }] as const
const TWO_KEYS = [
  { id: 'grade', desc: true },
  { id: 'name', desc: false },
] as const

describe('results.announce: what a sort or a filter change says', () => {
  it.each<[ResultChange, string, string]>([
    [{ sorting: BY_SCORE, filtered: false, shown: 8, total: 8 }, '按评价分值降序排列，共 8 个项目。', 'Sorted by score, descending; 8 projects.'],
    [
      { sorting: [{ id: 'amount', desc: false }], filtered: false, shown: 1, total: 8 },
      '按决算金额升序排列，共 1 个项目。',
      'Sorted by final amount, ascending; 1 project.',
    ],
    [
      { sorting: TWO_KEYS, filtered: false, shown: 8, total: 8 },
      '按评价结论降序、项目名称升序排列，共 8 个项目。',
      'Sorted by grade, descending, then by project name, ascending; 8 projects.',
    ],
    [{ sorting: [], filtered: false, shown: 8, total: 8 }, '按报告原文顺序排列，共 8 个项目。', 'In the report’s own order; 8 projects.'],
    [{ sorting: null, filtered: true, shown: 3, total: 8 }, '显示 8 个项目中的 3 个。', 'Showing 3 of 8 projects.'],
    [{ sorting: null, filtered: true, shown: 0, total: 1 }, '显示 1 个项目中的 0 个。', 'Showing 0 of 1 project.'],
    [
      { sorting: [{ id: 'executionRate', desc: true }], filtered: true, shown: 2, total: 8 },
      '按预算执行率降序排列，显示 8 个项目中的 2 个。',
      'Sorted by execution rate, descending; showing 2 of 8 projects.',
    ],
    [
      { sorting: [{ id: 'problemCount', desc: true }, { id: 'dataset', desc: false }], filtered: false, shown: 16, total: 16 },
      '按问题数降序、数据集升序排列，共 16 个项目。',
      'Sorted by number of problems, descending, then by dataset, ascending; 16 projects.',
    ],
  ])('%j', (change, chinese, english) => {
    expect(zh.results.announce(change)).toBe(chinese)
    expect(en.results.announce(change)).toBe(english)
  })
})
