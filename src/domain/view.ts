import { type AuditFlagId, type AuditFlagLookup, hasAnyFlag, recordFlagsOf } from './audit-flags.ts'
import { pinyinRanks } from './pinyin-order.ts'
import { projectHasAnyTheme, type ThemeId } from './problem-themes.ts'
import type { ProjectRow } from './project-row.ts'
import { departmentKeyOf, NO_PLACE, type PlaceLookup } from './row-place.ts'
import type { ChangeKind, RowChange } from './series-changes.ts'
import { matchesQuery, parseSearchQuery } from './search-query.ts'
import type { FormKind, Grade } from './types.ts'

export const SORT_COLUMNS = [
  'dataset',
  'name',
  'budget',
  'amount',
  'score',
  'grade',
  'executionRate',
  'problemCount',
  'scoreDelta',
  'amountDelta',
] as const
export type SortColumn = (typeof SORT_COLUMNS)[number]

/** The kinds of document a record can be read from, in the order the facet and the URL list them. */
export const FORM_KINDS = ['result', 'project-self-evaluation', 'department-self-evaluation'] as const satisfies readonly FormKind[]

export const isFormKind = (id: string): id is FormKind => (FORM_KINDS as readonly string[]).includes(id)

/** The form kinds these rows hold, in FORM_KINDS order. */
export function formKindsOf(rows: readonly ProjectRow[]): FormKind[] {
  const seen = new Set<FormKind>()
  for (const row of rows) {
    seen.add(row.project.form)
    if (seen.size === FORM_KINDS.length) break
  }
  return FORM_KINDS.filter((kind) => seen.has(kind))
}

/** Projects per form kind. */
export function countFormKinds(rows: readonly ProjectRow[]): Record<FormKind, number> {
  const counts: Record<FormKind, number> = { result: 0, 'project-self-evaluation': 0, 'department-self-evaluation': 0 }
  for (const row of rows) counts[row.project.form] += 1
  return counts
}

export interface SortKey {
  id: SortColumn
  desc: boolean
}

export interface NumberRange {
  min: number | null
  max: number | null
}

/** A rectangle drawn on the amount × score chart. */
export interface Brush {
  amount: readonly [number, number]
  score: readonly [number, number]
}

export interface ViewFilters {
  /** Empty: every grade. */
  grades: readonly Grade[]
  /** The search box's query (src/domain/search-query.ts: terms, -excluded, OR, "phrases"). */
  query: string
  amount: NumberRange
  score: NumberRange
  /** 预算执行率 in percent; a project that states none is outside any range set. */
  rate: NumberRange
  /** The number of 存在问题 items. */
  problems: NumberRange
  brush: Brush | null
  /** Projects with a problem item of any of these themes; empty: no theme filter. */
  themes: readonly ThemeId[]
  /** Projects with any of these audit flags; empty: no flag filter. */
  flags: readonly AuditFlagId[]
  /** Projects read from any of these kinds of document; empty: every kind. */
  forms: readonly FormKind[]
  /** Projects with any of these changes from the previous year (src/domain/series-changes.ts); empty: no change filter. */
  changes: readonly ChangeKind[]
  /** Projects of any of these departments (as written; compared folded, src/domain/row-place.ts); empty: every department. */
  departments: readonly string[]
  /** Projects of any of these years; empty: every year. */
  years: readonly number[]
}

export const NO_RANGE: NumberRange = { min: null, max: null }

export const EMPTY_FILTERS: ViewFilters = {
  grades: [],
  query: '',
  amount: NO_RANGE,
  score: NO_RANGE,
  rate: NO_RANGE,
  problems: NO_RANGE,
  brush: null,
  themes: [],
  flags: [],
  forms: [],
  changes: [],
  departments: [],
  years: [],
}

/** Whether any filter would hide a project (EMPTY_FILTERS, or equal to it, hides none). */
export const anyFilterOn = (f: ViewFilters): boolean =>
  f.grades.length > 0 ||
  f.query.trim() !== '' ||
  f.amount.min !== null ||
  f.amount.max !== null ||
  f.score.min !== null ||
  f.score.max !== null ||
  f.rate.min !== null ||
  f.rate.max !== null ||
  f.problems.min !== null ||
  f.problems.max !== null ||
  f.brush !== null ||
  f.themes.length > 0 ||
  f.flags.length > 0 ||
  f.forms.length > 0 ||
  f.changes.length > 0 ||
  f.departments.length > 0 ||
  f.years.length > 0

const inRange = (value: number | null, range: NumberRange): boolean =>
  (range.min === null && range.max === null) ||
  (value !== null && (range.min === null || value >= range.min) && (range.max === null || value <= range.max))

const inInterval = (value: number | null, [lo, hi]: readonly [number, number]): boolean =>
  value !== null && value >= lo && value <= hi

/** Gives a row's changes from the previous year of its series; filterRows takes one. */
export type ChangeLookup = (row: ProjectRow) => readonly ChangeKind[]

const NO_CHANGES: ChangeLookup = () => []

