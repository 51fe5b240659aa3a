import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { auditFlagLookup } from '../../src/domain/audit-flags.ts'
import { tableGrid } from '../../src/domain/cell-table.ts'
import { toRows } from '../../src/domain/project-row.ts'
import { type LinkDecision, linkSeries } from '../../src/domain/series.ts'
import { seriesChanges } from '../../src/domain/series-changes.ts'
import { seriesFlagLookup } from '../../src/domain/series-flags.ts'
import { ExportButtons } from '../../src/export/ExportButtons.tsx'
import { readXlsx } from '../../src/ingest/tables/read-xlsx.ts'
import { makeProject } from '../support/project.ts'

const dataset = (year: number, score: number) => ({
  title: null,
  department: '甲局',
  year,
  sourceName: `${year}.txt`,
  projects: [makeProject({ name: `${year}年培训经费`, score })],
})
const sources = [
  { id: 'a', dataset: dataset(2019, 92), diagnostics: [] },
  { id: 'b', dataset: dataset(2020, 85), diagnostics: [] },
]
const loaded = sources.map((s) => ({ ...s, rows: toRows(s.id, s.dataset.projects) }))
const rows = loaded.flatMap((s) => s.rows)
const decisions: LinkDecision[] = [{ op: 'join', row: 'b/0', with: 'a/0' }]
const series = linkSeries(loaded, decisions)
/** The key the series rules give 培训经费 in both years. */
const KEY = series.byRow.get('a/0')?.key ?? 'none'
const links = { series, flagsOf: auditFlagLookup(loaded, seriesFlagLookup(seriesChanges(loaded, series))), linkDecisions: decisions }

let saved: Blob[] = []
beforeEach(() => {
  saved = []
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    saved.push(blob as Blob)
    return 'blob:export'
  })
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined)
})
afterEach(() => vi.restoreAllMocks())

describe('ExportButtons', () => {
  it('downloads JSON with the series, the flags and the link decisions it is given', async () => {
    render(<ExportButtons rows={rows} sources={sources} links={links} baseName="甲局" locale="zh" />)
    fireEvent.click(screen.getByRole('button', { name: /JSON/ }))
    await waitFor(() => expect(saved).toHaveLength(1))
    const json = JSON.parse(await (saved[0] as Blob).text()) as Record<string, unknown>
    expect(series.byRow.get('b/0')?.key).toBe(KEY)
    expect(json.series).toEqual([{ key: KEY, projects: [{ dataset: 0, project: 0 }, { dataset: 1, project: 0 }] }])
    expect(json.linkDecisions).toEqual([{ op: 'join', row: { dataset: 1, project: 0 }, with: { dataset: 0, project: 0 } }])
    const datasets = json.datasets as { projects: { flags: string[] }[] }[]
    expect(datasets.map((d) => d.projects[0]?.flags)).toEqual([
      ['no-execution-rate', 'missing-field'],
      ['no-execution-rate', 'missing-field', 'score-fell'],
    ])
  })

  it.each([
    ['zh', '导出 CSV', '来源文件,报告标题,', ',跨年系列,审计提示'],
    ['en', 'Export CSV', 'sourceName,title,', ',seriesKey,flags'],
  ] as const)('downloads CSV with its header in the interface language, the series key and flags last (%s)', async (locale, name, start, end) => {
    render(<ExportButtons rows={rows} sources={sources} links={links} baseName="甲局" locale={locale} />)
    fireEvent.click(screen.getByRole('button', { name }))
    await waitFor(() => expect(saved).toHaveLength(1))
    // Blob#text decodes as UTF-8 and drops the BOM.
    const lines = (await (saved[0] as Blob).text()).split('\r\n')
    expect(lines[0]?.startsWith(start)).toBe(true)
    expect(lines[0]?.endsWith(end)).toBe(true)
    expect(lines[2]?.endsWith(`,${KEY},no-execution-rate;missing-field;score-fell`)).toBe(true)
  })

  it.each([
    ['zh', '导出 Excel', ['项目', '问题与整改', '绩效指标']],
    ['en', 'Export Excel', ['Projects', 'Items', 'Indicators']],
  ] as const)('downloads an .xlsx workbook of the rows with the series key and flag labels (%s)', async (locale, name, sheets) => {
    const click = vi.mocked(HTMLAnchorElement.prototype.click)
    render(<ExportButtons rows={rows} sources={sources} links={links} baseName="甲局" locale={locale} />)
    fireEvent.click(screen.getByRole('button', { name }))
    // The first click loads the workbook writer's chunk.
    await waitFor(() => expect(saved).toHaveLength(1), { timeout: 15_000 })
    const blob = saved[0] as Blob
    expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toMatch(/^jixiao-甲局-\d{4}-\d{2}-\d{2}\.xlsx$/)
    const read = readXlsx(new Uint8Array(await blob.arrayBuffer()))
    const tables = read.ok ? read.document.parts.flatMap((part) => (part.kind === 'table' ? [part.table] : [])) : []
    expect(tables.map((table) => table.sheet)).toEqual(sheets)
    const projects = tables[0] === undefined ? [] : tableGrid(tables[0]).map((row) => row.map((cell) => cell?.text ?? ''))
    expect(projects.map((row) => [row[1], row[14], row[15]])).toEqual([
      locale === 'zh' ? ['项目名称', '审计提示', '跨年系列'] : ['Project name', 'Audit flags', 'Series key'],
      ['2019年培训经费', locale === 'zh' ? '未披露执行率、缺少字段' : 'No execution rate; Missing field', KEY],
      ['2020年培训经费', locale === 'zh' ? '未披露执行率、缺少字段、得分较上年下降' : 'No execution rate; Missing field; Score fell', KEY],
    ])
  })

  it('offers no export while the view has no rows', () => {
    render(<ExportButtons rows={[]} sources={sources} links={links} baseName="甲局" locale="zh" />)
    expect(['导出 CSV', '导出 JSON', '导出 Excel'].map((name) => (screen.getByRole('button', { name }) as HTMLButtonElement).disabled)).toEqual([true, true, true])
  })
})
