import { RESULT_FORM_FIELDS } from '../../src/domain/result-fields.ts'
import { readFileSync } from 'node:fs'
import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { GRADES } from '../../src/domain/grade.ts'
import type { Project } from '../../src/domain/types.ts'
import { parseReport } from '../../src/ingest/parse-report.ts'
import {
  formatAmount,
  type RenderableProject,
  renderReport,
  renderReportWithRanges,
  wrapValue,
} from '../../src/generate/render-report.ts'

const bundled = readFileSync(
  new URL('../../public/data/shanghai-organization-department-2018.txt', import.meta.url),
  'utf8',
)

const withoutSource = (projects: readonly Project[]): Array<Omit<Project, 'source'>> =>
  projects.map(({ source: _source, ...rest }) => rest)

const sample: RenderableProject = {
  name: '2020年测试经费',
  unit: '市测试中心',
  amountWan: 139.3,
  score: 89.6,
  grade: '良',
  performance: '完成了全部工作，满意度82.4%。',
  problems: ['预算编制有待优化。', '资金使用不规范。'],
  suggestions: ['加强管理。'],
  rectifications: [],
}

/** Han characters that spell no label (项目名称, 决算数, 得分, 主管部门 …), page number (第3页) or date (5月). */
const HAN = '项目资金管理服务建设合同的和与进一步完善加强制度考核培训工作经费支出计划实施算执行率为优良中差万元年度市区基层党'
const PUNCTUATION = '，。、；！？“”《》…·'
const han = fc.string({ unit: fc.constantFrom(...HAN, ...PUNCTUATION), minLength: 1, maxLength: 8 })
const ascii = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'abcXYZ0129'), minLength: 1, maxLength: 7 }),
  fc.tuple(fc.nat(999), fc.nat(99)).map(([a, b]) => `${a}.${b}`),
  fc.nat(100).map((n) => `${n}%`),
)
const isAscii = (token: string): boolean => token.charCodeAt(0) < 0x80

/** Text in the form parseReport gives back: no space except one between two ASCII tokens. */
const canonicalText = (maxTokens: number): fc.Arbitrary<string> =>
  fc.array(fc.oneof(han, ascii), { minLength: 1, maxLength: maxTokens }).map((tokens) =>
    tokens.map((t, i) => (i > 0 && isAscii(t) && isAscii(tokens[i - 1] ?? '') ? ` ${t}` : t)).join(''),
  )

const projectArbitrary = fc
  .record({
    name: fc.option(canonicalText(5), { nil: null, freq: 6 }),
    unit: fc.option(canonicalText(3), { nil: null }),
    amountWan: fc.option(fc.nat(1_000_000_000).map((n) => n / 100), { nil: null, freq: 6 }),
    score: fc.option(fc.nat(10_000).map((n) => n / 100), { nil: null, freq: 6 }),
    grade: fc.option(fc.constantFrom(...GRADES), { nil: null, freq: 6 }),
    performance: fc.option(canonicalText(12), { nil: null, freq: 4 }),
    problems: fc.array(canonicalText(6), { maxLength: 6 }),
    suggestions: fc.array(canonicalText(6), { maxLength: 6 }),
    rectifications: fc.array(canonicalText(6), { maxLength: 6 }),
    rate: fc.option(fc.nat(10_000), { nil: null }),
  })
  .map(({ rate, ...fields }): Omit<Project, 'source'> => {
    const project = { ...fields, ...RESULT_FORM_FIELDS, executionWeight: null, executionScore: null, templateText: [] }
    if (rate === null) return { ...project, executionRate: null }
    const stated = `预算执行率为${(rate / 100).toFixed(2)}%，`
    const [first, ...rest] = project.problems
    if (first !== undefined) return { ...project, problems: [stated + first, ...rest], executionRate: rate / 100 }
    if (project.performance === null) return { ...project, executionRate: null }
    return { ...project, performance: stated + project.performance, executionRate: rate / 100 }
  })

const datasetArbitrary = fc.record({
  title: fc.option(canonicalText(6), { nil: null }),
  projects: fc.array(projectArbitrary, { maxLength: 4 }),
})

const renderOptionsArbitrary = fc.record({
  wrapAt: fc.integer({ min: 1, max: 30 }),
  pageBreakEvery: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
})

