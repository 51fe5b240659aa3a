import type { ProjectRow } from '../domain/project-row.ts'
import type { Dataset, Diagnostic, ParseResult } from '../domain/types.ts'
import { toCsv } from '../ingest/to-csv.ts'
import { toJson } from '../ingest/to-json.ts'

export interface ExportSource {
  id: string
  dataset: Dataset
  diagnostics: Diagnostic[]
}

const withProjects = (source: ExportSource, rows: readonly ProjectRow[], diagnostics: Diagnostic[]): ParseResult => ({
  dataset: { ...source.dataset, projects: rows.map((r) => r.project) },
  diagnostics,
})

/**
 * The table as the CLI's CSV: rows in the table's order (filters and sort applied). A run of rows
 * from one dataset becomes one result, so interleaved datasets keep the sorted order.
 */
export function tableCsv(rows: readonly ProjectRow[], sources: readonly ExportSource[]): string {
  const byId = new Map(sources.map((s) => [s.id, s]))
  const results: ParseResult[] = []
  let run: ProjectRow[] = []
  const flush = () => {
    const source = run[0] === undefined ? undefined : byId.get(run[0].datasetId)
    if (source !== undefined) results.push(withProjects(source, run, []))
    run = []
  }
  for (const row of rows) {
    if (run.length > 0 && run[0]?.datasetId !== row.datasetId) flush()
    run.push(row)
  }
  flush()
  return toCsv(results)
}

/**
 * The table as the CLI's JSON, re-importable: one dataset per source in order of first appearance,
 * its projects in the table's order, with the diagnostics of the dataset.
 */
export function tableJson(rows: readonly ProjectRow[], sources: readonly ExportSource[]): string {
  const groups = new Map<string, ProjectRow[]>()
  for (const row of rows) {
    const group = groups.get(row.datasetId)
    if (group === undefined) groups.set(row.datasetId, [row])
    else group.push(row)
  }
  const results: ParseResult[] = []
  for (const source of sources) {
    const group = groups.get(source.id)
    if (group !== undefined) results.push(withProjects(source, group, source.diagnostics))
  }
  return toJson(results)
}
