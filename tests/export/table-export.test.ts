import { describe, expect, it } from 'vitest'
import { auditFlagLookup } from '../../src/domain/audit-flags.ts'
import { toRows } from '../../src/domain/project-row.ts'
import { linkSeries } from '../../src/domain/series.ts'
import { sortRows } from '../../src/domain/view.ts'
import { type ExportLinks, tableCsv, tableJson } from '../../src/export/table-export.ts'
import { fromCsv } from '../../src/ingest/from-csv.ts'
import { fromJson } from '../../src/ingest/from-json.ts'
import { bundled } from '../support/bundled.ts'
import { makeProject } from '../support/project.ts'

const source = { id: 'bundled', dataset: bundled.dataset, diagnostics: bundled.diagnostics }
const rows = toRows('bundled', bundled.dataset.projects)
const byScore = sortRows(rows, [{ id: 'score', desc: true }])
/** One dataset alone: no series, the flags of the records and their diagnostics. */
const links: ExportLinks = { series: linkSeries([source].map((s) => ({ ...s, rows }))), flagsOf: auditFlagLookup([{ ...source, rows }]), linkDecisions: [] }

describe('table export', () => {
  it.each(['zh', 'en'] as const)('writes the CSV rows in the table order, and reads back to the same projects (%s header)', (locale) => {
    const csv = tableCsv(byScore.slice(0, 3), [source], links, locale)
    const back = fromCsv(csv)
    expect(back.datasets.map((d) => d.projects.map((p) => p.name))).toEqual([
      ['2018年干部考评和人才发展工作经费', '2018年基层党建及队伍教育管理', '2018年党代表工作经费'],
    ])
    expect(back.datasets[0]?.projects).toEqual(byScore.slice(0, 3).map((r) => r.project))
    expect(back.datasets[0]?.title).toBe(bundled.dataset.title)
  })

  it('round-trips the whole table through JSON, title and diagnostics included', () => {
    const back = fromJson(tableJson(byScore, [source], links))
    expect(back).toEqual({
      ok: true,
      results: [{ dataset: { ...bundled.dataset, projects: byScore.map((r) => r.project) }, diagnostics: [] }],
    })
  })

  it('keeps interleaved datasets in the sorted order in CSV, grouped by dataset in JSON', () => {
    const other = {
      id: 'other',
      dataset: { title: '乙', department: '乙局', year: 2020, sourceName: 'b.txt', projects: [makeProject({ name: '乙1', score: 91 })] },
      diagnostics: [],
    }
    const mixed = sortRows([...rows, ...toRows('other', other.dataset.projects)], [{ id: 'score', desc: true }]).slice(0, 3)
    expect(mixed.map((r) => r.project.name)).toEqual(['2018年干部考评和人才发展工作经费', '2018年基层党建及队伍教育管理', '2018年党代表工作经费'])
    const mixedWithOther = [mixed[0]!, ...toRows('other', other.dataset.projects), mixed[1]!]
    const csv = fromCsv(tableCsv(mixedWithOther, [source, other], links, 'zh'))
    expect(csv.datasets.map((d) => [d.sourceName, d.projects.map((p) => p.name)])).toEqual([
      ['shanghai-organization-department-2018.txt', ['2018年干部考评和人才发展工作经费', '2018年基层党建及队伍教育管理']],
      ['b.txt', ['乙1']],
    ])
    const json = fromJson(tableJson(mixedWithOther, [source, other], links))
    expect(json.ok && json.results.map((r) => r.dataset.projects.map((p) => p.name))).toEqual([
      ['2018年干部考评和人才发展工作经费', '2018年基层党建及队伍教育管理'],
      ['乙1'],
    ])
  })

  it.each(['zh', 'en'] as const)('carries a form record, its indicators and source cells, through CSV (%s header) and JSON', (locale) => {
    const form = makeProject({
      name: '培训',
      form: 'project-self-evaluation',
      code: '001',
      department: '主管部门',
      budgetWan: 405.5,
      initialBudgetWan: 400,
      goals: '完成培训',
      indicators: [
        { level1: '产出指标', level2: '数量指标', name: '人次', direction: '≥', target: '≥2800', actual: '2859', unit: '人次', weight: 10, score: 10, note: null },
      ],
      source: { startLine: 1, endLine: 38, sheet: '表1', cells: 'A1:J38', fieldCells: { score: 'I37' } },
    })
    const forms = { id: 'forms', dataset: { title: null, department: null, year: null, sourceName: 'a.xlsx', projects: [form] }, diagnostics: [] }
    const formRows = toRows('forms', [form])
    expect(fromCsv(tableCsv(formRows, [forms], links, locale))).toStrictEqual({ datasets: [{ ...forms.dataset, projects: [form] }], diagnostics: [] })
    const json = fromJson(tableJson(formRows, [forms], links))
    expect(json.ok && json.results[0]?.dataset.projects).toStrictEqual([form])
  })

  it.each([
    ['zh', '来源文件,报告标题,发布部门,年度,项目名称,决算金额（万元）,评价分值,评价结论,预算执行率（%）'],
    ['en', 'sourceName,title,department,year,name,amountWan,score,grade,executionRate'],
  ] as const)('writes the CSV header in the interface language (%s)', (locale, start) => {
    const [header] = tableCsv(byScore, [source], links, locale).split('\r\n')
    expect(header?.startsWith(`\uFEFF${start},`)).toBe(true)
    expect(header?.endsWith(locale === 'zh' ? ',跨年系列,审计提示' : ',seriesKey,flags')).toBe(true)
  })

  it.each(['zh', 'en'] as const)('round-trips the bundled report exactly through the dashboard CSV (%s header)', (locale) => {
    expect(fromCsv(tableCsv(rows, [source], links, locale))).toStrictEqual({ datasets: [bundled.dataset], diagnostics: [] })
  })
})
