import type { AuditFlagId } from '../domain/audit-flags.ts'
import type { FormCounts, ImportLoss } from '../domain/import-summary.ts'
import type { ThemeId } from '../domain/problem-themes.ts'
import type { ChangeKind } from '../domain/series-changes.ts'
import type { FormKind, Grade, SourcedField } from '../domain/types.ts'
import type { SearchSnippet } from '../domain/snippet.ts'
import type { Brush, SortKey } from '../domain/view.ts'

/**
 * Everything the interface says, in one language. Plain data and functions, no React: the option
 * builders, the importers and the components all read it. zh.ts and en.ts each implement the
 * whole interface, so a key missing from either fails the typecheck.
 *
 * Report text (project names, items, departments, file names, source text) never goes through a
 * catalogue: functions take it as an argument and put it in unchanged.
 */

export interface ThemeText {
  label: string
  /** For the heat map's narrow columns: wrapped (\n) or shortened. */
  short: string
  description: string
}

/** Where a chart's keyboard cursor is: the point's place in the chart's Left/Right order, "3 / 8". */
interface CursorPlace {
  position: number
  of: number
}

/**
 * What changed in the table, for the page's live region: the new sort order (null when the sort
 * did not change), whether the filters changed, and how many projects are shown of how many.
 */
export interface ResultChange {
  sorting: readonly SortKey[] | null
  filtered: boolean
  shown: number
  total: number
}

export interface FlagText {
  label: string
  description: string
}

/** Where in a document a form was: what a caption, a citation and the drawer's 出处 name. */
export interface TablePlace {
  /** The sheet of a workbook, or null. */
  sheet: string | null
  /** The PDF page, or null. */
  page: number | null
  /** 1-based number of the table in its document. */
  table: number
  /** The cell range the form covers ('A1:J38'), or null when not stated. */
  cells: string | null
}

/** The lists of a project's items: 存在问题, 整改建议 (a form's 改进措施: measures) and 整改情况. */
export type ItemListKind = 'problems' | 'suggestions' | 'measures' | 'rectifications'

/** The columns of the Excel export's sheets (src/export/xlsx-sheets.ts), each named by Messages['xlsx']. */
type XlsxProjectColumn =
  | 'dataset'
  | 'name'
  | 'code'
  | 'department'
  | 'unit'
  | 'form'
  | 'budget'
  | 'amount'
  | 'score'
  | 'grade'
  | 'executionRate'
  | 'executionWeight'
  | 'executionScore'
  | 'themes'
  | 'flags'
  | 'series'
  | 'problems'
  | 'suggestions'
  | 'rectifications'
  | 'sourceFile'
  | 'sourcePlace'
type XlsxItemColumn = 'dataset' | 'project' | 'list' | 'n' | 'text'
type XlsxIndicatorColumn =
  | 'dataset'
  | 'project'
  | 'level1'
  | 'level2'
  | 'name'
  | 'direction'
  | 'target'
  | 'actual'
  | 'unit'
  | 'weight'
  | 'score'
  | 'note'

export interface FormText {
  /** For the table's column and the facet: 项目自评. */
  short: string
  /** The form's own title: 项目支出绩效自评表. */
  long: string
}

export interface Messages {
  /** The BCP 47 tag of this language, for `<html lang>` and `lang` attributes. */
  lang: string

  language: {
    /** The switch's label: the other language's name, written in that language. */
    switchLabel: string
    /** The `lang` of switchLabel. */
    switchLang: string
    switchTitle: string
  }

  common: {
    /** Where a report does not state a value: never 0. */
    notDisclosed: string
    missing: string
    /** The name shown for a project whose report gives none. */
    unnamed: string
    all: string
    projects: (n: number) => string
    /** An import time. */
    dateTime: (date: Date) => string
  }

  grades: {
    /** 优 → 优 or 优 Excellent: what a grade reads as in labels, legends and pills. */
    label: (grade: Grade) => string
    /** The grade's own name in this language: 优 or Excellent. */
    name: Readonly<Record<Grade, string>>
    /** The label on a chart axis, one line per word: 优, or 优\nExcellent. */
    axis: (grade: Grade) => string
  }

  themes: Readonly<Record<ThemeId, ThemeText>>
  flags: Readonly<Record<AuditFlagId, FlagText>>
  /** The kinds of document a record is read from. */
  forms: Readonly<Record<FormKind, FormText>>

