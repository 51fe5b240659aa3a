import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { auditFlagLookup } from '../../src/domain/audit-flags.ts'
import { type ProjectRow, toRows } from '../../src/domain/project-row.ts'
import { type LinkDecision, linkSeries } from '../../src/domain/series.ts'
import { seriesChanges } from '../../src/domain/series-changes.ts'
import { seriesFlagLookup } from '../../src/domain/series-flags.ts'
import type { Project } from '../../src/domain/types.ts'
import { sortRows } from '../../src/domain/view.ts'
import { type ExportLinks, tableCsv, tableJson } from '../../src/export/table-export.ts'
import { fromCsv } from '../../src/ingest/from-csv.ts'
import { fromJson } from '../../src/ingest/from-json.ts'
import { makeProject } from '../support/project.ts'

/** A complete result record: it raises no flag of its own, and its problem (told apart by the score) never recurs. */
const record = (name: string, score: number): Project =>
  makeProject({
    name,
    amountWan: 100,
    score,
    grade: score >= 90 ? '优' : '良',
    performance: '完成',
    problems: [`问题${score}`],
    suggestions: ['建议'],
    rectifications: ['整改'],
    executionRate: 95,
  })

const dataset = (year: number, projects: Project[]) => ({ title: `甲局${year}年度`, department: '甲局', year, sourceName: `${year}.txt`, projects })
const y2019 = { id: 'a', dataset: dataset(2019, [record('2019年培训经费', 92), record('宣传经费', 85), record('旧项目', 80)]), diagnostics: [] }
const y2020 = { id: 'b', dataset: dataset(2020, [record('新项目', 88), record('培训经费（2020）', 86.5), record('宣传经费', 87)]), diagnostics: [] }
const sources = [y2019, y2020]
const loaded = sources.map((s) => ({ ...s, rows: toRows(s.id, s.dataset.projects) }))
const allRows: ProjectRow[] = loaded.flatMap((s) => s.rows)

/** The user linked 旧项目 to 新项目, and took 宣传经费 of 2020 out of its series. */
const DECISIONS: LinkDecision[] = [
  { op: 'join', row: 'b/0', with: 'a/2' },
  { op: 'detach', row: 'b/2' },
]

/** As the view model works them out: series over all datasets, flags with the series flags. */
function linksOf(decisions: readonly LinkDecision[]): ExportLinks {
  const series = linkSeries(loaded, decisions)
  return { series, flagsOf: auditFlagLookup(loaded, seriesFlagLookup(seriesChanges(loaded, series))), linkDecisions: decisions }
}

const byScore = sortRows(allRows, [{ id: 'score', desc: true }])

describe('the table export carries series, flags and the user’s link decisions', () => {
  it('writes them in the JSON, indices into the exported datasets and their projects in the table’s order', () => {
    expect(byScore.map((r) => r.id)).toEqual(['a/0', 'b/0', 'b/2', 'b/1', 'a/1', 'a/2'])
    const json = JSON.parse(tableJson(byScore, sources, linksOf(DECISIONS))) as Record<string, unknown>
    expect(Object.keys(json)).toEqual(['datasets', 'series', 'linkDecisions'])
    // Exported: 2019 as [a/0, a/1, a/2], 2020 as [b/0, b/2, b/1].
    expect(json.series).toEqual([
      { key: 'name:result|甲局|培训经费', projects: [{ dataset: 0, project: 0 }, { dataset: 1, project: 2 }] },
      { key: 'row:a/2', projects: [{ dataset: 0, project: 2 }, { dataset: 1, project: 0 }] },
    ])
    expect(json.linkDecisions).toEqual([
      { op: 'join', row: { dataset: 1, project: 0 }, with: { dataset: 0, project: 2 } },
      { op: 'detach', row: { dataset: 1, project: 1 } },
    ])
    const datasets = json.datasets as { projects: { name: string; flags: string[] }[] }[]
    expect(datasets.map((d) => d.projects.map((p) => [p.name, p.flags]))).toEqual([
      [
        ['2019年培训经费', []],
        ['宣传经费', []],
        ['旧项目', []],
      ],
      [
        ['新项目', []],
        ['宣传经费', []],
        ['培训经费（2020）', ['score-fell']],
      ],
    ])
  })

  it('keeps only the series with two exported records, and the decisions between exported records', () => {
    const only2020 = byScore.filter((r) => r.datasetId === 'b')
    const json = JSON.parse(tableJson(only2020, sources, linksOf(DECISIONS))) as { series: unknown[]; linkDecisions: unknown[]; datasets: { projects: { flags: string[] }[] }[] }
    expect(json.series).toEqual([])
    expect(json.linkDecisions).toEqual([{ op: 'detach', row: { dataset: 0, project: 1 } }])
    // The flags are the table's: the previous year still counts when it is filtered out.
    expect(json.datasets[0]?.projects.map((p) => p.flags)).toEqual([[], [], ['score-fell']])
  })

  it('writes an empty series and no decision when none was made, and without decisions 宣传经费 stays linked', () => {
    const json = JSON.parse(tableJson(allRows, sources, linksOf([]))) as { series: { key: string }[]; linkDecisions: unknown[] }
    expect(json.series.map((s) => s.key)).toEqual(['name:result|甲局|培训经费', 'name:result|甲局|宣传经费'])
    expect(json.linkDecisions).toEqual([])
  })

  it('writes each row’s series key and flags as the CSV’s last columns, in the table’s order', () => {
    const csv = tableCsv(byScore, sources, linksOf(DECISIONS), 'en')
    const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data
    expect(rows[0]?.slice(-2)).toEqual(['seriesKey', 'flags'])
    expect(rows.slice(1).map((row) => [row[4], ...row.slice(-2)])).toEqual([
      ['2019年培训经费', 'name:result|甲局|培训经费', ''],
      ['新项目', 'row:a/2', ''],
      ['宣传经费', '', ''],
      ['培训经费（2020）', 'name:result|甲局|培训经费', 'score-fell'],
      ['宣传经费', '', ''],
      ['旧项目', 'row:a/2', ''],
    ])
    // A row whose other years are filtered out keeps its key.
    const alone = Papa.parse<string[]>(tableCsv([byScore[3] as ProjectRow], sources, linksOf(DECISIONS), 'zh').slice(1), { skipEmptyLines: true }).data
    expect(alone[1]?.slice(-2)).toEqual(['name:result|甲局|培训经费', 'score-fell'])
  })

  it('reads back to the same records: what was derived is left out on import', () => {
    const links = linksOf(DECISIONS)
    const json = fromJson(tableJson(allRows, sources, links))
    expect(json).toEqual({ ok: true, results: sources.map(({ dataset: d, diagnostics }) => ({ dataset: d, diagnostics })) })
    for (const locale of ['zh', 'en'] as const) {
      expect(fromCsv(tableCsv(allRows, sources, links, locale))).toEqual({ datasets: sources.map((s) => s.dataset), diagnostics: [] })
    }
  })
})
