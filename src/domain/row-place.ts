import type { ProjectRow } from './project-row.ts'
import { departmentKey, fold, rowYear, type SeriesSource } from './series.ts'

/**
 * Where a record belongs, for the department and year facets: its department (its 主管部门, else its
 * dataset's department) and its year (its dataset's, else the first year its name states), as the
 * series and the comparison by department and year place it (src/domain/series.ts).
 */
interface RowPlace {
  /** As the record, else its dataset, writes it, trimmed; null when neither states one. */
  department: string | null
  /** The department folded as the series compare it (departmentKey): '' when none is stated. */
  departmentKey: string
  year: number | null
}

/** Gives a row's place; filterRows and the facet counts take one. */
export type PlaceLookup = (row: ProjectRow) => RowPlace

const NOWHERE: RowPlace = { department: null, departmentKey: '', year: null }

/** For rows whose datasets are not known: no department, no year. */
export const NO_PLACE: PlaceLookup = () => NOWHERE

/** The places of every row of these datasets, worked out once. */
export function placeLookup(sources: readonly SeriesSource[]): PlaceLookup {
  const places = new Map<string, RowPlace>()
  for (const source of sources) {
    for (const row of source.rows) {
      const written = (row.project.department ?? source.dataset.department)?.trim() ?? ''
      places.set(row.id, { department: written === '' ? null : written, departmentKey: departmentKey(source, row), year: rowYear(source, row) })
    }
  }
  return (row) => places.get(row.id) ?? NOWHERE
}

/** A department as a filter names it (a label from the URL), folded as departmentKey folds a record's. */
export const departmentKeyOf = (label: string): string => fold(label)

export interface DepartmentOption {
  key: string
  /** As the first record of it writes it. */
  label: string
}

/** The departments these rows belong to, in the order they first appear; rows stating none give none. */
export function departmentOptions(rows: readonly ProjectRow[], placeOf: PlaceLookup): DepartmentOption[] {
  const options = new Map<string, string>()
  for (const row of rows) {
    const { department, departmentKey: key } = placeOf(row)
    if (department !== null && key !== '' && !options.has(key)) options.set(key, department)
  }
  return [...options].map(([key, label]) => ({ key, label }))
}

/** The years these rows belong to, ascending; rows of no known year give none. */
export function yearOptions(rows: readonly ProjectRow[], placeOf: PlaceLookup): number[] {
  const years = new Set<number>()
  for (const row of rows) {
    const { year } = placeOf(row)
    if (year !== null) years.add(year)
  }
  return [...years].toSorted((a, b) => a - b)
}

/** Rows per value of `valueOf`; rows without one are not counted. */
export function countBy<K>(rows: readonly ProjectRow[], valueOf: (row: ProjectRow) => K | null): Map<K, number> {
  const counts = new Map<K, number>()
  for (const row of rows) {
    const value = valueOf(row)
    if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1)
  }
  return counts
}
