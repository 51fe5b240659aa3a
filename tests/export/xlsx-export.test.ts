import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { strFromU8, unzipSync } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import { type AuditFlagLookup, auditFlagLookup } from '../../src/domain/audit-flags.ts'
import { tableGrid } from '../../src/domain/cell-table.ts'
import { type ProjectRow, toRows } from '../../src/domain/project-row.ts'
import type { ProjectSeries, SeriesIndex } from '../../src/domain/series.ts'
import type { Dataset } from '../../src/domain/types.ts'
import { buildXlsx } from '../../src/export/xlsx-export.ts'
import { messagesFor } from '../../src/i18n/catalogue.ts'
import type { Locale } from '../../src/i18n/locale.ts'
import { documentRecords } from '../../src/ingest/document-records.ts'
import { readTableDocument } from '../../src/ingest/read-table-document.ts'
import { readXlsx } from '../../src/ingest/tables/read-xlsx.ts'
import { BUNDLED_NAME, bundled } from '../support/bundled.ts'
import { makeProject } from '../support/project.ts'

/** A cell as read back: its text, or its number and number format; null where the sheet has none. */
type Read = string | { n: number; f: string } | null

/** Each sheet of the workbook, by name, as the app's own .xlsx reader reads it. */
function readBack(bytes: Uint8Array): Map<string, Read[][]> {
  const read = readXlsx(bytes)
  if (!read.ok) throw new Error(read.detail)
  const sheets = new Map<string, Read[][]>()
  for (const part of read.document.parts) {
    if (part.kind !== 'table') continue
    const grid = tableGrid(part.table).map((row) =>
      row.map((cell): Read => (cell === null ? null : cell.number === undefined ? cell.text : { n: cell.number.value, f: cell.number.format })),
    )
    sheets.set(part.table.sheet ?? '', grid)
  }
  return sheets
}

const NO_SERIES: Pick<SeriesIndex, 'byRow'> = { byRow: new Map() }

const bundledSource = { id: 'bundled', dataset: bundled.dataset, diagnostics: bundled.diagnostics }
const bundledRows = toRows('bundled', bundled.dataset.projects, '组织部 2018')
const bundledFlags = auditFlagLookup([{ ...bundledSource, rows: bundledRows }])

const build = (locale: Locale, rows: readonly ProjectRow[] = bundledRows, flagsOf: AuditFlagLookup = bundledFlags, series = NO_SERIES) =>
  buildXlsx({ rows, sources: [bundledSource], flagsOf, series, t: messagesFor(locale) })

const d2 = (n: number) => ({ n, f: '0.00' })
const i0 = (n: number) => ({ n, f: '0' })

const ZH_HEADERS = {
  项目: [
    '数据集', '项目名称', '项目编码', '主管部门', '实施单位', '表类', '预算（万元）', '决算金额（万元）', '评价分值', '评价结论', '预算执行率（%）',
    '执行率分值', '执行率得分', '问题主题', '审计提示', '跨年系列', '问题数', '建议/措施数', '整改数', '来源文件', '出处',
  ],
  问题与整改: ['数据集', '项目名称', '类别', '序号', '内容'],
  绩效指标: ['数据集', '项目名称', '一级指标', '二级指标', '三级指标', '指标性质', '指标值', '实际完成值', '计量单位', '分值', '得分', '偏差原因分析及改进措施'],
}
const EN_HEADERS = {
  Projects: [
    'Dataset', 'Project name', 'Project code', 'Supervising department', 'Implementing unit', 'Form', 'Budget (10k CNY)', 'Final amount (10k CNY)',
    'Score', 'Grade', 'Execution rate (%)', 'Execution weight', 'Execution score', 'Problem themes', 'Audit flags', 'Series key', 'Problems',
    'Suggestions / measures', 'Rectifications', 'Source file', 'Location',
  ],
  Items: ['Dataset', 'Project name', 'List', 'No.', 'Text'],
  Indicators: ['Dataset', 'Project name', 'Level 1', 'Level 2', 'Indicator', 'Direction', 'Target', 'Actual', 'Unit', 'Weight', 'Score', 'Reason for deviation'],
}