  page: {
    brand: string
    documentTitle: string
    loading: string
    /** On the boot screen when the app's own code cannot be fetched (a lost connection, a redeploy). */
    appLoadFailed: string
    loadError: (file: string, reason: string) => string
    chartsLoading: string
    /** When the charts' code could not be fetched. */
    chartsFailed: string
    /** The charts' placeholder until their place scrolls into view. */
    chartsOnScroll: string
    /** The placeholder's tab stop (shown when focused): loads the charts and moves the focus to the first. */
    chartsLoad: string
    /** While the charts and the table are laid out after the first screen. */
    layingOut: string
    tableRegion: string
    /** The skip link, the page's first tab stop: to the project table past the header and the charts. */
    skipToTable: string
    dropOverlay: string
  }

  colorScheme: {
    legend: string
    system: string
    light: string
    dark: string
  }

  print: {
    button: string
    selectionTitle: string
    projectTitle: (name: string) => string
    memo: string
    /** The local date and time, in words: "打印于 2026年12月3日 18:52". */
    printedAt: (date: Date) => string
    scope: string
    selectionScope: (shown: number, total: number) => string
    projectScope: (name: string) => string
    /** A dataset as the memo names it: its label and the file it was read from. */
    dataset: (label: string, fileName: string) => string
    /** The line naming the datasets shown (each already through `dataset`). */
    datasets: (datasets: readonly string[]) => string
    /** The line stating the filters, each as the active-filter pills say it; none: every project. */
    filters: (labels: readonly string[]) => string
    /** The line stating the table's order. */
    sorting: (keys: readonly SortKey[]) => string
    /** At the foot of each printed page; page and pages stand for the numbers. */
    pageNumber: (page: string, pages: string) => string
    citation: string
    sources: string
    moreSources: (n: number) => string
  }

  copyLink: {
    button: string
    title: string
    /** On the button for a moment after the link is copied. */
    copied: string
    /** Said in the live region after the link is copied. */
    announced: string
    failed: string
  }

  datasetHeader: {
    comparing: string
    untitled: string
    department: string
    year: string
    source: string
    importedAt: string
  }

  datasets: {
    region: string
    all: string
    projectCount: (fileName: string, n: number) => string
    allCount: (datasets: number, projects: number) => string
    remove: (fileName: string) => string
    removed: (fileName: string) => string
    undo: string
    /** The base of export file names when every dataset is compared. */
    allFileName: string
  }

  keyFigures: {
    region: string
    count: string
    total: string
    totalValue: (formattedWan: string) => string
    /** The total in the larger unit: 亿元, or CNY millions. */
    totalApprox: (wan: number) => string
    noAmount: (n: number) => string
    mean: string
    weighted: string
    weightedTitle: string
    grades: string
    gradeCounts: (counts: Readonly<Record<Grade, number>>) => string
    rates: string
    ratesValue: (stated: number, total: number) => string
    commonTheme: string
    commonThemeTitle: string
    commonThemeDetail: (projects: number, total: number, items: number) => string
  }

  filters: {
    region: string
    search: (query: string) => string
    grades: (grades: readonly Grade[]) => string
    amount: (range: string) => string
    score: (range: string) => string
    themes: (themes: readonly ThemeId[]) => string
    flags: (flags: readonly AuditFlagId[]) => string
    forms: (forms: readonly FormKind[]) => string
    changes: (changes: readonly ChangeKind[]) => string
    brush: (brush: Brush) => string
    /** The rectangle on the scatter, in words. */
    brushRange: (brush: Brush) => string
    remove: (label: string) => string
    clearAll: string
  }

  search: {
    label: string
    placeholder: string
    count: (total: number, shown: number) => string
  }

  gradeChips: {
    group: string
  }

  ranges: {
    amount: string
    /** The unit after the amount's legend: "（万元）". */
    amountUnit: string
    score: string
    min: (legend: string) => string
    max: (legend: string) => string
    minPlaceholder: string
    maxPlaceholder: string
    /** Why a box's text (quoted as typed) is not applied, shown under the box. */
    unreadableAmount: (text: string) => string
    unreadableScore: (text: string) => string
    negativeAmount: (text: string) => string
    scoreOutOfRange: (text: string) => string
    /** Both bounds read, the minimum above the maximum: the filter then matches nothing. */
    minAboveMax: string
  }

  facets: {
    group: (label: string) => string
    themes: string
    flags: string
    forms: string
    changes: string
  }

