import { create } from 'zustand'
import type { AuditFlagId } from '../domain/audit-flags.ts'
import type { ThemeId } from '../domain/problem-themes.ts'
import { type ProjectRow, toRows } from '../domain/project-row.ts'
import { type DatasetRecord, datasetLabel, datasetLabels } from '../domain/dataset-record.ts'
import type { LinkDecision } from '../domain/series.ts'
import type { ChangeKind } from '../domain/series-changes.ts'
import type { Grade } from '../domain/types.ts'
import { type Brush, EMPTY_FILTERS, type NumberRange, type SortKey, type ViewFilters } from '../domain/view.ts'
import type { Localized } from '../i18n/catalogue.ts'
import type { Locale } from '../i18n/locale.ts'
import { initialLocale, storeLocale } from './locale-preference.ts'
import type { UrlState } from './url-state.ts'

/** activeDatasetId of the view that compares every dataset. */
export const ALL_DATASETS = 'all'

export interface LoadedDataset extends DatasetRecord {
  rows: ProjectRow[]
  /** sourceText split into lines, so a record can be checked against its source. */
  sourceLines: string[]
}

interface Notice {
  id: number
  /** warning: it worked, but something was lost (an import whose projects lack values); it stays until dismissed. */
  level: 'error' | 'warning' | 'info'
  /** In every interface language, so a notice on screen follows a switch of language. */
  text: Localized
}

interface DataSlice {
  datasets: LoadedDataset[]
  /** A dataset id, ALL_DATASETS, or null before anything is loaded. */
  activeDatasetId: string | null
  /** Why the bundled report could not be loaded, in every interface language. */
  loadError: Localized | null
  notices: Notice[]
  /**
   * Adds or replaces (same id) datasets, keeping the order of first arrival. With clearFilters (an
   * import) the filters are cleared too, so no filter left on hides the dataset just activated.
   */
  addDatasets: (records: readonly DatasetRecord[], options?: { activate?: string; clearFilters?: boolean }) => void
  /** Removes a dataset and returns it with its position, for undo; the bundled report cannot be removed. */
  removeDataset: (id: string) => { dataset: LoadedDataset; index: number } | null
  restoreDataset: (removed: { dataset: LoadedDataset; index: number }) => void
  setActiveDataset: (id: string) => void
  setLoadError: (message: Localized) => void
  pushNotice: (level: Notice['level'], text: Localized) => void
  dismissNotice: (id: number) => void
}

/** The user's decisions on which records are the same project across datasets (src/domain/series.ts). */
interface LinksSlice {
  linkDecisions: LinkDecision[]
  /** Records a decision (join two records, or take one out of its series); kept with the datasets. */
  decideLink: (decision: LinkDecision) => void
  /** Replaces the decisions with those kept in storage (start-up). */
  setLinkDecisions: (decisions: LinkDecision[]) => void
}

interface ViewSlice {
  filters: ViewFilters
  sorting: SortKey[]
  setQuery: (query: string) => void
  toggleGrade: (grade: Grade) => void
  setGrades: (grades: Grade[]) => void
  setAmountRange: (range: NumberRange) => void
  setScoreRange: (range: NumberRange) => void
  setRateRange: (range: NumberRange) => void
  setProblemRange: (range: NumberRange) => void
  /** Departments as written (src/domain/row-place.ts); projects of any of them. */
  setDepartments: (departments: string[]) => void
  setYears: (years: number[]) => void
  setBrush: (brush: Brush | null) => void
  /** Adds or removes a problem theme from the theme filter (projects with any selected theme). */
  toggleTheme: (theme: ThemeId) => void
  setThemes: (themes: ThemeId[]) => void
  /** Adds or removes an audit flag from the flag filter (projects with any selected flag). */
  toggleFlag: (flag: AuditFlagId) => void
  setFlags: (flags: AuditFlagId[]) => void
  /** Adds or removes a change from the change filter (projects with any selected change from the previous year). */
  toggleChange: (change: ChangeKind) => void
  setChanges: (changes: ChangeKind[]) => void
  setSorting: (sorting: SortKey[]) => void
  resetFilters: () => void
}

interface SelectionSlice {
  openId: string | null
  openProject: (id: string | null) => void
  /**
   * The project under a focused chart's keyboard cursor: the table marks its row and scrolls to it.
   * Not in the URL; null when no chart's cursor stands on a project.
   */
  chartCursorId: string | null
  setChartCursor: (id: string | null) => void
}

interface LocaleSlice {
  /**
   * The interface language: what the reader chose last time (localStorage), else Chinese when the
   * browser prefers Chinese and English otherwise. Report text is never translated.
   */
  locale: Locale
  /** Switches the interface language and remembers it. */
  setLocale: (locale: Locale) => void
}

interface UrlSlice {
  /** Replaces the view and selection with a decoded URL (first load, Back/Forward). */
  applyUrlState: (state: UrlState) => void
}

/**
 * The charts (and ECharts with them) load when their place comes into view, or when something
 * needs them drawn (printing): a phone's first screen never pays for them.
 */
interface ChartsSlice {
  chartsWanted: boolean
  wantCharts: () => void
}

export type AppState = DataSlice & LinksSlice & ViewSlice & SelectionSlice & LocaleSlice & UrlSlice & ChartsSlice

const setFilter = <K extends keyof ViewFilters>(key: K, value: ViewFilters[K]) => (s: AppState) => ({
  filters: { ...s.filters, [key]: value },
})

