import type { ReactNode } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { SORT_COLUMNS } from '../../src/domain/view.ts'
import { type ColumnChoice, projectColumnsFor } from '../../src/table/columns.tsx'
import { toSortKeys } from '../../src/table/sorting-state.ts'

const PLAIN = { dataset: false, forms: false }
const ALL = { dataset: true, forms: true, changes: true }

describe.each(['zh', 'en'] as const)('project columns (%s)', (locale) => {
  const ids = (choice: ColumnChoice) => projectColumnsFor(locale, choice).map((c) => c.id)

  it('have the SortColumn ids, in display order, the form kind after the name, the changes after the grade', () => {
    expect(ids(PLAIN)).toEqual(['name', 'amount', 'score', 'grade', 'executionRate', 'problemCount'])
    expect(ids({ dataset: true, forms: false })).toEqual(['dataset', 'name', 'amount', 'score', 'grade', 'executionRate', 'problemCount'])
    expect(ids({ dataset: false, forms: true })).toEqual(['name', 'form', 'budget', 'amount', 'score', 'grade', 'executionRate', 'problemCount'])
    expect(ids({ dataset: true, forms: false, changes: true })).toEqual([
      'dataset',
      'name',
      'amount',
      'score',
      'grade',
      'scoreDelta',
      'amountDelta',
      'gradeChange',
      'executionRate',
      'problemCount',
    ])
    expect(ids(ALL)).toEqual([
      'dataset',
      'name',
      'form',
      'budget',
      'amount',
      'score',
      'grade',
      'scoreDelta',
      'amountDelta',
      'gradeChange',
      'executionRate',
      'problemCount',
    ])
    // Every sort column is a column; the form kind and the grade change are the columns that do not sort.
    expect(ids(ALL).filter((id) => id !== 'form' && id !== 'gradeChange').toSorted()).toEqual([...SORT_COLUMNS].toSorted())
  })

  it('start descending for numbers and grades, ascending for the name; the form kind does not sort', () => {
    const columns = projectColumnsFor(locale, ALL)
    expect(Object.fromEntries(columns.map((c) => [c.id, c.enableSorting === false ? 'no sort' : c.sortDescFirst]))).toEqual({
      dataset: false,
      name: false,
      form: 'no sort',
      budget: true,
      amount: true,
      score: true,
      grade: true,
      scoreDelta: false,
      amountDelta: true,
      gradeChange: 'no sort',
      executionRate: true,
      problemCount: true,
    })
  })
})

/** A column's header as HTML, and as its text. */
const headerMarkup = (header: unknown): string =>
  renderToStaticMarkup(typeof header === 'function' ? (header as (context: never) => ReactNode)({} as never) : (header as ReactNode))
const headerText = (header: unknown): string => headerMarkup(header).replace(/<[^>]*>/g, '')

/** A header's words as [word], the text between words as it is. */
const picture = (header: unknown): string =>
  headerMarkup(header)
    .replace(/^<span class="header-words">|<\/span>$/g, '')
    .replaceAll('<span class="header-word">', '[')
    .replaceAll('</span>', ']')

describe('column headers', () => {
  it.each([
    [
      'zh',
      ['数据集', '项目名称', '表类', '预算（万元）', '决算金额（万元）', '评价分值', '评价结论', '分值变化', '金额变化（万元）', '等级变化', '预算执行率', '问题数'],
    ],
    [
      'en',
      [
        'Dataset',
        'Project name',
        'Form',
        'Budget (10k CNY)',
        'Final amount (10k CNY)',
        'Score',
        'Grade',
        'Score Δ',
        'Amount Δ (10k CNY)',
        'Grade change',
        'Execution rate',
        'Problems',
      ],
    ],
  ] as const)('are in the interface language: %s', (locale, headers) => {
    expect(projectColumnsFor(locale, ALL).map((c) => headerText(c.header))).toEqual(headers)
  })

  it.each([
    [
      'zh',
      [
        '[数据集]',
        '[项目名称]',
        '[表类]',
        '[预算][（万元）]',
        '[决算][金额][（万元）]',
        '[评价][分值]',
        '[评价][结论]',
        '[分值][变化]',
        '[金额][变化][（万元）]',
        '[等级][变化]',
        '[预算][执行率]',
        '[问题数]',
      ],
    ],
    [
      'en',
      [
        '[Dataset]',
        '[Project] [name]',
        '[Form]',
        '[Budget] [(10k CNY)]',
        '[Final] [amount] [(10k CNY)]',
        '[Score]',
        '[Grade]',
        '[Score Δ]',
        '[Amount Δ] [(10k CNY)]',
        '[Grade] [change]',
        '[Execution] [rate]',
        '[Problems]',
      ],
    ],
  ] as const)('wrap between whole words only, each an inline block kept on one line ([word]): %s', (locale, pictures) => {
    expect(projectColumnsFor(locale, ALL).map((c) => picture(c.header))).toEqual(pictures)
  })

  it('are built once per language and choice', () => {
    expect(projectColumnsFor('en', PLAIN)).toBe(projectColumnsFor('en', PLAIN))
    expect(projectColumnsFor('en', ALL)).toBe(projectColumnsFor('en', ALL))
    expect(projectColumnsFor('en', PLAIN)).not.toBe(projectColumnsFor('zh', PLAIN))
  })
})

describe('sorting state → store keys', () => {
  it('drops unknown and repeated column ids on the way back', () => {
    expect(
      toSortKeys([
        { id: 'amount', desc: false },
        { id: 'nope', desc: true },
        { id: 'amount', desc: true },
        { id: 'name', desc: true },
      ]),
    ).toEqual([
      { id: 'amount', desc: false },
      { id: 'name', desc: true },
    ])
  })
})
