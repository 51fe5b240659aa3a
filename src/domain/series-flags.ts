import type { AuditFlagId, AuditFlagLookup } from './audit-flags.ts'
import type { ProjectRow } from './project-row.ts'
import { type Recurrence, recurrences } from './recurrence.ts'
import { changeOfRow, type RowChange } from './series-changes.ts'

/** What sets score-fell and problem-recurred on a row, with the numbers the drill-down shows. */
export interface SeriesEvidence {
  /** The previous year's record, when the row has one in its series. */
  previous: ProjectRow | null
  previousYear: number | null
  /** Set when the score fell: the previous year's score and this one's. */
  scoreFell: { from: number; to: number; delta: number } | null
  recurred: Recurrence[]
}

export function seriesEvidence(changes: ReadonlyMap<string, RowChange>, row: ProjectRow): SeriesEvidence {
  const change = changeOfRow(changes, row.id)
  const previous = change.previous?.row ?? null
  const fell = change.kinds.includes('fell') && previous !== null && change.scoreDelta !== null
  return {
    previous,
    previousYear: change.previous?.year ?? null,
    scoreFell: fell ? { from: previous.project.score as number, to: row.project.score as number, delta: change.scoreDelta as number } : null,
    recurred: previous === null ? [] : recurrences(previous.project, row.project),
  }
}

/** The flags that compare a row with the previous year of its series, for auditFlagLookup. */
export function seriesFlagLookup(changes: ReadonlyMap<string, RowChange>): AuditFlagLookup {
  return (row) => {
    const change = changeOfRow(changes, row.id)
    if (change.previous === null) return []
    const flags: AuditFlagId[] = []
    if (change.kinds.includes('fell')) flags.push('score-fell')
    if (recurrences(change.previous.row.project, row.project).length > 0) flags.push('problem-recurred')
    return flags
  }
}
