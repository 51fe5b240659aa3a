import { create } from 'zustand'
import { type ProjectRow, toRows } from '../domain/project-row.ts'
import type { Dataset, Diagnostic, Grade } from '../domain/types.ts'
import { type Brush, EMPTY_FILTERS, type NumberRange, type SortKey, type ViewFilters } from '../domain/view.ts'
import type { UrlState } from './url-state.ts'

export interface LoadedDataset {
  id: string
  dataset: Dataset
  diagnostics: Diagnostic[]
  rows: ProjectRow[]
  /** The text the dataset was parsed from, split into lines, so a record can be checked against its source. */
  sourceLines: string[]
}

export interface DataSlice {
  datasets: LoadedDataset[]
  activeDatasetId: string | null
  loadError: string | null
  addDataset: (id: string, dataset: Dataset, diagnostics: Diagnostic[], sourceText: string) => void
  setLoadError: (message: string) => void
}

export interface ViewSlice {
  filters: ViewFilters
  sorting: SortKey[]
  setQuery: (query: string) => void
  toggleGrade: (grade: Grade) => void
  setGrades: (grades: Grade[]) => void
  setAmountRange: (range: NumberRange) => void
  setScoreRange: (range: NumberRange) => void
  setBrush: (brush: Brush | null) => void
  setSorting: (sorting: SortKey[]) => void
  resetFilters: () => void
}

export interface SelectionSlice {
  openId: string | null
  openProject: (id: string | null) => void
}

export interface UrlSlice {
  /** Replaces the view and selection with a decoded URL (first load, Back/Forward). */
  applyUrlState: (state: UrlState) => void
}

export type AppState = DataSlice & ViewSlice & SelectionSlice & UrlSlice

const setFilter = <K extends keyof ViewFilters>(key: K, value: ViewFilters[K]) => (s: AppState) => ({
  filters: { ...s.filters, [key]: value },
})

export const createAppStore = () =>
  create<AppState>()((set) => ({
    datasets: [],
    activeDatasetId: null,
    loadError: null,
    addDataset: (id, dataset, diagnostics, sourceText) =>
      set((s) => ({
        datasets: [
          ...s.datasets.filter((d) => d.id !== id),
          { id, dataset, diagnostics, rows: toRows(id, dataset.projects), sourceLines: sourceText.split(/\r\n|\r|\n/) },
        ],
        activeDatasetId: s.activeDatasetId ?? id,
      })),
    setLoadError: (message) => set({ loadError: message }),

    filters: EMPTY_FILTERS,
    sorting: [],
    setQuery: (query) => set(setFilter('query', query)),
    toggleGrade: (grade) =>
      set((s) => {
        const has = s.filters.grades.includes(grade)
        return setFilter('grades', has ? s.filters.grades.filter((g) => g !== grade) : [...s.filters.grades, grade])(s)
      }),
    setGrades: (grades) => set(setFilter('grades', grades)),
    setAmountRange: (range) => set(setFilter('amount', range)),
    setScoreRange: (range) => set(setFilter('score', range)),
    setBrush: (brush) => set(setFilter('brush', brush)),
    setSorting: (sorting) => set({ sorting }),
    resetFilters: () => set({ filters: EMPTY_FILTERS }),

    openId: null,
    openProject: (id) => set({ openId: id }),

    applyUrlState: ({ filters, sorting, openId }) => set({ filters, sorting, openId }),
  }))

export const useAppStore = createAppStore()

export function urlStateOf(s: AppState): UrlState {
  return { filters: s.filters, sorting: s.sorting, openId: s.openId }
}
