import { type AuditFlagLookup, auditFlagLookup } from '../domain/audit-flags.ts'
import type { ProjectRow } from '../domain/project-row.ts'
import { type DepartmentOption, departmentOptions, type PlaceLookup, placeLookup, yearOptions } from '../domain/row-place.ts'
import { linkSeries, type LinkDecision, type SeriesIndex } from '../domain/series.ts'
import { changeOfRow, type RowChange, seriesChanges } from '../domain/series-changes.ts'
import { seriesFlagLookup } from '../domain/series-flags.ts'
import { type Summary, summarize } from '../domain/stats.ts'
import type { FormKind } from '../domain/types.ts'
import { type ChangeLookup, filterRows, formKindsOf, type SortKey, sortRows, type ViewFilters } from '../domain/view.ts'
import { ALL_DATASETS, type LoadedDataset } from './app-store.ts'

/** What is in view: changes only with the datasets or the dataset switcher. */
export interface ViewScope {
  /** The one dataset in view, or null when every dataset is compared. */
  active: LoadedDataset | null
  /** The datasets whose projects are in view: [active], or all of them. */
  inView: LoadedDataset[]
  /** Every project in view, in document order, dataset after dataset. */
  allRows: ProjectRow[]
  flagsOf: AuditFlagLookup
  /** Every loaded dataset's records linked across years (not only those in view): a year out of view still counts as the previous one. */
  series: SeriesIndex
  /** Row id → its change from the previous year of its series. */
  changes: ReadonlyMap<string, RowChange>
  changesOf: ChangeLookup
  /** The kinds of document the projects in view were read from (the form facet's options), in FORM_KINDS order. */
  formKinds: FormKind[]
  /** Each row's department and year (src/domain/row-place.ts). */
  placeOf: PlaceLookup
  /** The departments of the projects in view (the department facet's options), in order of first appearance. */
  departments: DepartmentOption[]
  /** The years of the projects in view (the year facet's options), ascending. */
  years: number[]
}

/** The filters applied, in document order: what the charts and counts show. Sorting never changes it. */
export interface FilteredView {
  /** All filters applied, in document order. */
  filteredRows: ProjectRow[]
  /** The scatter shows the brush's own dimension unbrushed, so the brush can be redrawn. */
  scatterRows: ProjectRow[]
  /** The grade chart ignores the grade filter, so a grade that is filtered out can be clicked back. */
  gradeRows: ProjectRow[]
  /** Every filter but the theme filter: what the theme chart and facet count. */
  themeRows: ProjectRow[]
  /** Every filter but the audit-flag filter: what the flag facet counts. */
  flagRows: ProjectRow[]
  /** Every filter but the form-kind filter: what the form facet counts. */
  formRows: ProjectRow[]
  /** Every filter but the change filter: what the change facet counts. */
  changeRows: ProjectRow[]
  /** Every filter but the department filter: what the department facet counts. */
  departmentRows: ProjectRow[]
  /** Every filter but the year filter: what the year facet counts. */
  yearRows: ProjectRow[]
  summary: Summary
}

export interface ViewModel extends ViewScope, FilteredView {
  /** What the table lists: all filters applied, in the current sort order. */
  rows: ProjectRow[]
}

/*
 * The view model is derived in three stages, each from the one before and one more input of the
 * store: the scope from the datasets and the switcher, the filtered rows from the filters, the
 * table's order from the sorting. useViewModel (use-view-model.ts) memoises each stage on its own
 * inputs, so a sort leaves the charts' rows as they were and a filter keeps the scope.
 */

/** The records linked across years: changes only with the datasets and the user's link decisions, not with the switcher. */
export interface SeriesLinks {
  series: SeriesIndex
  changes: ReadonlyMap<string, RowChange>
}

export function deriveLinks(datasets: readonly LoadedDataset[], linkDecisions: readonly LinkDecision[]): SeriesLinks {
  const series = linkSeries(datasets, linkDecisions)
  return { series, changes: seriesChanges(datasets, series) }
}

export function deriveScope(
  datasets: readonly LoadedDataset[],
  activeDatasetId: string | null,
  links: SeriesLinks = deriveLinks(datasets, []),
): ViewScope {
  const comparing = activeDatasetId === ALL_DATASETS
  const active = comparing ? null : (datasets.find((d) => d.id === activeDatasetId) ?? null)
  const inView = comparing ? [...datasets] : active === null ? [] : [active]
  const allRows = inView.length === 1 ? (inView[0]?.rows ?? []) : inView.flatMap((d) => d.rows)
  const { series, changes } = links
  const placeOf = placeLookup(inView)
  return {
    active,
    inView,
    allRows,
    flagsOf: auditFlagLookup(inView, seriesFlagLookup(changes)),
    series,
    changes,
    changesOf: (row) => changeOfRow(changes, row.id).kinds,
    formKinds: formKindsOf(allRows),
    placeOf,
    departments: departmentOptions(allRows, placeOf),
    years: yearOptions(allRows, placeOf),
  }
}

export function deriveFiltered({ allRows, flagsOf, changesOf, placeOf }: ViewScope, filters: ViewFilters): FilteredView {
  const filtered = filterRows(allRows, filters, flagsOf, changesOf, placeOf)
  type ListKey = 'grades' | 'themes' | 'flags' | 'forms' | 'changes' | 'departments' | 'years'
  const without = (key: 'brush' | ListKey, empty: boolean): ProjectRow[] =>
    empty ? filtered : filterRows(allRows, { ...filters, [key]: key === 'brush' ? null : [] }, flagsOf, changesOf, placeOf)
  return {
    filteredRows: filtered,
    scatterRows: without('brush', filters.brush === null),
    gradeRows: without('grades', filters.grades.length === 0),
    themeRows: without('themes', filters.themes.length === 0),
    flagRows: without('flags', filters.flags.length === 0),
    formRows: without('forms', filters.forms.length === 0),
    changeRows: without('changes', filters.changes.length === 0),
    departmentRows: without('departments', filters.departments.length === 0),
    yearRows: without('years', filters.years.length === 0),
    summary: summarize(filtered.map((r) => r.project)),
  }
}

/** The last stage: the table's rows in the sort order (the change columns by the scope's changes), with what the stages before derived. */
export function deriveView(scope: ViewScope, filtered: FilteredView, sorting: readonly SortKey[]): ViewModel {
  const deltasOf = (row: ProjectRow) => changeOfRow(scope.changes, row.id)
  return { ...scope, ...filtered, rows: sortRows(filtered.filteredRows, sorting, deltasOf) }
}
