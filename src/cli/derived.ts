import { type AuditFlagId, auditFlagLookup } from '../domain/audit-flags.ts'
import { toRows } from '../domain/project-row.ts'
import { linkSeries } from '../domain/series.ts'
import { seriesChanges } from '../domain/series-changes.ts'
import { seriesFlagLookup } from '../domain/series-flags.ts'
import type { ParseResult } from '../domain/types.ts'
import type { SeriesJson } from '../ingest/to-json.ts'

export interface DerivedOfFiles {
  /** Every series of two or more records, in the order of its first record; records in year order. */
  series: SeriesJson[]
  /** Each record's audit flags, by file and record, as the dashboard shows them. */
  flags: AuditFlagId[][][]
}

/**
 * The series and flags of the parsed files, as the dashboard works them out with the same files
 * loaded: the records linked across the files (no user decisions here), and each record's flags
 * from itself, its file's diagnostics and the previous year of its series.
 */
export function deriveAcrossFiles(results: readonly ParseResult[]): DerivedOfFiles {
  const sources = results.map((result, i) => ({
    id: String(i),
    dataset: result.dataset,
    rows: toRows(String(i), result.dataset.projects),
    diagnostics: result.diagnostics,
  }))
  const index = linkSeries(sources)
  const flagsOf = auditFlagLookup(sources, seriesFlagLookup(seriesChanges(sources, index)))
  return {
    series: index.series.map(({ key, members }) => ({
      key,
      projects: members.map(({ row }) => ({ dataset: Number(row.datasetId), project: row.index })),
    })),
    flags: sources.map((source) => source.rows.map((row) => [...flagsOf(row)])),
  }
}