describe('renderReport', () => {
  it('lays a report out like the bundled one: two-line title, labelled lines, blank line between every line', () => {
    const text = renderReport({ title: '上海市测试局2020年度财政支出项目绩效评价结果', projects: [sample] }, { wrapAt: 10 })
    expect(text).toBe(
      '\n上海市测试局2020年度财政支出\n\n项目绩效评价结果 \n\n绩效评价结果信息表 \n\n项目名称 2020年测试经费 \n\n' +
        '项目单位 市测试中心 \n\n决算金额 139.30万元 \n\n评价分值 89.6 \n\n评价结论 良 \n\n' +
        '主要绩效 完成了全部工作，满意\n\n度82.4%。 \n\n存在问题 （1）预算编制有待优\n\n化。（2）资金使用不\n\n规范。 \n\n' +
        '整改建议 （1）加强管理。 \n',
    )
  })

  it('omits null fields and empty lists, and puts a page break after every N lines', () => {
    const project = { ...sample, unit: null, score: null, performance: null, problems: [], suggestions: [] }
    expect(renderReport({ title: null, projects: [project] }, { wrapAt: 10, pageBreakEvery: 2 })).toBe(
      '\n绩效评价结果信息表 \n\n项目名称 2020年测试经费 \n\n \n\n  \n\n决算金额 139.30万元 \n\n评价结论 良 \n\n \n\n  \n',
    )
  })

  it('reports the line range of every block', () => {
    const { ranges } = renderReportWithRanges({ title: null, projects: [sample, sample] }, { wrapAt: 10 })
    expect(ranges).toEqual([
      { startLine: 2, endLine: 24 },
      { startLine: 26, endLine: 48 },
    ])
  })
})

describe('formatAmount', () => {
  it.each([
    [338.62, '338.62'],
    [139.3, '139.30'],
    [1059, '1059.00'],
    [0, '0.00'],
    [12.345, '12.345'],
    [0.0338, '0.0338'],
  ])('%d → %s', (amount, text) => {
    expect(formatAmount(amount)).toBe(text)
  })
})

describe('wrapValue', () => {
  it.each([
    ['abc def ghi', 5, ['abc', 'def', 'ghi']],
    ['12 34 56', 3, ['12 34 56']],
    ['预算执行率为83.63%，执行率偏低', 8, ['预算执行率为', '83.63%，执', '行率偏低']],
    ['一二三四五，六七', 5, ['一二三四', '五，六七']],
    ['（1）一二（2）三四', 4, ['（1）一', '二（2）', '三四']],
    ['Excel表格', 3, ['Excel', '表格']],
    ['短', 22, ['短']],
  ])('%s at %d', (value, width, lines) => {
    expect(wrapValue(value, width)).toEqual(lines)
  })
})

describe('renderReport then parseReport', () => {
  const original = parseReport(bundled, { sourceName: 'bundled.txt' }).dataset

  it.each([
    [22, undefined],
    [21, 26],
    [8, 5],
    [3, 1],
  ])('gives the bundled report’s records back (wrapAt %d, page break every %s lines)', (wrapAt, pageBreakEvery) => {
    const { text, ranges } = renderReportWithRanges(original, { wrapAt, pageBreakEvery })
    const result = parseReport(text, { sourceName: 'bundled.txt' })
    expect(result.diagnostics).toEqual([])
    expect(original.projects).toHaveLength(8)
    expect({ ...result.dataset, projects: withoutSource(result.dataset.projects) }).toEqual({
      ...original,
      projects: withoutSource(original.projects),
    })
    expect(result.dataset.projects.map((p) => p.source)).toEqual(ranges)
  })

  it('gives arbitrary valid records back', () => {
    fc.assert(
      fc.property(datasetArbitrary, renderOptionsArbitrary, ({ title, projects }, options) => {
        const { text, ranges } = renderReportWithRanges({ title, projects }, options)
        const parsed = parseReport(text, { sourceName: 'property.txt' }).dataset
        expect(parsed.title).toBe(title)
        expect(withoutSource(parsed.projects)).toEqual(projects)
        expect(parsed.projects.map((p) => p.source)).toEqual(ranges)
      }),
      { numRuns: 400 },
    )
  })
})
