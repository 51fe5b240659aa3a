import type { AuditFlagId, AuditFlagLookup } from '../domain/audit-flags.ts'
import type { ProjectRow } from '../domain/project-row.ts'
import type { LinkDecision, SeriesIndex } from '../domain/series.ts'
import type { Dataset, Diagnostic, ParseResult } from '../domain/types.ts'
import { toCsv } from '../ingest/to-csv.ts'
import { type LinkDecisionJson, type ProjectRef, type SeriesJson, toJson } from '../ingest/to-json.ts'
import type { Locale } from '../i18n/locale.ts'

export interface ExportSource {
  id: string
  dataset: Dataset
  diagnostics: Diagnostic[]
}

/** What the dashboard works out across its datasets, written with the records as the CLI writes it. */
export interface ExportLinks {
  /** The series over every loaded dataset (the view model's). */
  series: SeriesIndex
  /** Each row's audit flags as the table shows them, series flags included. */
  flagsOf: AuditFlagLookup
  /** The user's confirmed, broken and made links. */
  linkDecisions: readonly LinkDecision[]
}

const withProjects = (source: ExportSource, rows: readonly ProjectRow[], diagnostics: Diagnostic[]): ParseResult => ({
  dataset: { ...source.dataset, projects: rows.map((r) => r.project) },
  diagnostics,
})

/** The exported rows, grouped as they are written: each group one dataset of the file. */
interface Written {
  results: ParseResult[]
  groups: ProjectRow[][]
}

/** Row id → its place in the file. */
function placesOf(groups: readonly (readonly ProjectRow[])[]): Map<string, ProjectRef> {
  const places = new Map<string, ProjectRef>()
  groups.forEach((group, dataset) => group.forEach((row, project) => places.set(row.id, { dataset, project })))
  return places
}

/** The series with at least `least` records in the file, their records in year order. */
function seriesIn(index: SeriesIndex, places: ReadonlyMap<string, ProjectRef>, least: number): SeriesJson[] {
  return index.series.flatMap(({ key, members }) => {
    const projects = members.flatMap(({ row }) => places.get(row.id) ?? [])
    return projects.length >= least ? [{ key, projects }] : []
  })
}

/** The decisions whose records are all in the file. */
function decisionsIn(decisions: readonly LinkDecision[], places: ReadonlyMap<string, ProjectRef>): LinkDecisionJson[] {
  return decisions.flatMap((d): LinkDecisionJson[] => {
    const row = places.get(d.row)
    if (row === undefined) return []
    if (d.op === 'detach') return [{ op: 'detach', row }]
    const other = places.get(d.with)
    return other === undefined ? [] : [{ op: 'join', row, with: other }]
  })
}

const flagsIn = (groups: readonly (readonly ProjectRow[])[], flagsOf: AuditFlagLookup): AuditFlagId[][][] =>
  groups.map((group) => group.map((row) => [...flagsOf(row)]))

/** A run of rows from one dataset becomes one result, so interleaved datasets keep the sorted order. */
function inRuns(rows: readonly ProjectRow[], sources: readonly ExportSource[]): Written {
  const byId = new Map(sources.map((s) => [s.id, s]))
  const written: Written = { results: [], groups: [] }
  let run: ProjectRow[] = []
  const flush = () => {
    const source = run[0] === undefined ? undefined : byId.get(run[0].datasetId)
    if (source !== undefined) {
      written.results.push(withProjects(source, run, []))
      written.groups.push(run)
    }
    run = []
  }
  for (const row of rows) {
    if (run.length > 0 && run[0]?.datasetId !== row.datasetId) flush()
    run.push(row)
  }
  flush()
  return written
}

/** One dataset per source in order of first appearance, its rows in the table's order. */
function bySource(rows: readonly ProjectRow[], sources: readonly ExportSource[]): Written {
  const groups = new Map<string, ProjectRow[]>()
  for (const row of rows) {
    const group = groups.get(row.datasetId)
    if (group === undefined) groups.set(row.datasetId, [row])
    else group.push(row)
  }
  const written: Written = { results: [], groups: [] }
  for (const source of sources) {
    const group = groups.get(source.id)
    if (group === undefined) continue
    written.results.push(withProjects(source, group, source.diagnostics))
    written.groups.push(group)
  }
  return written
}

/**
 * The table as the CLI's CSV: rows in the table's order (filters and sort applied), each with the
 * key of its series (also when the other years of it are not exported) and its flags. The header
 * is in the interface language: the Chinese column names (CSV_HEADERS_ZH) in Chinese, the CLI's
 * column ids in English; jixiao reads either back.
 */
export function tableCsv(rows: readonly ProjectRow[], sources: readonly ExportSource[], links: ExportLinks, locale: Locale): string {
  const { results, groups } = inRuns(rows, sources)
  const places = placesOf(groups)
  const headers = locale === 'zh' ? 'zh' : 'ids'
  return toCsv(results, { series: seriesIn(links.series, places, 1), flags: flagsIn(groups, links.flagsOf), headers })
}

/**
 * The table as the CLI's JSON, re-importable: one dataset per source in order of first appearance,
 * its projects in the table's order, with the diagnostics of the dataset; the series with two or
 * more of the exported records, every project's flags, and the user's link decisions between
 * exported records.
 */
export function tableJson(rows: readonly ProjectRow[], sources: readonly ExportSource[], links: ExportLinks): string {
  const { results, groups } = bySource(rows, sources)
  const places = placesOf(groups)
  return toJson(results, {
    series: seriesIn(links.series, places, 2),
    flags: flagsIn(groups, links.flagsOf),
    linkDecisions: decisionsIn(links.linkDecisions, places),
  })
}