/**
 * The rows every filter lets through. `flagsOf` gives a row's audit flags: by default those its
 * record shows; pass auditFlagLookup(datasets) so flags raised by parser diagnostics count too.
 * `changesOf` gives a row's changes from the previous year (none without it); `placeOf` its
 * department and year (placeLookup(datasets); without it no row has either).
 */
export function filterRows(
  rows: readonly ProjectRow[],
  filters: ViewFilters,
  flagsOf: AuditFlagLookup = recordFlagsOf,
  changesOf: ChangeLookup = NO_CHANGES,
  placeOf: PlaceLookup = NO_PLACE,
): ProjectRow[] {
  const query = parseSearchQuery(filters.query)
  const grades = new Set(filters.grades)
  const { brush, themes, flags, forms, changes, years } = filters
  const departments = new Set(filters.departments.map(departmentKeyOf))
  return rows.filter((row) => {
    const { project: p, searchText } = row
    if (forms.length > 0 && !forms.includes(p.form)) return false
    if (grades.size > 0 && (p.grade === null || !grades.has(p.grade))) return false
    if (!inRange(p.amountWan, filters.amount) || !inRange(p.score, filters.score)) return false
    if (!inRange(p.executionRate, filters.rate) || !inRange(p.problems.length, filters.problems)) return false
    if (departments.size > 0 && !departments.has(placeOf(row).departmentKey)) return false
    if (years.length > 0 && !years.includes(placeOf(row).year ?? Number.NaN)) return false
    if (brush !== null && !(inInterval(p.amountWan, brush.amount) && inInterval(p.score, brush.score))) return false
    if (themes.length > 0 && !projectHasAnyTheme(p, themes)) return false
    if (flags.length > 0 && !hasAnyFlag(row, flags, flagsOf)) return false
    if (changes.length > 0 && !changesOf(row).some((c) => changes.includes(c))) return false
    return matchesQuery(searchText, query)
  })
}

const GRADE_RANK: Record<Grade, number> = { 优: 4, 良: 3, 中: 2, 差: 1 }

type SortValue = number | string | null

/** Gives a row's score and amount change from the previous year of its series (src/domain/series-changes.ts); sortRows takes one. */
export type DeltaLookup = (row: ProjectRow) => Pick<RowChange, 'scoreDelta' | 'amountDelta'>

const NO_DELTAS: DeltaLookup = () => ({ scoreDelta: null, amountDelta: null })

/** A row's value in one column; `deltasOf` gives the change columns' (none without it). */
export function sortValue(row: ProjectRow, column: SortColumn, deltasOf: DeltaLookup = NO_DELTAS): SortValue {
  const { project, datasetLabel } = row
  switch (column) {
    case 'dataset':
      return datasetLabel
    case 'name':
      return project.name
    case 'budget':
      return project.budgetWan
    case 'amount':
      return project.amountWan
    case 'score':
      return project.score
    case 'grade':
      return project.grade === null ? null : GRADE_RANK[project.grade]
    case 'executionRate':
      return project.executionRate
    case 'problemCount':
      return project.problems.length
    case 'scoreDelta':
      return deltasOf(row).scoreDelta
    case 'amountDelta':
      return deltasOf(row).amountDelta
  }
}

/**
 * Each row's value for one column as a number (names by their pinyin rank), NaN when missing:
 * computed once per sort, so the comparisons read numbers only.
 */
function numericValues(rows: readonly ProjectRow[], column: SortColumn, deltasOf: DeltaLookup): Float64Array {
  const values = rows.map((r) => sortValue(r, column, deltasOf))
  const ranks = values.some((v) => typeof v === 'string') ? pinyinRanks(values.filter((v) => typeof v === 'string')) : null
  const out = new Float64Array(rows.length)
  values.forEach((v, i) => {
    out[i] = v === null ? Number.NaN : typeof v === 'string' ? (ranks?.get(v) ?? Number.NaN) : v
  })
  return out
}

/**
 * Sorts by each key in turn; a missing value sorts last whichever the direction; ties keep document
 * order. `deltasOf` gives the score and amount changes the change columns sort by (none without it).
 */
export function sortRows(rows: readonly ProjectRow[], sorting: readonly SortKey[], deltasOf: DeltaLookup = NO_DELTAS): ProjectRow[] {
  if (sorting.length === 0) return [...rows]
  const keys = sorting.map(({ id, desc }) => ({ values: numericValues(rows, id, deltasOf), sign: desc ? -1 : 1 }))
  const positions = rows.map((_, i) => i)
  positions.sort((i, j) => {
    for (const { values, sign } of keys) {
      const a = values[i]!
      const b = values[j]!
      if (Number.isNaN(a) || Number.isNaN(b)) {
        if (Number.isNaN(a) !== Number.isNaN(b)) return Number.isNaN(a) ? 1 : -1
        continue
      }
      if (a !== b) return sign * (a - b)
    }
    const x = rows[i]!
    const y = rows[j]!
    return x.datasetId === y.datasetId ? x.index - y.index : x.datasetId < y.datasetId ? -1 : 1
  })
  return positions.map((i) => rows[i]!)
}