describe('the Excel export of the bundled report', () => {
  let zh: Map<string, Read[][]>
  let en: Map<string, Read[][]>
  beforeAll(async () => {
    zh = readBack(await build('zh'))
    en = readBack(await build('en'))
  })

  it.each([
    ['zh', () => zh, ZH_HEADERS],
    ['en', () => en, EN_HEADERS],
  ] as const)('has three sheets with headers in the interface language (%s)', (_, sheets, headers) => {
    expect([...sheets().keys()]).toEqual(Object.keys(headers))
    for (const [name, header] of Object.entries(headers)) expect(sheets().get(name)?.[0]).toEqual(header)
  })

  it('writes one row per project, numbers as numbers with two decimals, counts as integers', () => {
    const projects = zh.get('项目') ?? []
    expect(projects).toHaveLength(1 + 8)
    expect(projects[1]).toEqual([
      '组织部 2018', '2018年基层党建及队伍教育管理', null, null, null, '结果表', null, d2(338.62), d2(93.17), '优', null, null, null,
      '预算编制、资金使用与核算、合同管理', '未披露执行率', null, i0(3), i0(3), i0(3), BUNDLED_NAME, '第 10–60 行',
    ])
    // The rate as a percent number, as the report states it.
    expect(projects[3]?.slice(1, 12)).toEqual([
      '2018年干部考评和人才发展工作经费', null, null, null, '结果表', null, d2(139.3), d2(94.51), '优', d2(83.63), null,
    ])
    expect(en.get('Projects')?.[1]?.slice(5, 21)).toEqual([
      'Result', null, d2(338.62), d2(93.17), '优 Excellent', null, null, null,
      'Budget preparation; Use of funds and accounting; Contract management', 'No execution rate', null, i0(3), i0(3), i0(3), BUNDLED_NAME, 'lines 10–60',
    ])
  })

  it('writes one row per problem, suggestion and rectification, in each project’s order', () => {
    const items = zh.get('问题与整改') ?? []
    const count = bundled.dataset.projects.reduce((n, p) => n + p.problems.length + p.suggestions.length + p.rectifications.length, 0)
    expect(count).toBe(77)
    expect(items).toHaveLength(1 + 77)
    const first = bundled.dataset.projects[0]
    expect(items.slice(1, 10)).toEqual([
      ...(first?.problems ?? []).map((text, i) => ['组织部 2018', '2018年基层党建及队伍教育管理', '存在问题', i0(i + 1), text]),
      ...(first?.suggestions ?? []).map((text, i) => ['组织部 2018', '2018年基层党建及队伍教育管理', '整改建议', i0(i + 1), text]),
      ...(first?.rectifications ?? []).map((text, i) => ['组织部 2018', '2018年基层党建及队伍教育管理', '整改情况', i0(i + 1), text]),
    ])
    expect(items[1]?.[4]).toBe('预算编制有待进一步优化，二级项目编制不尽合理。')
    expect(en.get('Items')?.slice(1, 11).map((row) => row[2])).toEqual([...Array(3).fill('Problem'), ...Array(3).fill('Suggestion'), ...Array(3).fill('Rectification'), 'Problem'])
  })

  it('has an indicators sheet with its header only: a result report states no indicator', () => {
    expect(zh.get('绩效指标')).toEqual([ZH_HEADERS.绩效指标])
  })
})

describe('the Excel export of self-evaluation forms', () => {
  let sheets: Map<string, Read[][]>
  let dataset: Dataset
  beforeAll(async () => {
    const read = await readTableDocument('html', new Uint8Array(readFileSync(join(import.meta.dirname, '../fixtures/forms/v3-sichuan.html'))))
    if (!read.ok) throw new Error(read.detail)
    dataset = documentRecords(read.document, 'v3-sichuan.html').result.dataset
    const rows = toRows('forms', dataset.projects, '四川 大英县')
    const source = { id: 'forms', dataset, diagnostics: [] }
    sheets = readBack(await buildXlsx({ rows, sources: [source], flagsOf: () => [], series: NO_SERIES, t: messagesFor('zh') }))
  })

  it('writes each form’s facts, its execution weight and score, and its table as the location', () => {
    expect(sheets.get('项目')?.[1]).toEqual([
      '四川 大英县', '高标准农田建设项目管理经费', '51092323T000000087215', '大英县农业农村局本级', '大英县农业农村局', '项目自评', d2(92.6), d2(88.9),
      d2(96.6), null, d2(96), d2(10), d2(9.6), '其他', null, null, i0(2), i0(3), i0(0), 'v3-sichuan.html', '表 1，A1:K28',
    ])
  })

  it('lists a form’s second list as 改进措施', () => {
    expect(sheets.get('问题与整改')?.slice(1).map((row) => [row[2], row[3]])).toEqual([
      ['存在问题', i0(1)], ['存在问题', i0(2)], ['改进措施', i0(1)], ['改进措施', i0(2)], ['改进措施', i0(3)],
    ])
    expect(sheets.get('问题与整改')?.[3]?.[4]).toBe('加强项目前期工作，提高勘察设计质量')
  })

  it('writes one row per indicator, its weight and score as numbers', () => {
    const indicators = sheets.get('绩效指标') ?? []
    expect(dataset.projects.map((p) => p.indicators.length)).toEqual([8, 3, 5])
    expect(indicators).toHaveLength(1 + 16)
    expect(indicators.slice(1, 3)).toEqual([
      ['四川 大英县', '高标准农田建设项目管理经费', '产出指标', '数量指标', '高标准农田建设面积', '≥', '2.5', '2.62', '万亩', d2(20), d2(20), null],
      ['四川 大英县', '高标准农田建设项目管理经费', '产出指标', '数量指标', '项目验收覆盖率', '=', '100', '100', '%', d2(10), d2(10), null],
    ])
    expect(indicators[9]?.[1]).toBe('工资性支出')
  })
})