  /** The execution-rate and problem ranges, the department and year facets, the search's syntax and its snippets in the table. */
  moreFilters: {
    rate: string
    /** The unit after the rate's legend: "（%）". */
    rateUnit: string
    problems: string
    /** Why a box's text (quoted as typed) is not applied, shown under the box. */
    unreadableRate: (text: string) => string
    negativeRate: (text: string) => string
    unreadableCount: (text: string) => string
    negativeCount: (text: string) => string
    countNotWhole: (text: string) => string
    /** Under the rate boxes while a bound is set. */
    rateExcludesUndisclosed: string
    departments: string
    years: string
    /** The filter pills: the range in words, the departments as written, the years. */
    rateFilter: (range: string) => string
    problemsFilter: (range: string) => string
    departmentsFilter: (names: readonly string[]) => string
    yearsFilter: (years: readonly number[]) => string
    /** The line under the search box: the query syntax. */
    searchHelp: string
    /** Where a snippet's text comes from: "存在问题（2）"; form: a self-evaluation form names its fields its own way. */
    snippetField: (field: SearchSnippet['field'], item: number | null, form: boolean) => string
  }

  /** A project's change from the previous year of its series: the table's change columns and the change facet. */
  changes: {
    kinds: Readonly<Record<ChangeKind, FlagText>>
    /** Read before a figure that fell (shown as ↓, visually hidden): "下降". */
    down: string
    /** Read before a figure that rose (shown as ↑, visually hidden): "上升". */
    up: string
    /** The grade cell's tooltip and what it is read as: "评价结论由良变为中". */
    gradeMoved: (from: Grade, to: Grade) => string
  }

  /** The comparison of the datasets in view, side by side and by department and year (src/compare). */
  compare: {
    region: string
    /** Under the heading: what the figures cover. */
    note: string
    figuresCaption: string
    /** The first column's header: what each row is. */
    figure: string
    projects: string
    total: string
    mean: string
    grades: string
    rate: string
    /** Under a mean rate: of how many projects it is the mean. */
    rateStated: (stated: number, total: number) => string
    /** Projects with no grade, in a grade mix. */
    ungraded: string
    departmentCaption: string
    department: string
    /** A department no record and no dataset names. */
    unknownDepartment: string
    /** The column of records whose year neither the dataset nor the name states. */
    unknownYear: string
    year: (year: number) => string
    cellProjects: (n: number) => string
    cellMean: (formattedScore: string) => string
    cellRate: (formattedRate: string, stated: number, total: number) => string
    /** A department-year cell with no project, after the shown "—". */
    noProjects: string
  }

  table: {
    caption: (n: number) => string
    headers: {
      dataset: string
      name: string
      form: string
      budget: string
      amount: string
      score: string
      grade: string
      executionRate: string
      problemCount: string
      scoreDelta: string
      amountDelta: string
      gradeChange: string
    }
    /**
     * Where a header may wrap in a narrow table: its words, in order, each kept on one line
     * (['评价', '分值'], never 评价分 / 值); a header not listed stays on one line.
     */
    headerWords: Readonly<Partial<Record<keyof Messages['table']['headers'], readonly string[]>>>
    /** For a secondary sort key, said in text (aria-sort is on the primary only). */
    sortOrder: (position: number, descending: boolean) => string
    empty: string
    clearFilters: string
  }

  /** Said through the page's live region after a sort or a change of filters. */
  results: {
    announce: (change: ResultChange) => string
  }

  exports: {
    group: string
    csv: string
    json: string
    note: (n: number) => string
  }

  /** The Excel export: its button, its sheets' names and headers. Report text in the cells is never translated. */
  xlsx: {
    button: string
    sheets: { projects: string; items: string; indicators: string }
    projectHeaders: Readonly<Record<XlsxProjectColumn, string>>
    itemHeaders: Readonly<Record<XlsxItemColumn, string>>
    indicatorHeaders: Readonly<Record<XlsxIndicatorColumn, string>>
    /** The list an item is on; a form's second list is its measures (改进措施). */
    lists: Readonly<Record<ItemListKind, string>>
    /** Several theme or flag labels in one cell. */
    join: (labels: readonly string[]) => string
    /** Where a record read from text is: its lines, after its PDF page when it has one. */
    lines: (startLine: number, endLine: number, page: number | undefined) => string
    /** Where a form read from a table is: its sheet or page, table and range. */
    table: (place: TablePlace) => string
  }

