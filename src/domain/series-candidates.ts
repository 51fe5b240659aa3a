import type { ProjectRow } from './project-row.ts'
import { departmentKey, rowYear, type SeriesIndex, type SeriesSource, seriesName } from './series.ts'

/**
 * Records that may be the same project as a given one but are not linked to it: offered in the
 * drill-down for the user to confirm, never linked on their own. Worked out for one record at a
 * time (when it is opened), so the cost is one pass over the datasets, not one per pair.
 */

export interface LinkCandidate {
  row: ProjectRow
  /**
   * same-name: the same name (and department) but the automatic rules could not decide, because a
   * dataset holds two such records or the codes disagree; similar-name: names alike by NAME_LIKENESS.
   */
  reason: 'same-name' | 'similar-name'
  /** Dice coefficient of the two names' character pairs, 0–1 (1 for the same name). */
  likeness: number
  /** False when the record belongs to another department: still offered, marked as such. */
  sameDepartment: boolean
  /** Years between the two records; null when either year is not known. */
  yearsApart: number | null
}

/** Names at least this alike (Dice over character pairs, years and punctuation folded away) are offered. */
const NAME_LIKENESS = 0.6

const MAX_CANDIDATES = 5

function pairs(text: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (let i = 0; i < text.length - 1; i++) {
    const pair = text.slice(i, i + 2)
    counts.set(pair, (counts.get(pair) ?? 0) + 1)
  }
  return counts
}

/** Dice coefficient over character pairs: 2 × shared ÷ (pairs of a + pairs of b). */
export function nameLikeness(a: string, b: string): number {
  if (a === b) return 1
  const pa = pairs(a)
  const pb = pairs(b)
  let shared = 0
  for (const [pair, n] of pa) shared += Math.min(n, pb.get(pair) ?? 0)
  const total = Math.max(a.length - 1, 0) + Math.max(b.length - 1, 0)
  return total === 0 ? 0 : (2 * shared) / total
}

/** The candidates for a row: same department first, then most alike, then nearest in years; never a record of its own dataset or already in its series. */
export function linkCandidates(rowId: string, sources: readonly SeriesSource[], index: SeriesIndex): LinkCandidate[] {
  const home = sources.find((s) => s.rows.some((r) => r.id === rowId))
  const row = home?.rows.find((r) => r.id === rowId)
  if (home === undefined || row === undefined || row.project.name === null) return []
  const name = seriesName(row.project.name)
  const department = departmentKey(home, row)
  const year = rowYear(home, row)
  const linked = new Set(index.byRow.get(rowId)?.members.map((m) => m.row.id) ?? [])
  const found: LinkCandidate[] = []
  for (const source of sources) {
    if (source.id === home.id) continue
    for (const other of source.rows) {
      if (linked.has(other.id) || other.project.name === null) continue
      const likeness = nameLikeness(name, seriesName(other.project.name))
      if (likeness < NAME_LIKENESS) continue
      const sameDepartment = departmentKey(source, other) === department
      const otherYear = rowYear(source, other)
      const yearsApart = year === null || otherYear === null ? null : Math.abs(year - otherYear)
      found.push({ row: other, reason: likeness === 1 && sameDepartment ? 'same-name' : 'similar-name', likeness, sameDepartment, yearsApart })
    }
  }
  return found
    // The nearest years first among equals: the year before is the likeliest predecessor.
    .toSorted(
      (a, b) =>
        Number(b.sameDepartment) - Number(a.sameDepartment) ||
        b.likeness - a.likeness ||
        (a.yearsApart ?? Number.POSITIVE_INFINITY) - (b.yearsApart ?? Number.POSITIVE_INFINITY),
    )
    .slice(0, MAX_CANDIDATES)
}