describe('the Excel workbook', () => {
  const formulaLike = makeProject({
    name: '=HYPERLINK("http://x","y")',
    problems: ['+1', '-2', '@SUM(A1)', '  前后空格  ', '两行\n文字'],
    amountWan: Number.NaN,
    score: -5.125,
    source: { startLine: 3, endLine: 9, page: 2 },
  })
  const rows = toRows('bundled', [formulaLike], '甲')
  const series: Pick<SeriesIndex, 'byRow'> = { byRow: new Map([['bundled/0', { key: 'name:甲局|培训经费', members: [] } satisfies ProjectSeries]]) }

  it('stores text that looks like a formula as text, verbatim, and no formula at all', async () => {
    const bytes = await build('zh', rows, () => ['score-fell', 'template-text'], series)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(bytes.buffer)
    const items = workbook.getWorksheet('问题与整改')
    const texts = [2, 3, 4, 5, 6].map((r) => items?.getCell(r, 5))
    expect(texts.map((cell) => cell?.type)).toEqual(Array(5).fill(ExcelJS.ValueType.String))
    expect(texts.map((cell) => cell?.value)).toEqual(['+1', '-2', '@SUM(A1)', '  前后空格  ', '两行\n文字'])
    const projects = workbook.getWorksheet('项目')
    expect(projects?.getCell('B2').type).toBe(ExcelJS.ValueType.String)
    expect(projects?.getCell('B2').value).toBe('=HYPERLINK("http://x","y")')
    const files = unzipSync(bytes)
    const sheetXml = Object.keys(files).filter((name) => name.startsWith('xl/worksheets/sheet')).map((name) => strFromU8(files[name] as Uint8Array))
    expect(sheetXml).toHaveLength(3)
    expect(sheetXml.filter((xml) => xml.includes('<f>') || xml.includes('<f '))).toEqual([])
  })

  it('leaves a number the report does not state empty, and keeps a negative one', async () => {
    const projects = readBack(await build('zh', rows, () => ['score-fell', 'template-text'], series)).get('项目')
    expect(projects?.[1]?.slice(6, 21)).toEqual([
      null, null, d2(-5.125), null, null, null, null, '其他', '得分较上年下降、留有填表说明', 'name:甲局|培训经费', i0(5), i0(0), i0(0), BUNDLED_NAME, '第 2 页，第 3–9 行',
    ])
  })

  it('freezes the header row, filters on it, repeats it on printed pages and sizes the columns', async () => {
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await build('zh')).buffer)
    const [projects, items, indicators] = workbook.worksheets
    for (const sheet of workbook.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2' })
      expect(sheet.getRow(1).font).toMatchObject({ bold: true })
      expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, printTitlesRow: '1:1' })
    }
    expect(projects?.autoFilter).toBe('A1:U1')
    expect(items?.autoFilter).toBe('A1:E1')
    expect(indicators?.autoFilter).toBe('A1:L1')
    expect(projects?.columns.map((c) => c.width)).toEqual([13, 40, 10, 10, 10, 8, 14, 14, 10, 10, 14, 12, 12, 40, 38, 10, 8, 12, 8, 40, 15])
    expect(items?.columns.map((c) => c.width)).toEqual([13, 40, 10, 6, 80])
    // The items sheet fits one page wide; the projects sheet, 21 columns, prints across pages.
    expect(items?.pageSetup).toMatchObject({ fitToPage: true, fitToWidth: 1, fitToHeight: 0 })
    expect(projects?.pageSetup.fitToPage).toBeFalsy()
    // Rows are as tall as their wrapped text: the header, items of 1, 2 and 4 lines in an 80-character column.
    expect([1, 2, 15, 60].map((n) => items?.getRow(n).height)).toEqual([15, 15, 30, 60])
    expect([2, 15, 60].map((n) => String(items?.getCell(n, 5).value).length)).toEqual([23, 43, 123])
  })
})
