import { describe, expect, it } from 'vitest'
import { projectMemoLines, selectionMemoLines, type SelectionMemo } from '../../src/app/memo-header.ts'
import { pageNumberContent } from '../../src/app/page-numbers.ts'
import { EMPTY_FILTERS, type ViewFilters } from '../../src/domain/view.ts'
import { messagesFor } from '../../src/i18n/catalogue.ts'

const zh = messagesFor('zh')
const en = messagesFor('en')

/** One of each kind of filter, the change and flag filters included. */
const FILTERED: ViewFilters = {
  ...EMPTY_FILTERS,
  query: ' 培训 ',
  grades: ['优', '良'],
  amount: { min: 100, max: null },
  score: { min: 80, max: 95.5 },
  themes: ['budgeting'],
  flags: ['score-fell'],
  changes: ['fell'],
  brush: { amount: [10, 250.5], score: [60, 90] },
}

const TWO_DATASETS: SelectionMemo['datasets'] = [
  { label: '中共上海市委组织部 2018', fileName: 'shanghai-2018.txt' },
  { label: 'report.pdf', fileName: 'report.pdf' },
]

describe('selectionMemoLines: what produced a printed selection', () => {
  it.each<{ name: string; t: typeof zh; memo: SelectionMemo; lines: string[] }>([
    {
      name: 'no filter, the report’s order, one dataset (zh)',
      t: zh,
      memo: { shown: 8, total: 8, datasets: TWO_DATASETS.slice(0, 1), filters: EMPTY_FILTERS, sorting: [] },
      lines: ['范围：当前筛选的 8 / 8 个项目', '数据集：中共上海市委组织部 2018（shanghai-2018.txt）', '筛选：无（全部项目）', '排序：按报告原文顺序排列'],
    },
    {
      name: 'every kind of filter, two sort keys, two datasets (zh)',
      t: zh,
      memo: {
        shown: 3,
        total: 12,
        datasets: TWO_DATASETS,
        filters: FILTERED,
        sorting: [
          { id: 'score', desc: true },
          { id: 'name', desc: false },
        ],
      },
      lines: [
        '范围：当前筛选的 3 / 12 个项目',
        '数据集：中共上海市委组织部 2018（shanghai-2018.txt）；report.pdf',
        '筛选：搜索“培训”；评价结论：优、良；决算金额 ≥ 100.00 万元；评价分值 80.00–95.50；问题主题：预算编制；审计提示：得分较上年下降；年度变化：分值下降；框选：金额 10.00–250.50 万元，分值 60.00–90.00',
        '排序：按评价分值降序、项目名称升序排列',
      ],
    },
    {
      name: 'the execution-rate, problem-count, department and year filters (zh)',
      t: zh,
      memo: {
        shown: 2,
        total: 12,
        datasets: TWO_DATASETS.slice(0, 1),
        filters: { ...EMPTY_FILTERS, rate: { min: 80, max: null }, problems: { min: 1, max: 3 }, departments: ['中共上海市委组织部'], years: [2018, 2019] },
        sorting: [{ id: 'problemCount', desc: true }],
      },
      lines: [
        '范围：当前筛选的 2 / 12 个项目',
        '数据集：中共上海市委组织部 2018（shanghai-2018.txt）',
        '筛选：预算执行率 ≥ 80.00%；问题 1–3 条；主管部门：中共上海市委组织部；年度：2018、2019',
        '排序：按问题数降序排列',
      ],
    },
    {
      name: 'no filter, the report’s order, one dataset (en)',
      t: en,
      memo: { shown: 8, total: 8, datasets: TWO_DATASETS.slice(0, 1), filters: EMPTY_FILTERS, sorting: [] },
      lines: [
        'Scope: 8 of 8 projects in the current selection',
        'Dataset: 中共上海市委组织部 2018 (shanghai-2018.txt)',
        'Filters: none (every project)',
        'Order: the report’s own',
      ],
    },
    {
      name: 'a grade, the change filter, a maximum, two datasets (en)',
      t: en,
      memo: {
        shown: 1,
        total: 12,
        datasets: TWO_DATASETS,
        filters: { ...EMPTY_FILTERS, grades: ['差'], score: { min: null, max: 60 }, changes: ['fell', 'new'], flags: ['no-execution-rate'] },
        sorting: [
          { id: 'amount', desc: false },
          { id: 'scoreDelta', desc: true },
        ],
      },
      lines: [
        'Scope: 1 of 12 projects in the current selection',
        'Datasets: 中共上海市委组织部 2018 (shanghai-2018.txt); report.pdf',
        'Filters: Grade: 差 Poor; Score ≤ 60.00; Audit flag: No execution rate; Change: Score down, New',
        'Order: sorted by final amount, ascending, then by score change, descending',
      ],
    },
  ])('$name', ({ t, memo, lines }) => {
    expect(selectionMemoLines(t, memo)).toEqual(lines)
  })
})

describe('projectMemoLines: a printed project', () => {
  it.each([
    {
      t: zh,
      lines: ['范围：项目“甲项目”', '数据集：中共上海市委组织部 2018（shanghai-2018.txt）', '引用：某报告，“甲项目”，shanghai-2018.txt 第3–9行'],
    },
    {
      t: en,
      lines: ['Scope: the project “甲项目”', 'Dataset: 中共上海市委组织部 2018 (shanghai-2018.txt)', 'Citation: 某报告，“甲项目”，shanghai-2018.txt 第3–9行'],
    },
  ])('$t.lang', ({ t, lines }) => {
    const memo = { name: '甲项目', dataset: { label: '中共上海市委组织部 2018', fileName: 'shanghai-2018.txt' }, citation: '某报告，“甲项目”，shanghai-2018.txt 第3–9行' }
    expect(projectMemoLines(t, memo)).toEqual(lines)
  })
})

describe('the print date, in local time and the interface language', () => {
  it.each([
    { t: zh, date: new Date(2026, 11, 3, 18, 52, 41), text: '打印于 2026年12月3日 18:52' },
    { t: en, date: new Date(2026, 11, 3, 18, 52, 41), text: 'Printed 3 December 2026, 18:52' },
    { t: zh, date: new Date(2027, 0, 9, 7, 5), text: '打印于 2027年1月9日 07:05' },
    { t: en, date: new Date(2027, 0, 9, 7, 5), text: 'Printed 9 January 2027, 07:05' },
  ])('$text', ({ t, date, text }) => {
    expect(t.print.printedAt(date)).toBe(text)
  })
})

describe('pageNumberContent: the page number as CSS content, counters in place of the numbers', () => {
  it.each([
    { format: zh.print.pageNumber, content: '"第 " counter(page) " 页，共 " counter(pages) " 页"' },
    { format: en.print.pageNumber, content: '"Page " counter(page) " of " counter(pages)' },
    { format: (page: string, pages: string) => `${page}/${pages}`, content: 'counter(page) "/" counter(pages)' },
    { format: (page: string) => `"p" \\${page}`, content: '"\\"p\\" \\\\" counter(page)' },
  ])('$content', ({ format, content }) => {
    expect(pageNumberContent(format)).toBe(content)
  })
})