  drawer: {
    previous: string
    next: string
    notInSelection: string
    close: string
    flags: string
    performance: string
    items: string
    facts: {
      amount: string
      amountValue: (formattedWan: string) => string
      score: string
      grade: string
      executionRate: string
      unit: string
      source: string
      sourceWhere: (sourceName: string, startLine: number, endLine: number, page: number | undefined) => string
      pdfLines: string
      /** The facts of a self-evaluation form (a result record shows the ones above only). */
      form: string
      code: string
      department: string
      implementingUnit: string
      budget: string
      initialBudget: string
      executed: string
      selfScore: string
      /** The funds table's 得分 / 分值 for budget execution, e.g. "8.6 / 10". */
      executionPoints: string
      /** Where a form was: the file, then the sheet or page, the table and the range. */
      tableWhere: (sourceName: string, place: TablePlace) => string
    }
    goals: string
    indicators: {
      heading: string
      /** lost: indicators whose stated score is below their stated weight. */
      caption: (n: number, lost: number) => string
      /**
       * The columns: the indicator (三级指标), its target and actual value in one cell ("≥90% → 95%"), its
       * score and weight ("9 / 10"). 一级 and 二级 are rows above their indicators.
       */
      headers: { name: string; values: string; points: string }
      /** Before an indicator's 偏差原因, on its own line under the indicator. */
      note: string
      /** Beside the score of an indicator that lost points: a word, so the mark is not colour alone. */
      lostPoints: string
    }
    /** The fields of a record as 查看原文 names the cells they came from. */
    fieldNames: Readonly<Record<SourcedField, string>>
    sourceTable: {
      summary: (place: TablePlace) => string
      caption: (place: TablePlace) => string
      /** Under the caption: what the marked cells are. */
      legend: string
      /** Inside a marked cell, visually hidden, and as its tooltip: "出处：自评得分（I37）". */
      cellNote: (fields: readonly string[], address: string) => string
      truncated: (shown: number, total: number) => string
    }
    noFlags: string
    noItems: string
    itemsCaption: (problems: number, suggestions: number, rectifications: number) => string
    itemHeaders: { n: string; problem: string; suggestion: string; rectification: string }
    /** A self-evaluation form's lists: 存在问题 and 改进措施 (it has no 整改情况). */
    formItems: string
    formItemsCaption: (problems: number, measures: number) => string
    measureHeader: string
    itemNumber: (n: number) => string
    notListed: string
    themeChips: string
    keywords: (description: string, keywords: readonly string[]) => string
    filtering: string
    parserNotes: string
    noParserNotes: string
    viewSource: (startLine: number, endLine: number) => string
    copyCitation: string
    copied: string
    copyFailed: (citation: string) => string
  }

  /** The drawer's cross-year section (src/drilldown/SeriesSection.tsx): the project in each year, its links and candidates. */
  seriesPanel: {
    /** "历年（3 个年度）": n is the number of records in the series. */
    heading: (n: number) => string
    caption: string
    /** amountUnit: after the amount's header, a line of its own where the column is narrow. */
    headers: { year: string; amount: string; amountUnit: string; score: string; grade: string; rate: string }
    /** The accessible name of the button that opens another year's record; contains the year as shown. */
    open: (year: string) => string
    /** Beside a score that equals the previous year's. */
    same: string
    /** Why a record is in the series: the same code, the same name, or the user's link. */
    basis: { code: string; name: string; user: string; copy: string }
    linksHeading: string
    /** "2018：名称相同"; `current` for the open record. */
    member: (year: string, basis: string, current: boolean) => string
    confirm: string
    confirmLabel: (year: string) => string
    detach: string
    detachLabel: (year: string) => string
    /** Said after a decision, through the live region. */
    confirmed: (year: string) => string
    detached: (year: string) => string
    joined: (name: string) => string
    candidates: string
    candidatesNote: string
    /** likeness in percent (0–100), whole. */
    candidate: (dataset: string, reason: 'same-name' | 'similar-name', likeness: number, sameDepartment: boolean) => string
    join: string
    joinLabel: (name: string, dataset: string) => string
    pairs: string
    pairsNote: string
    /** "2019 年存在问题 · 2018 年整改情况". */
    pairHeading: (year: string, previousYear: string, measures: boolean) => string
    problems: (year: string) => string
    rectifications: (year: string) => string
    measures: (year: string) => string
    /** The previous year is a self-evaluation form: no 整改情况, its 改进措施 instead. */
    measuresNote: (year: string) => string
    noItems: string
    /** A problem that recurred: a word beside it, then its evidence. */
    recurred: string
    recurredNote: (previousYear: string, previousProblem: number, phrases: readonly string[], rectification: number) => string
    /** Beside the rectification a later problem repeats. */
    recurredLater: (year: string, problem: number) => string
  }