/** The list with the value added, or removed when it is there. */
const toggled = <T>(list: readonly T[], value: T): T[] =>
  list.includes(value) ? list.filter((v) => v !== value) : [...list, value]

let nextNoticeId = 1

function toLoaded(record: DatasetRecord): LoadedDataset {
  return {
    ...record,
    rows: toRows(record.id, record.dataset.projects, datasetLabel(record)),
    sourceLines: record.sourceText === '' ? [] : record.sourceText.split(/\r\n|\r|\n/),
  }
}

/**
 * The datasets with each row labelled as the switcher names its dataset: datasetLabels over the
 * whole list, so a .txt and its PDF (same department and year) are told apart. A dataset whose
 * label did not change keeps its rows.
 */
function labelled(datasets: LoadedDataset[]): LoadedDataset[] {
  const labels = datasetLabels(datasets)
  return datasets.map((d, i) => {
    const label = labels[i] ?? datasetLabel(d)
    return d.rows.every((r) => r.datasetLabel === label) ? d : { ...d, rows: d.rows.map((r) => ({ ...r, datasetLabel: label })) }
  })
}

export const createAppStore = () =>
  create<AppState>()((set, get) => ({
    datasets: [],
    activeDatasetId: null,
    loadError: null,
    notices: [],
    addDatasets: (records, options) =>
      set((s) => {
        const datasets = [...s.datasets]
        for (const record of records) {
          const loaded = toLoaded(record)
          const at = datasets.findIndex((d) => d.id === record.id)
          if (at >= 0) datasets[at] = loaded
          else datasets.push(loaded)
        }
        // The bundled report stays first, whatever arrives before it (stored imports hydrate early).
        datasets.sort((a, b) => Number(b.meta.origin === 'bundled') - Number(a.meta.origin === 'bundled'))
        const activeDatasetId = options?.activate ?? s.activeDatasetId ?? records[0]?.id ?? null
        return options?.clearFilters === true
          ? { datasets: labelled(datasets), activeDatasetId, filters: EMPTY_FILTERS }
          : { datasets: labelled(datasets), activeDatasetId }
      }),
    removeDataset: (id) => {
      const index = get().datasets.findIndex((d) => d.id === id)
      const dataset = get().datasets[index]
      if (dataset === undefined || dataset.meta.origin === 'bundled') return null
      set((s) => {
        const datasets = s.datasets.filter((d) => d.id !== id)
        const activeGone = s.activeDatasetId === id || (s.activeDatasetId === ALL_DATASETS && datasets.length < 2)
        const openGone = s.openId?.startsWith(`${id}/`) === true
        return {
          datasets: labelled(datasets),
          activeDatasetId: activeGone ? (datasets[0]?.id ?? null) : s.activeDatasetId,
          openId: openGone ? null : s.openId,
        }
      })
      return { dataset, index }
    },
    restoreDataset: ({ dataset, index }) =>
      set((s) => {
        if (s.datasets.some((d) => d.id === dataset.id)) return {}
        const datasets = [...s.datasets]
        datasets.splice(Math.min(index, datasets.length), 0, dataset)
        return { datasets: labelled(datasets) }
      }),
    setActiveDataset: (id) =>
      set((s) => ({
        activeDatasetId: id,
        openId: id === ALL_DATASETS || s.openId?.startsWith(`${id}/`) === true ? s.openId : null,
      })),
    setLoadError: (message) => set({ loadError: message }),
    pushNotice: (level, text) => set((s) => ({ notices: [...s.notices, { id: nextNoticeId++, level, text }] })),
    dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),

    linkDecisions: [],
    decideLink: (decision) => set((s) => ({ linkDecisions: [...s.linkDecisions, decision] })),
    setLinkDecisions: (decisions) => set({ linkDecisions: decisions }),

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
    setRateRange: (range) => set(setFilter('rate', range)),
    setProblemRange: (range) => set(setFilter('problems', range)),
    setDepartments: (departments) => set(setFilter('departments', departments)),
    setYears: (years) => set(setFilter('years', years)),
    setBrush: (brush) => set(setFilter('brush', brush)),
    toggleTheme: (theme) => set((s) => setFilter('themes', toggled(s.filters.themes, theme))(s)),
    setThemes: (themes) => set(setFilter('themes', themes)),
    toggleFlag: (flag) => set((s) => setFilter('flags', toggled(s.filters.flags, flag))(s)),
    setFlags: (flags) => set(setFilter('flags', flags)),
    toggleChange: (change) => set((s) => setFilter('changes', toggled(s.filters.changes, change))(s)),
    setChanges: (changes) => set(setFilter('changes', changes)),
    setSorting: (sorting) => set({ sorting }),
    resetFilters: () => set({ filters: EMPTY_FILTERS }),

    openId: null,
    openProject: (id) => set({ openId: id }),
    chartCursorId: null,
    setChartCursor: (id) => {
      if (get().chartCursorId !== id) set({ chartCursorId: id })
    },

    locale: initialLocale(),
    setLocale: (locale) => {
      storeLocale(locale)
      set({ locale })
    },

    applyUrlState: ({ filters, sorting, openId }) => set({ filters, sorting, openId }),

    chartsWanted: false,
    wantCharts: () => {
      if (!get().chartsWanted) set({ chartsWanted: true })
    },
  }))

export const useAppStore = createAppStore()

export function urlStateOf(s: AppState): UrlState {
  return { filters: s.filters, sorting: s.sorting, openId: s.openId }
}
