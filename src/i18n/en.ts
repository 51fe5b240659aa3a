import type { AuditFlagId } from '../domain/audit-flags.ts'
import { formatMillions, formatScore, formatWan, MISSING } from '../domain/format.ts'
import { GRADES } from '../domain/grade.ts'
import { CORE_FIELDS, type CoreField, type FormCounts, type ImportLoss } from '../domain/import-summary.ts'
import type { ThemeId } from '../domain/problem-themes.ts'
import type { ChangeKind } from '../domain/series-changes.ts'
import type { FormKind, Grade } from '../domain/types.ts'
import type { SortColumn, SortKey } from '../domain/view.ts'
import type { FlagText, FormText, Messages, ResultChange, TablePlace, ThemeText } from './messages.ts'

/** "1 project", "2 projects", "0 projects". */
export const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`

const projects = (n: number): string => count(n, 'project')
const items = (n: number): string => count(n, 'item')
/** "1 project lacks", "3 projects lack": the verb agrees with the count. */
const projectsVerb = (n: number, singular: string, plural: string): string => `${projects(n)} ${n === 1 ? singular : plural}`

/**
 * Grades keep their Chinese character, which is what a reader matches against the report, with the
 * English name beside it: 优 Excellent, 良 Good, 中 Fair, 差 Poor (the bands of 财预〔2020〕10号).
 */
const GRADE_NAMES: Readonly<Record<Grade, string>> = { 优: 'Excellent', 良: 'Good', 中: 'Fair', 差: 'Poor' }
const gradeLabel = (grade: Grade): string => `${grade} ${GRADE_NAMES[grade]}`

/** English names of the problem themes of src/domain/problem-themes.ts; the keywords stay Chinese, as they match Chinese text. */
const themes: Readonly<Record<ThemeId, ThemeText>> = {
  budgeting: {
    label: 'Budget preparation',
    short: 'Budgeting',
    description:
      'Budgets that are imprecise or too coarse, drawn up on the wrong basis (口径) or wrongly classified, with second- and third-level items set up poorly.',
  },
  execution: {
    label: 'Budget execution',
    short: 'Execution',
    description:
      'Low execution rates, slow progress, funds left unspent or idle, and work that changed much from the budget or was not carried out.',
  },
  funds: {
    label: 'Use of funds and accounting',
    short: 'Funds',
    description:
      'Irregular use of funds, wrong accounting or charging, and spending mixed up between the project and running costs or between projects.',
  },
  contracts: {
    label: 'Contract management',
    short: 'Contracts',
    description: 'Signing contracts, their terms, payment and performance, and acceptance of the services or results.',
  },
  targets: {
    label: 'Performance targets and indicators',
    short: 'Targets',
    description:
      'Performance targets missing, unreasonable or not quantified; indicators too coarse, not measurable or not matched to the budget.',
  },
  records: {
    label: 'Rules and records',
    short: 'Records',
    description: 'Management rules missing or not applied; ledgers, files, records and assessment results not set up or not kept.',
  },
  procurement: {
    label: 'Procurement',
    short: 'Procurement',
    description: 'Government procurement and tendering: procedure, method, choice of suppliers.',
  },
  satisfaction: {
    label: 'Satisfaction',
    short: 'Satisfaction',
    description: 'Low satisfaction, poor experience or little recognition among the people served, users or beneficiaries.',
  },
  other: {
    label: 'Other',
    short: 'Other',
    description: 'Problems in which none of the keywords of the themes above occurs, left for a person to classify.',
  },
}

/** English names of the audit flags of src/domain/audit-flags.ts. */
const flags: Readonly<Record<AuditFlagId, FlagText>> = {
  'grade-band-mismatch': {
    label: 'Score outside its grade band',
    description: 'The score is not in the band of the stated grade (优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60).',
  },
  'suggestions-mismatch': {
    label: 'Suggestions ≠ problems',
    description:
      'The suggestions (a form’s measures) and the problems both list items, but not as many, so matching them item by item leaves gaps; a list with no item is not compared (see Missing field).',
  },
  'rectifications-mismatch': {
    label: 'Rectifications ≠ problems',
    description:
      'The rectifications and the problems both list items, but not as many, so matching them item by item leaves gaps; a list with no item is not compared (see Missing field).',
  },
  'no-execution-rate': {
    label: 'No execution rate',
    description: 'The project’s text does not state a budget-execution rate.',
  },
  'missing-field': {
    label: 'Missing field',
    description:
      'The project name, final amount, score, grade, main performance, or the problems, suggestions or rectifications are missing or unreadable.',
  },
  'parse-doubt': {
    label: 'Parsing doubt',
    description:
      'While parsing, text belonged to no field, a line starting with a label word was read as part of the field before it, a list had text before its first item, or the amount’s unit was assumed.',
  },
  'score-fell': {
    label: 'Score fell',
    description: 'The score is lower than the same project’s score in the previous year of its series (never on the first year).',
  },
  'problem-recurred': {
    label: 'Problem recurred',
    description:
      'A problem says substantially the same as one of the previous year (shared phrases) whose rectification said it was dealt with.',
  },
  'score-sum-mismatch': {
    label: 'Total ≠ sum of scores',
    description:
      'The self-evaluation total differs from the indicator scores added up (plus the execution score when the total includes it), beyond rounding.',
  },
  'execution-score-mismatch': {
    label: 'Execution score ≠ rate',
    description: 'The budget-execution score differs from the execution rate × its weight (capped at the weight), beyond rounding.',
  },
  'rate-amount-mismatch': {
    label: 'Rate ≠ spent ÷ budget',
    description: 'The stated execution rate differs from the amount spent ÷ the full-year budget, beyond rounding.',
  },
  'target-missed-full-marks': {
    label: 'Target missed, full marks',
    description: 'An indicator got its full weight although its actual value misses its numeric target in the stated direction (≥, ≤, =).',
  },
  'template-text': {
    label: 'Template instructions left',
    description: 'A cell still holds the form template’s instructions to the filler (“结合自评情况…（200字以内）”), not content.',
  },
}

const range = (lo: string, hi: string): string => `${lo}–${hi}`

const forms: Readonly<Record<FormKind, FormText>> = {
  result: { short: 'Result', long: 'Performance evaluation results' },
  'project-self-evaluation': { short: 'Project self-eval', long: 'Project expenditure self-evaluation form' },
  'department-self-evaluation': { short: 'Department self-eval', long: 'Department overall expenditure self-evaluation form' },
}

/** "sheet “项目自评”, A1:J38" or "page 3, table 2, A1:J38". */
const tablePlace = ({ sheet, page, table, cells }: TablePlace): string =>
  [sheet === null ? null : `sheet “${sheet}”`, page === null ? null : `page ${page}`, sheet === null ? `table ${table}` : null, cells]
    .filter((part) => part !== null)
    .join(', ')

/** The columns as a sort announcement names them. */
const SORT_NAMES: Readonly<Record<SortColumn, string>> = {
  dataset: 'dataset',
  name: 'project name',
  budget: 'budget',
  amount: 'final amount',
  score: 'score',
  grade: 'grade',
  executionRate: 'execution rate',
  problemCount: 'number of problems',
  scoreDelta: 'score change',
  amountDelta: 'amount change',
}

/** The change facet's options and the filter pill's words (src/domain/series-changes.ts). */
const CHANGE_TEXT: Readonly<Record<ChangeKind, FlagText>> = {
  fell: { label: 'Score down', description: 'The score is lower than the same project’s score in the previous year' },
  rose: { label: 'Score up', description: 'The score is higher than the same project’s score in the previous year' },
  same: { label: 'Same score', description: 'The score equals the same project’s score in the previous year' },
  new: { label: 'New', description: 'No record of the same project in the previous year, although its department has a dataset of an earlier year' },
  gone: { label: 'Gone', description: 'No record of the same project in the next year, although its department has a dataset of a later year' },
}

/** The audit-flag facet and the diagnostics list, as their headings read: a notice points the reader to them. */
const FLAGS_HEADING = 'Audit flags'
const DIAGNOSTICS_HEADING = 'Parser diagnostics'

/** The core fields as a lost-values notice names them: the sort names, and problems as the report lists them. */
const LOST_FIELD_NAMES: Readonly<Record<CoreField, string>> = {
  name: SORT_NAMES.name,
  amountWan: SORT_NAMES.amount,
  score: SORT_NAMES.score,
  grade: SORT_NAMES.grade,
  problems: 'problems',
}

/** "Imported a.txt: 8 projects; 3 of them lack values (project name 2, problems 3); 5 parser notes. Check them under …" */
const SELF_EVALUATION_KINDS = ['project-self-evaluation', 'department-self-evaluation'] as const
/** "3 project self-evaluation forms, 1 department self-evaluation form; ": what a file of forms held. */
function formsPhrase(counts: FormCounts | undefined): string {
  const parts = SELF_EVALUATION_KINDS.flatMap((kind) => ((counts?.[kind] ?? 0) > 0 ? [count(counts?.[kind] ?? 0, forms[kind].long)] : []))
  return parts.length === 0 ? '' : `${parts.join(', ')}; `
}

function importedWithLoss(fileName: string, n: number, notes: number, loss: ImportLoss, formCounts?: FormCounts): string {
  const fields = CORE_FIELDS.filter((f) => loss.byField[f] > 0).map((f) => `${LOST_FIELD_NAMES[f]} ${loss.byField[f]}`)
  const lacking = loss.projects > 0 ? `; ${loss.projects} of them ${loss.projects === 1 ? 'lacks' : 'lack'} values (${fields.join(', ')})` : ''
  const errors = loss.errors > 0 ? ` (${count(loss.errors, 'error')})` : ''
  const noted = notes > 0 ? `; ${count(notes, 'parser note')}${errors}` : ''
  // Projects that lack values are what the flag filter finds; errors about the file only the diagnostics list shows.
  const where = loss.projects > 0 ? `${FLAGS_HEADING} › ${flags['missing-field'].label}` : DIAGNOSTICS_HEADING
  return `Imported ${fileName}: ${formsPhrase(formCounts)}${projects(n)}${lacking}${noted}. Check them under ${where}.`
}

/** "Sorted by score, descending, then by project name, ascending"; no key: the report's own order. */
const sortPhrase = (keys: readonly SortKey[]): string =>
  keys.length === 0
    ? 'In the report’s own order'
    : `Sorted by ${keys.map((k) => `${SORT_NAMES[k.id]}, ${k.desc ? 'descending' : 'ascending'}`).join(', then by ')}`

function resultAnnouncement({ sorting, filtered, shown, total }: ResultChange): string {
  if (sorting === null) return `Showing ${shown} of ${projects(total)}.`
  return filtered ? `${sortPhrase(sorting)}; showing ${shown} of ${projects(total)}.` : `${sortPhrase(sorting)}; ${projects(shown)}.`
}

/** A print date and time in local time: 3 December 2026, 18:52. */
const EN_DATE = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' })
const EN_TIME = new Intl.DateTimeFormat('en-GB', { timeStyle: 'short' })

/** ", 3 / 8": where the keyboard cursor is, last in what it says. */
const place = ({ position, of }: { position: number; of: number }): string => `, ${position} / ${of}`
const filteringNote = (filtering: boolean): string => (filtering ? ', filter on' : '')

const brushRange = (brush: { amount: readonly [number, number]; score: readonly [number, number] }): string =>
  `amount ${range(formatWan(brush.amount[0]), formatWan(brush.amount[1]))} (10k CNY), score ${range(formatScore(brush.score[0]), formatScore(brush.score[1]))}`

/** Shared phrases as evidence: “一次性支付”, “合同”. */
const quotedPhrases = (phrases: readonly string[]): string => phrases.map((p) => `“${p}”`).join(', ')
const ITEM_LISTS = { problems: 'Problems', suggestions: 'Suggestions', measures: 'Improvement measures', rectifications: 'Rectifications' } as const
const ITEM_ONE = { problems: 'Problem', suggestions: 'Suggestion', measures: 'Measure', rectifications: 'Rectification' } as const

export const en: Messages = {
  lang: 'en',

  language: {
    switchLabel: '中文',
    switchLang: 'zh-CN',
    switchTitle: '切换到中文界面',
  },

  common: {
    notDisclosed: 'Not disclosed',
    missing: MISSING,
    unnamed: '(project name not stated)',
    all: 'All',
    projects,
    dateTime: (date) => date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }),
  },

  grades: {
    label: gradeLabel,
    name: GRADE_NAMES,
    axis: (grade) => `${grade}\n${GRADE_NAMES[grade]}`,
  },

  themes,
  flags,
  forms,

  page: {
    brand: 'jixiao 绩效 · project performance-evaluation results',
    documentTitle: 'jixiao 绩效 — project performance-evaluation results',
    loading: 'Loading the report…',
    appLoadFailed: 'The page’s code could not be loaded. Check the connection, then reload the page.',
    loadError: (file, reason) => `Could not load the report ${file}: ${reason}`,
    chartsLoading: 'Loading the charts…',
    chartsFailed: 'The charts could not be loaded (offline, or the app was updated): reload the page.',
    chartsOnScroll: 'The charts load when you scroll here.',
    chartsLoad: 'Load the charts',
    layingOut: 'Laying out the charts and the project table…',
    tableRegion: 'Project list',
    skipToTable: 'Skip to the project table',
    dropOverlay: 'Drop the files to import them',
  },

  colorScheme: {
    legend: 'Colour scheme',
    system: 'System',
    light: 'Light',
    dark: 'Dark',
  },

  print: {
    button: 'Print audit memo',
    selectionTitle: 'Print the projects of the current selection, the key figures and the charts',
    projectTitle: (name) => `Print the facts, problems and rectifications of “${name}”`,
    memo: 'Audit memo',
    printedAt: (date) => `Printed ${EN_DATE.format(date)}, ${EN_TIME.format(date)}`,
    scope: 'Scope: ',
    selectionScope: (shown, total) => `${shown} of ${projects(total)} in the current selection`,
    projectScope: (name) => `the project “${name}”`,
    dataset: (label, fileName) => (label === fileName ? fileName : `${label} (${fileName})`),
    datasets: (list) => `${list.length === 1 ? 'Dataset' : 'Datasets'}: ${list.join('; ')}`,
    filters: (labels) => `Filters: ${labels.length === 0 ? 'none (every project)' : labels.join('; ')}`,
    sorting: (keys) => `Order: ${keys.length === 0 ? 'the report’s own' : sortPhrase(keys).replace(/^Sorted/, 'sorted')}`,
    pageNumber: (page, pages) => `Page ${page} of ${pages}`,
    citation: 'Citation: ',
    sources: 'Sources of the projects',
    moreSources: (n) => `${projectsVerb(n, 'is', 'are')} not listed here; the exported CSV or JSON gives every source.`,
  },

  copyLink: {
    button: 'Copy link',
    title: 'Copy the link to this page: whoever opens it sees the same filters, sort and project',
    copied: 'Copied',
    announced: 'Link copied.',
    failed: 'Could not copy the link; copy it from the address bar.',
  },

  datasetHeader: {
    comparing: 'All datasets compared',
    untitled: 'Project performance-evaluation results',
    department: 'Department',
    year: 'Year',
    source: 'Source',
    importedAt: 'Imported',
  },

  datasets: {
    region: 'Datasets',
    all: 'All datasets',
    projectCount: (fileName, n) => `${fileName} · ${projects(n)}`,
    allCount: (datasets, n) => `${count(datasets, 'dataset')} · ${projects(n)}`,
    remove: (fileName) => `Remove ${fileName}`,
    removed: (fileName) => `Removed ${fileName}.`,
    undo: 'Undo',
    allFileName: 'all-datasets',
  },

  keyFigures: {
    region: 'Key figures',
    count: 'Projects',
    total: 'Total final amount (10k CNY)',
    totalValue: (wan) => wan,
    totalApprox: (wan) => `≈ CNY ${formatMillions(wan)} million`,
    noAmount: (n) => ` (${projectsVerb(n, 'states', 'state')} no amount)`,
    mean: 'Mean score',
    weighted: 'Amount-weighted mean score',
    weightedTitle: 'The mean score weighted by final amount',
    grades: 'Grades',
    gradeCounts: (counts) => GRADES.map((g) => `${gradeLabel(g)} ${counts[g]}`).join(' · '),
    rates: 'Execution rate stated',
    ratesValue: (stated, total) => `${stated} of ${projects(total)}`,
    commonTheme: 'Most common problem theme',
    commonThemeTitle: 'The problem theme found in the most projects (classified by keywords)',
    commonThemeDetail: (n, total, problems) => `${n} of ${projects(total)}, ${count(problems, 'problem')}`,
  },

  filters: {
    region: 'Active filters',
    search: (query) => `Search “${query}”`,
    grades: (grades) => `Grade: ${grades.map(gradeLabel).join(', ')}`,
    amount: (r) => `Final amount ${r} (10k CNY)`,
    score: (r) => `Score ${r}`,
    themes: (ids) => `Problem theme: ${ids.map((id) => themes[id].label).join(', ')}`,
    flags: (ids) => `Audit flag: ${ids.map((id) => flags[id].label).join(', ')}`,
    forms: (ids) => `Form: ${ids.map((id) => forms[id].short).join(', ')}`,
    changes: (ids) => `Change: ${ids.map((id) => CHANGE_TEXT[id].label).join(', ')}`,
    brush: (brush) => `Chart area: ${brushRange(brush)}`,
    brushRange,
    remove: (label) => `Remove filter: ${label}`,
    clearAll: 'Clear all filters',
  },

  search: {
    label: 'Search projects, problems and rectifications',
    placeholder: 'Type keywords (press / to jump here)',
    count: (total, shown) => `Showing ${shown} of ${projects(total)}`,
  },

  gradeChips: {
    group: 'Filter by grade',
  },

  ranges: {
    amount: 'Final amount',
    amountUnit: ' (10k CNY)',
    score: 'Score',
    min: (legend) => `${legend}, minimum`,
    max: (legend) => `${legend}, maximum`,
    minPlaceholder: 'Min',
    maxPlaceholder: 'Max',
    unreadableAmount: (text) => `Cannot read “${text}”: enter a number, optionally with a unit: 元, 万元 or 亿元.`,
    unreadableScore: (text) => `Cannot read “${text}”: enter a number from 0 to 100.`,
    negativeAmount: (text) => `“${text}” is below 0: an amount cannot be negative.`,
    scoreOutOfRange: (text) => `“${text}” is not between 0 and 100: scores are out of 100.`,
    minAboveMax: 'The minimum is above the maximum: no project can match.',
  },

  facets: {
    group: (label) => `Filter by ${label.toLowerCase()}`,
    themes: 'Problem themes',
    flags: FLAGS_HEADING,
    forms: 'Form',
    changes: 'Change from the previous year',
  },

  moreFilters: {
    rate: 'Execution rate',
    rateUnit: ' (%)',
    problems: 'Number of problems',
    unreadableRate: (text) => `Cannot read “${text}”: enter a percentage, such as 85 or 85%.`,
    negativeRate: (text) => `“${text}” is below 0: a rate cannot be negative.`,
    unreadableCount: (text) => `Cannot read “${text}”: enter a whole number, such as 2.`,
    negativeCount: (text) => `“${text}” is below 0: a count cannot be negative.`,
    countNotWhole: (text) => `“${text}” is not a whole number: problems are counted one by one.`,
    rateExcludesUndisclosed: 'Projects that state no execution rate are left out of this range.',
    departments: 'Department',
    years: 'Year',
    rateFilter: (r) => `Execution rate ${r}`,
    problemsFilter: (r) => `Problems ${r}`,
    departmentsFilter: (names) => `Department: ${names.join(', ')}`,
    yearsFilter: (years) => `Year: ${years.join(', ')}`,
    searchHelp: 'Spaces: every term; -word: without it; OR or |: either; "two words": as one phrase.',
    snippetField: (field, item, form) => {
      switch (field) {
        case 'unit':
          return form ? 'Implementing unit' : 'Unit'
        case 'performance':
          return form ? 'Actual completion' : 'Main performance'
        case 'problems':
          return `Problem (${item})`
        case 'suggestions':
          return form ? `Measure (${item})` : `Suggestion (${item})`
        case 'rectifications':
          return `Rectification (${item})`
      }
    },
  },

  changes: {
    kinds: CHANGE_TEXT,
    down: 'down ',
    up: 'up ',
    gradeMoved: (from, to) => `Grade went from ${gradeLabel(from)} to ${gradeLabel(to)}`,
  },

  compare: {
    region: 'Datasets compared',
    note: 'Under the current filters.',
    figuresCaption: 'Key figures of each dataset',
    figure: 'Figure',
    projects: 'Projects',
    total: 'Total final amount (10k CNY)',
    mean: 'Mean score',
    grades: 'Grades',
    rate: 'Mean execution rate',
    rateStated: (stated, total) => `${stated} of ${total} stated`,
    ungraded: 'No grade',
    departmentCaption: 'Department × year: projects, mean score, grades and mean execution rate',
    department: 'Department',
    unknownDepartment: '(No department stated)',
    unknownYear: 'Year not stated',
    year: (year) => String(year),
    cellProjects: (n) => projects(n),
    cellMean: (score) => `mean ${score}`,
    cellRate: (rate, stated, total) => `rate ${rate} (${stated} of ${total} stated)`,
    noProjects: 'no projects',
  },

  table: {
    caption: (n) =>
      `Project performance-evaluation results, ${projects(n)} shown. Click a column header to sort, click again to reverse; Shift-click adds a column to the sort.`,
    headers: {
      dataset: 'Dataset',
      name: 'Project name',
      form: 'Form',
      budget: 'Budget (10k CNY)',
      amount: 'Final amount (10k CNY)',
      score: 'Score',
      grade: 'Grade',
      executionRate: 'Execution rate',
      problemCount: 'Problems',
      scoreDelta: 'Score Δ',
      amountDelta: 'Amount Δ (10k CNY)',
      gradeChange: 'Grade change',
    },
    headerWords: {
      name: ['Project', 'name'],
      budget: ['Budget', '(10k CNY)'],
      amount: ['Final', 'amount', '(10k CNY)'],
      executionRate: ['Execution', 'rate'],
      amountDelta: ['Amount Δ', '(10k CNY)'],
      gradeChange: ['Grade', 'change'],
    },
    sortOrder: (position, descending) => ` (sort key ${position}, ${descending ? 'descending' : 'ascending'})`,
    empty: 'No project matches the filters',
    clearFilters: 'Clear filters',
  },

  results: {
    announce: resultAnnouncement,
  },

  exports: {
    group: 'Export the current table',
    csv: 'Export CSV',
    json: 'Export JSON',
    note: (n) => `(${projects(n)}, filtered and sorted as shown)`,
  },

  xlsx: {
    button: 'Export Excel',
    sheets: { projects: 'Projects', items: 'Items', indicators: 'Indicators' },
    projectHeaders: {
      dataset: 'Dataset',
      name: 'Project name',
      code: 'Project code',
      department: 'Supervising department',
      unit: 'Implementing unit',
      form: 'Form',
      budget: 'Budget (10k CNY)',
      amount: 'Final amount (10k CNY)',
      score: 'Score',
      grade: 'Grade',
      executionRate: 'Execution rate (%)',
      executionWeight: 'Execution weight',
      executionScore: 'Execution score',
      themes: 'Problem themes',
      flags: 'Audit flags',
      series: 'Series key',
      problems: 'Problems',
      suggestions: 'Suggestions / measures',
      rectifications: 'Rectifications',
      sourceFile: 'Source file',
      sourcePlace: 'Location',
    },
    itemHeaders: { dataset: 'Dataset', project: 'Project name', list: 'List', n: 'No.', text: 'Text' },
    indicatorHeaders: {
      dataset: 'Dataset',
      project: 'Project name',
      level1: 'Level 1',
      level2: 'Level 2',
      name: 'Indicator',
      direction: 'Direction',
      target: 'Target',
      actual: 'Actual',
      unit: 'Unit',
      weight: 'Weight',
      score: 'Score',
      note: 'Reason for deviation',
    },
    lists: { problems: 'Problem', suggestions: 'Suggestion', measures: 'Measure', rectifications: 'Rectification' },
    join: (labels) => labels.join('; '),
    lines: (startLine, endLine, page) => `${page === undefined ? '' : `page ${page}, `}lines ${startLine}–${endLine}`,
    table: tablePlace,
  },

  drawer: {
    previous: '← Previous',
    next: 'Next →',
    notInSelection: 'Not in the current selection',
    close: 'Close project details',
    flags: 'Audit flags',
    performance: 'Main performance',
    items: 'Problems, suggestions and rectifications',
    facts: {
      amount: 'Final amount (10k CNY)',
      amountValue: (wan) => wan,
      score: 'Score',
      grade: 'Grade',
      executionRate: 'Execution rate',
      unit: 'Unit',
      source: 'Source',
      sourceWhere: (sourceName, startLine, endLine, page) =>
        `${sourceName}${page === undefined ? '' : `, page ${page}`}, lines ${startLine}–${endLine}`,
      pdfLines: ' (line numbers refer to the text extracted from the PDF)',
      form: 'Form',
      code: 'Project code',
      department: 'Supervising department',
      implementingUnit: 'Implementing unit',
      budget: 'Full-year budget (10k CNY)',
      initialBudget: 'Budget at the start of the year (10k CNY)',
      executed: 'Spent in the year (10k CNY)',
      selfScore: 'Self-evaluation score',
      executionPoints: 'Budget execution score',
      tableWhere: (sourceName, where) => `${sourceName}, ${tablePlace(where)}`,
    },
    goals: 'Annual goals',
    indicators: {
      heading: 'Performance indicators',
      caption: (n, lost) => `${count(n, 'indicator')}${lost > 0 ? `; ${lost} scored below their weight (marked “lost points”)` : ''}`,
      headers: { name: 'Indicator', values: 'Target → actual', points: 'Score / weight' },
      note: 'Reason for deviation: ',
      lostPoints: 'lost points',
    },
    fieldNames: {
      name: 'project name',
      department: 'supervising department',
      unit: 'implementing unit',
      amountWan: 'amount spent',
      budgetWan: 'full-year budget',
      initialBudgetWan: 'budget at the start of the year',
      executionWeight: 'budget execution weight',
      executionScore: 'budget execution score',
      executionRate: 'execution rate',
      score: 'self-evaluation score',
      grade: 'grade',
      goals: 'annual goals',
      performance: 'results achieved',
      problems: 'problems',
      suggestions: 'improvement measures',
    },
    sourceTable: {
      summary: (where) => `View the source table (${tablePlace(where)})`,
      caption: (where) => `The form as published: ${tablePlace(where)}`,
      legend: 'Outlined cells are where the values above were read; hover one to see which.',
      cellNote: (fields, address) => `Source of the ${fields.join(', ')} (${address})`,
      truncated: (shown, total) => `The table has ${total} rows; the first ${shown} are shown.`,
    },
    noFlags: 'No audit flags.',
    noItems: 'This project lists no problems, suggestions or rectifications.',
    itemsCaption: (p, s, r) => `${count(p, 'problem')} · ${count(s, 'suggestion')} · ${count(r, 'rectification')}`,
    itemHeaders: { n: 'No.', problem: 'Problem', suggestion: 'Suggestion', rectification: 'Rectification' },
    formItems: 'Problems and measures',
    formItemsCaption: (p, m) => `${count(p, 'problem')} · ${count(m, 'measure')}`,
    measureHeader: 'Measure',
    itemNumber: (n) => `(${n})`,
    notListed: '(not listed)',
    themeChips: 'Problem themes',
    keywords: (description, keywords) => `${description} (keywords: ${keywords.join(', ')})`,
    filtering: ' (filtered)',
    parserNotes: 'Parser notes',
    noParserNotes: 'The parser found nothing to report in this project.',
    viewSource: (startLine, endLine) => `View the source text (lines ${startLine}–${endLine})`,
    copyCitation: 'Copy citation',
    copied: 'Copied',
    copyFailed: (citation) => `No access to the clipboard; copy it by hand: ${citation}`,
  },

  seriesPanel: {
    heading: (n) => `Across years (${count(n, 'record')})`,
    caption: 'The same project in each dataset, in year order; beside each score, the change from the previous year.',
    headers: { year: 'Year', amount: 'Amount', amountUnit: ' (10k CNY)', score: 'Score', grade: 'Grade', rate: 'Execution' },
    open: (year) => `Open ${year}`,
    same: 'same',
    basis: { code: 'same code', name: 'same name', user: 'confirmed', copy: 'the same record imported again' },
    linksHeading: 'Why they are linked',
    member: (year, basis, current) => `${year}${current ? ' (this record)' : ''}: ${basis}`,
    confirm: 'Confirm',
    confirmLabel: (year) => `Confirm ${year} is the same project`,
    detach: 'Not the same project',
    detachLabel: (year) => `Not the same project: ${year}`,
    confirmed: (year) => `Confirmed: ${year} is the same project.`,
    detached: (year) => `${year} taken out of this series.`,
    joined: (name) => `Linked “${name}”.`,
    candidates: 'Possibly the same project (not linked)',
    candidatesNote: 'Records of other years with the same or a similar name; link one only when it is the same project.',
    candidate: (dataset, reason, likeness, sameDepartment) =>
      `${dataset} · ${reason === 'same-name' ? 'same name' : `name ${likeness}% alike`}${sameDepartment ? '' : ' · another department'}`,
    join: 'Link',
    joinLabel: (name, dataset) => `Link: ${name} (${dataset})`,
    pairs: 'Problems and the previous year’s rectifications',
    pairsNote:
      'Each year’s problems beside the previous year’s rectifications, each numbered as in its document; “recurred” marks a problem substantially the same (shared phrases) as one of the previous year said to be rectified.',
    pairHeading: (year, previousYear, measures) => `${year} problems · ${previousYear} ${measures ? 'measures' : 'rectifications'}`,
    problems: (year) => `(${year}) Problems`,
    rectifications: (year) => `(${year}) Rectifications`,
    measures: (year) => `(${year}) Improvement measures`,
    measuresNote: (year) => `${year} is a self-evaluation form, which has no rectifications: its improvement measures are listed instead.`,
    noItems: '(not listed)',
    recurred: 'recurred',
    recurredNote: (previousYear, previousProblem, phrases, rectification) =>
      `Shares ${quotedPhrases(phrases)} with problem (${previousProblem}) of ${previousYear}, whose rectification (${rectification}) said it was dealt with.`,
    recurredLater: (year, problem) => `Recurred in ${year}: problem (${problem})`,
  },

  linkSearch: {
    open: 'Link to a project in another dataset…',
    label: 'Project name or code',
    hint: (limit) =>
      `Type part of a name or code to list projects of other datasets not linked to this record (at most ${limit}); link one only when it is the same project, renamed for instance.`,
    none: 'No project of another dataset that is not linked yet has this in its name or code.',
    more: (limit) => `Only the first ${limit} are listed: type more to narrow them down.`,
    code: (code) => `code ${code}`,
    unnamed: '(no name)',
  },

  flagNotes: {
    scoreFell: (previousYear, from, year, to, delta) => `${previousYear}: ${from} → ${year}: ${to} (${delta})`,
    problemRecurred: (problem, previousYear, previousProblem, phrases, rectification, text) =>
      `Problem (${problem}) shares ${quotedPhrases(phrases)} with problem (${previousProblem}) of ${previousYear}; rectification (${rectification}) of ${previousYear}: ${text}`,
    scoreSum: (stated, indicators, execution, sum) =>
      `Self-evaluation score ${stated}; indicator scores add up to ${indicators}${execution === null ? '' : ` (+ execution score ${execution} = ${sum})`}`,
    executionScore: (stated, rate, weight, expected, capped) =>
      capped
        ? `Execution score ${stated}; rate ${rate} × weight ${weight} is above the weight, so at most ${expected}`
        : `Execution score ${stated}; rate ${rate} × weight ${weight} = ${expected}`,
    rateAmount: (stated, spent, budget, computed) => `Execution rate ${stated}; spent ÷ full-year budget = ${spent} ÷ ${budget} = ${computed}`,
    targetMissed: (name, target, actual, weight) => `Indicator ${name}: target ${target}, actual ${actual}, full marks ${weight}`,
    templateText: (field, cell, text) => `${field}${cell === null ? '' : ` (${cell})`}: ${text}`,
  },

  itemLists: {
    note: 'The lists differ in count and the document does not say which item answers which: each is listed by its own numbers.',
    heading: (list, n) => `${ITEM_LISTS[list]} (${n})`,
    inferred: 'Inferred pairing (not in the document)',
    inferredNote: 'The problem each suggestion or rectification most likely answers, by the phrases they share: for checking, not the document’s own.',
    pair: (list, item, problem, phrases) => `${ITEM_ONE[list]} (${item}) → problem (${problem}): shares ${quotedPhrases(phrases)}`,
    unpaired: (list, item) => `${ITEM_ONE[list]} (${item}): shares no phrase with any problem`,
  },

  citation: (title, name, sourceName, startLine, endLine, page) =>
    `${title}, “${name}”, ${sourceName}, ${page === undefined ? `lines ${startLine}–${endLine}` : `page ${page}`}`,
  tableCitation: (title, name, sourceName, where) => `${title}, “${name}”, ${sourceName}, ${tablePlace(where)}`,

  diagnostics: {
    error: 'Error',
    warning: 'Warning',
    line: (n) => `line ${n}`,
    heading: (sourceName, n) => `${DIAGNOSTICS_HEADING}: ${sourceName} (${n})`,
    more: (n) =>
      `${n} more not listed; each project’s diagnostics are in its details, and audit flags such as “Parsing doubt” filter by them.`,
  },

  imports: {
    button: 'Import reports…',
    hint: 'Evaluation results or self-evaluation forms: .pdf / .xlsx / .xls / .docx / .html / .txt, or jixiao’s own .json / .csv; several at once, or drop them on the page; files are read in this browser only, never uploaded.',
    reading: (fileName, fileIndex, fileCount, page, pages) => {
      const file = fileCount > 1 ? `file ${fileIndex + 1} of ${fileCount}, ` : ''
      const at = page !== null && pages !== null ? `, page ${page} of ${pages}` : ''
      return `Reading ${file}${fileName}${at}…`
    },
    dismiss: 'Dismiss this message',
    imported: (fileName, n, notes, formCounts) =>
      `Imported ${fileName}: ${formsPhrase(formCounts)}${projects(n)}${notes > 0 ? `, ${count(notes, 'parser note')}` : ''}.`,
    importedWithLoss,
    filtersCleared: 'Filters cleared: showing every project of the new import.',
    readFailed: (fileName, error) => `${fileName}: could not be read (${error}); not imported.`,
    tooLarge: (fileName, size, limit) => `${fileName}: the file is ${size}, over the limit of ${limit}; not imported.`,
    empty: (fileName) => `${fileName}: the file is empty; not imported.`,
    unsupported: (fileName) => `${fileName}: unsupported file type; import .txt, .pdf, .xlsx, .xls, .docx, .html, .json or .csv files.`,
    notPdf: (fileName) => `${fileName}: this is not a valid PDF file; not imported.`,
    noTextLayer: (fileName) =>
      `${fileName}: this PDF has no text layer (it may be a scan), so its text cannot be read. Run text recognition (OCR) on it first, then import it.`,
    encrypted: (fileName) => `${fileName}: this PDF is password-protected and cannot be read.`,
    pdfFailed: (fileName) => `${fileName}: reading the PDF failed; not imported.`,
    noText: (fileName) => `${fileName}: the file holds no text; not imported.`,
    binary: (fileName) => `${fileName}: this is not a text file (it holds binary content); not imported.`,
    badJson: (fileName, detail) => `${fileName}: the JSON does not match jixiao’s format — ${detail}`,
    jsonNoProjects: (fileName) => `${fileName}: the JSON holds no project; not imported.`,
    badCsv: (fileName, reason) => `${fileName}: the CSV cannot be imported: ${reason}`,
    csvNoProjects: 'it holds no project.',
    noBlocks: (fileName) =>
      `${fileName}: no performance-evaluation table (绩效评价结果信息表, with 项目名称, 决算金额, 评价分值 …) and no self-evaluation form (绩效自评表) was found; not imported.`,
    documentEncrypted: (fileName) => `${fileName}: the file is password-protected (encrypted) and cannot be read; import an unencrypted copy.`,
    macroEnabled: (fileName) => `${fileName}: files with macros are not imported; save it as a macro-free .xlsx or .docx and import that.`,
    documentTooLarge: (fileName, detail) => `${fileName}: too large to read (${detail}); not imported.`,
    documentDamaged: (fileName, detail) => `${fileName}: the file is damaged or not what its name says (${detail}); not imported.`,
    word97: (fileName) => `${fileName}: this is an old Word 97–2003 document (.doc), which cannot be read; save it as .docx in Word or WPS and import that.`,
    notADocument: (fileName) => `${fileName}: no text could be read from it; not imported.`,
  },

  storage: {
    readingStored: 'Reading the saved datasets',
    savingLinks: 'Your links between projects across years',
    full: (what) => `${what}: the browser’s storage is full; the data lasts only until this page is closed.`,
    unavailable: (what) =>
      `${what}: the browser does not allow saving data (in a private window, for example); the data lasts only until this page is closed.`,
    failed: (what, reason) => `${what}: saving failed (${reason}); the data lasts only until this page is closed.`,
    corruptEntry: (key) => `The saved entry ${key} is damaged and was skipped.`,
    corruptDataset: (fileName, reason) => `The saved dataset ${fileName} is damaged and was skipped${reason === null ? '' : ` (${reason})`}.`,
  },

  charts: {
    region: 'Charts',
    downloadPng: 'Download PNG',
    noProjects: 'No projects in the current view.',
    scatter: {
      heading: 'Final amount and score',
      file: 'final-amount-and-score',
      caption:
        'Each point is a project; the dashed lines are the grade bands.',
      hint: ' Click a point to open its project; choose “Select area” at the top right, then drag a rectangle on the chart to filter by amount and score.',
      unplotted: (n) => ` ${projectsVerb(n, 'lacks', 'lack')} an amount or a score and ${n === 1 ? 'is' : 'are'} not drawn.`,
      shapes: 'Shapes tell the datasets apart: ',
      noBrush: 'No area selected: every amount and score is shown.',
      brushed: 'Selected: ',
      clearBrush: 'Clear selection',
      selectArea: 'Select area',
      xAxis: 'Final amount (10k CNY)',
      yAxis: 'Score',
      ungraded: 'Ungraded',
      bands: 'Grade bands',
      openSeries: 'Open project',
      tooltipDataset: (label) => `Dataset: ${label}`,
      tooltipAmount: (wan) => `Final amount: ${wan} (10k CNY)`,
      tooltipScore: (score) => `Score: ${score}`,
      tooltipGrade: (grade) => `Grade: ${grade === null ? 'Not disclosed' : gradeLabel(grade)}`,
      description: (plotted, unplotted) =>
        `Scatter chart: final amount (10k CNY, horizontal axis) and score (vertical axis) of ${projects(plotted)}, colour and shape by grade; dashed lines mark the grade bands at 60, 80 and 90.${
          unplotted > 0 ? ` ${projectsVerb(unplotted, 'lacks', 'lack')} an amount or a score and ${unplotted === 1 ? 'is' : 'are'} not drawn.` : ''
        }`,
      shapesDescription: (keys) => ` Shapes tell the datasets apart: ${keys.join(', ')}.`,
      keys: 'Keyboard: ←/→ step through the points by final amount, ↑/↓ by score, Home/End go to the first/last, Enter opens the project, Esc leaves.',
      cursor: (p) =>
        `${p.name}, final amount ${p.amount} (10k CNY), score ${p.score}, grade ${p.grade === null ? 'not disclosed' : gradeLabel(p.grade)}${
          p.dataset === null ? '' : `, dataset ${p.dataset}`
        }${place(p)}`,
    },
    grade: {
      heading: 'Grade distribution',
      file: 'grade-distribution',
      caption:
        'Bar height is the number of projects; the percentage under it is the grade’s share of the total final amount.',
      hint: ' Click a bar or a grade to filter by it, click again to undo.',
      ungraded: (n) => ` ${projectsVerb(n, 'states', 'state')} no grade and ${n === 1 ? 'is' : 'are'} not shown.`,
      axis: 'Projects',
      // The caption says what the share is: a bare percentage keeps four labels apart on a 375 px screen.
      barLabel: (n, share) => `${projects(n)}\n${share}`,
      tooltipCount: (n) => `: ${projects(n)}`,
      tooltipAmount: (wan, share) => `Final amount (10k CNY): ${wan}, ${share} of the total`,
      tooltipHint: 'Click to filter by this grade',
      description: (bars, ungraded) => {
        const parts = bars.map((b) =>
          b.count === 0 ? `${gradeLabel(b.grade)}: 0 projects` : `${gradeLabel(b.grade)}: ${projects(b.count)} (${b.share} of amount)`,
        )
        const tail = ungraded > 0 ? `; ${projectsVerb(ungraded, 'states', 'state')} no grade` : ''
        return `Bar chart: projects per grade and their share of the final amount. ${parts.join(', ')}${tail}.`
      },
      keys: 'Keyboard: ←/→ move between the grades, Enter filters by the grade (again to undo), Esc leaves.',
      cursor: (b) => `${gradeLabel(b.grade)}: ${projects(b.count)}, ${b.share} of the final amount${filteringNote(b.filtering)}${place(b)}`,
    },
    rate: {
      heading: 'Budget execution rate',
      file: 'budget-execution-rate',
      caption: (target) =>
        `Only projects whose text states a budget-execution rate, highest first; the dashed line marks ${target}%.`,
      hint: ' Click a bar to open the project.',
      binsCaption: (max, target) =>
        `Only projects whose text states a budget-execution rate; with more than ${max}, projects are counted per band of rates, the bands below ${target}% in grey.`,
      noneStated: 'No project states a budget-execution rate.',
      series: 'Budget execution rate',
      axis: 'Projects',
      binTooltip: (band, n) => `Budget execution rate ${band}: ${projects(n)}`,
      binsDescription: (stated, bins, undisclosed) => {
        const head = `Bar chart: ${projectsVerb(stated, 'discloses', 'disclose')} a budget-execution rate, counted per band: ${bins
          .map((b) => `${b.label}: ${b.count}`)
          .join(', ')}.`
        return undisclosed > 0 ? `${head} ${projectsVerb(undisclosed, 'discloses', 'disclose')} none.` : head
      },
      undisclosed: (n) => `Not disclosed (${projects(n)})`,
      moreUndisclosed: (n) =>
        `${projectsVerb(n, 'does', 'do')} not disclose it either; sort the table by “Execution rate” to see them all.`,
      tooltip: (rate) => `Budget execution rate: ${rate}`,
      descriptionNone: (n) => `Budget execution rate: none of ${projects(n)} discloses one.`,
      description: (bars, topName, topRate, target, undisclosed) => {
        const head = `Bar chart: ${projectsVerb(bars, 'discloses', 'disclose')} a budget-execution rate, highest first; the highest is ${topName} at ${topRate}; a vertical line marks ${target}%.`
        return undisclosed > 0 ? `${head} ${projectsVerb(undisclosed, 'discloses', 'disclose')} none.` : head
      },
      keys: 'Keyboard: ↑/↓ step through the bars, Home/End go to the first/last, Enter opens the project, Esc leaves.',
      binsKeys: 'Keyboard: ←/→ move between the bands of rates, Home/End go to the first/last, Esc leaves.',
      cursor: (b) => `${b.name}, budget execution rate ${b.rate}${place(b)}`,
      binCursor: (b) => `Budget execution rate ${b.band}: ${projects(b.count)}${place(b)}`,
    },
    theme: {
      heading: 'Problem themes',
      file: 'problem-themes',
      heatmapCaption:
        'Each cell counts the project’s problem items of the theme; an item can have several themes.',
      barsCaption: (max) =>
        `With more than ${max} projects, each bar counts the projects that have the theme, labelled with its number of problem items.`,
      heatmapHint: ' Click a cell to filter by its theme and open the project, click a theme’s name to filter by it, click again to undo.',
      barsHint: ' Click a bar or a theme’s name to filter by it, click again to undo.',
      items,
      atLeastItems: (n) => `≥${n} items`,
      series: 'Problem items',
      axis: 'Projects',
      barLabel: (p, i) => `${projects(p)} · ${items(i)}`,
      cellCount: (theme, n) => `${theme}: ${items(n)}`,
      cellHint: 'Click to filter by this theme and open the project',
      barSummary: (p, share, i) => `: ${projects(p)} (${share}%), ${count(i, 'problem')}`,
      barHint: 'Click to filter by this theme',
      description: (mode, n, found, absent) => {
        const head =
          mode === 'heatmap'
            ? `Heat map: problem items per theme in each of ${projects(n)}.`
            : `Bar chart: how many of ${projects(n)} each problem theme occurs in.`
        const parts = found.map((t) => `${themes[t.theme].label} in ${projects(t.projects)}, ${items(t.items)}`)
        const body = parts.length === 0 ? ' No problems are listed.' : ` ${parts.join('; ')}.`
        const missing =
          absent.length > 0 && parts.length > 0 ? ` Not found: ${absent.map((id) => themes[id].label).join(', ')}.` : ''
        return `${head}${body}${missing}`
      },
      heatmapKeys:
        'Keyboard: ←/→ step through the cells, ↑/↓ go to the project above or below, Home/End to the first/last, Enter filters by the theme and opens the project, Esc leaves.',
      barsKeys: 'Keyboard: ↑/↓ move between the themes, Home/End go to the first/last, Enter filters by the theme (again to undo), Esc leaves.',
      cellCursor: (c) => `${c.name}, ${themes[c.theme].label}: ${items(c.items)}${filteringNote(c.filtering)}${place(c)}`,
      barCursor: (b) =>
        `${themes[b.theme].label}: ${projects(b.projects)}, ${count(b.items, 'problem')}${filteringNote(b.filtering)}${place(b)}`,
    },
  },
}