  /** Linking the open record by hand to any record of another dataset (src/drilldown/LinkSearch.tsx). */
  linkSearch: {
    /** The disclosure's summary. */
    open: string
    label: string
    /** Under an empty box. limit: how many records are listed at most. */
    hint: (limit: number) => string
    none: string
    /** More records match than are listed. */
    more: (limit: number) => string
    /** Beside a record's dataset, when it has a code. */
    code: (code: string) => string
    /** In place of a record's name when it has none. */
    unnamed: string
  }

  /** Under each audit flag in the drawer: its numbers (src/drilldown/flag-notes.ts). Numbers come formatted. */
  flagNotes: {
    scoreFell: (previousYear: string, from: string, year: string, to: string, delta: string) => string
    problemRecurred: (problem: number, previousYear: string, previousProblem: number, phrases: readonly string[], rectification: number, text: string) => string
    /** execution: the execution score the total includes, or null when the indicators make up 100 alone. */
    scoreSum: (stated: string, indicators: string, execution: string | null, sum: string) => string
    /** capped: rate × weight is above the weight, so the weight is expected. */
    executionScore: (stated: string, rate: string, weight: string, expected: string, capped: boolean) => string
    rateAmount: (stated: string, spent: string, budget: string, computed: string) => string
    targetMissed: (name: string, target: string, actual: string, weight: string) => string
    templateText: (field: string, cell: string | null, text: string) => string
  }

  /** A project whose problems, suggestions and rectifications differ in count (src/drilldown/ItemLists.tsx). */
  itemLists: {
    note: string
    /** "存在问题（4 条）". */
    heading: (list: ItemListKind, n: number) => string
    inferred: string
    inferredNote: string
    /** "建议（3）→ 问题（4）：共有「服务热线」「业务台账」". */
    pair: (list: ItemListKind, item: number, problem: number, phrases: readonly string[]) => string
    unpaired: (list: ItemListKind, item: number) => string
  }

  citation: (title: string, name: string, sourceName: string, startLine: number, endLine: number, page: number | undefined) => string
  /** The citation of a record read from a form: the place instead of lines. */
  tableCitation: (title: string, name: string, sourceName: string, place: TablePlace) => string

  diagnostics: {
    error: string
    warning: string
    line: (n: number) => string
    heading: (sourceName: string, n: number) => string
    more: (n: number) => string
  }

  imports: {
    button: string
    hint: string
    reading: (fileName: string, fileIndex: number, fileCount: number, page: number | null, pages: number | null) => string
    dismiss: string
    /** forms: how many of each self-evaluation form the file held; empty for a result report. */
    imported: (fileName: string, projects: number, notes: number, forms?: FormCounts) => string
    /** A file that lost values (src/domain/import-summary.ts): the import said as a loss, with where to check it. */
    importedWithLoss: (fileName: string, projects: number, notes: number, loss: ImportLoss, forms?: FormCounts) => string
    /** An import activated while filters were on: they were cleared, so every new project shows. */
    filtersCleared: string
    readFailed: (fileName: string, error: string) => string
    tooLarge: (fileName: string, size: string, limit: string) => string
    empty: (fileName: string) => string
    unsupported: (fileName: string) => string
    notPdf: (fileName: string) => string
    noTextLayer: (fileName: string) => string
    encrypted: (fileName: string) => string
    pdfFailed: (fileName: string) => string
    noText: (fileName: string) => string
    binary: (fileName: string) => string
    /** detail: the reader's own Chinese description of the first problem (a path and what it should be). */
    badJson: (fileName: string, detail: string) => string
    jsonNoProjects: (fileName: string) => string
    /** reason: the first error of the CSV reader, already in this language. */
    badCsv: (fileName: string, reason: string) => string
    csvNoProjects: string
    noBlocks: (fileName: string) => string
    /** A workbook, Word file or page a reader refused; detail: the reader's Chinese description. */
    documentEncrypted: (fileName: string) => string
    macroEnabled: (fileName: string) => string
    documentTooLarge: (fileName: string, detail: string) => string
    documentDamaged: (fileName: string, detail: string) => string
    word97: (fileName: string) => string
    notADocument: (fileName: string) => string
  }

  storage: {
    readingStored: string
    /** What a failed save of the user's series links names. */
    savingLinks: string
    full: (what: string) => string
    unavailable: (what: string) => string
    failed: (what: string, reason: string) => string
    corruptEntry: (key: string) => string
    corruptDataset: (fileName: string, reason: string | null) => string
  }

  charts: {
    region: string
    downloadPng: string
    noProjects: string
    scatter: {
      heading: string
      file: string
      caption: string
      /** After the caption, on screen only: how to work the chart with a pointer. */
      hint: string
      unplotted: (n: number) => string
      shapes: string
      noBrush: string
      brushed: string
      clearBrush: string
      selectArea: string
      xAxis: string
      yAxis: string
      ungraded: string
      bands: string
      /** The series that draws the open project once more, on top. */
      openSeries: string
      tooltipDataset: (label: string) => string
      tooltipAmount: (formattedWan: string) => string
      tooltipScore: (formatted: string) => string
      tooltipGrade: (grade: Grade | null) => string
      description: (plotted: number, unplotted: number) => string
      shapesDescription: (keys: readonly string[]) => string
      /** How the keyboard works the chart (the focused chart's description). */
      keys: string
      /** A point under the keyboard cursor; `dataset` only when several datasets are compared. */
      cursor: (point: { name: string; amount: string; score: string; grade: Grade | null; dataset: string | null } & CursorPlace) => string
    }
    grade: {
      heading: string
      file: string
      caption: string
      /** After the caption, on screen only: how to work the chart with a pointer. */
      hint: string
      ungraded: (n: number) => string
      axis: string
      barLabel: (count: number, share: string) => string
      /** After the grade's name: "：5 项". */
      tooltipCount: (count: number) => string
      tooltipAmount: (formattedWan: string, share: string) => string
      tooltipHint: string
      description: (bars: readonly { grade: Grade; count: number; share: string }[], ungraded: number) => string
      keys: string
      /** `filtering`: the grade is in the grade filter. */
      cursor: (bar: { grade: Grade; count: number; share: string; filtering: boolean } & CursorPlace) => string
    }
    rate: {
      heading: string
      file: string
      caption: (target: number) => string
      /** After the bars' caption, on screen only: how to work the chart with a pointer. */
      hint: string
      /** Beyond `max` stated rates the chart counts projects per band of rates. */
      binsCaption: (max: number, target: number) => string
      noneStated: string
      series: string
      axis: string
      binTooltip: (band: string, count: number) => string
      binsDescription: (stated: number, bins: readonly { label: string; count: number }[], undisclosed: number) => string
      undisclosed: (n: number) => string
      moreUndisclosed: (n: number) => string
      tooltip: (formattedRate: string) => string
      descriptionNone: (undisclosed: number) => string
      description: (bars: number, topName: string, topRate: string, target: number, undisclosed: number) => string
      keys: string
      binsKeys: string
      cursor: (bar: { name: string; rate: string } & CursorPlace) => string
      binCursor: (bin: { band: string; count: number } & CursorPlace) => string
    }
    theme: {
      heading: string
      file: string
      heatmapCaption: string
      barsCaption: (max: number) => string
      /** After the caption, on screen only: how to work the chart with a pointer. */
      heatmapHint: string
      barsHint: string
      items: (n: number) => string
      atLeastItems: (n: number) => string
      series: string
      axis: string
      barLabel: (projects: number, items: number) => string
      cellCount: (theme: string, n: number) => string
      cellHint: string
      /** After the theme's name: "：30 个项目（62.5%），42 条问题". */
      barSummary: (projects: number, share: string, items: number) => string
      barHint: string
      description: (
        mode: 'heatmap' | 'bars',
        projects: number,
        found: readonly { theme: ThemeId; projects: number; items: number }[],
        absent: readonly ThemeId[],
      ) => string
      heatmapKeys: string
      barsKeys: string
      /** A heat-map cell under the cursor: the project, the theme, its items there. */
      cellCursor: (cell: { name: string; theme: ThemeId; items: number; filtering: boolean } & CursorPlace) => string
      barCursor: (bar: { theme: ThemeId; projects: number; items: number; filtering: boolean } & CursorPlace) => string
    }
  }
}
