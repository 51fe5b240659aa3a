import { formatPercent, formatScore, formatWan } from '../domain/format.ts'
import type { NumberRange, ViewFilters } from '../domain/view.ts'
import type { Messages } from '../i18n/messages.ts'

function describeRange(range: NumberRange, format: (n: number) => string): string {
  if (range.min !== null && range.max !== null) return `${format(range.min)}–${format(range.max)}`
  return range.min !== null ? `≥ ${format(range.min)}` : `≤ ${format(range.max ?? 0)}`
}

const rangeLabel = (range: NumberRange, format: (n: number) => string, label: (range: string) => string): string | null =>
  range.min === null && range.max === null ? null : label(describeRange(range, format))

const listLabel = <T>(list: readonly T[], label: (list: readonly T[]) => string): string | null => (list.length === 0 ? null : label(list))

/**
 * Each filter in words, or null while it is off; in the order the pills show them. One entry per
 * field of ViewFilters, so a new filter cannot be left unsaid.
 */
const DESCRIBE: { readonly [K in keyof ViewFilters]: (filters: ViewFilters, t: Messages) => string | null } = {
  query: (f, t) => (f.query.trim() === '' ? null : t.filters.search(f.query.trim())),
  grades: (f, t) => listLabel(f.grades, t.filters.grades),
  amount: (f, t) => rangeLabel(f.amount, formatWan, t.filters.amount),
  score: (f, t) => rangeLabel(f.score, formatScore, t.filters.score),
  rate: (f, t) => rangeLabel(f.rate, formatPercent, t.moreFilters.rateFilter),
  problems: (f, t) => rangeLabel(f.problems, String, t.moreFilters.problemsFilter),
  themes: (f, t) => listLabel(f.themes, t.filters.themes),
  flags: (f, t) => listLabel(f.flags, t.filters.flags),
  forms: (f, t) => listLabel(f.forms, t.filters.forms),
  changes: (f, t) => listLabel(f.changes, t.filters.changes),
  departments: (f, t) => listLabel(f.departments, t.moreFilters.departmentsFilter),
  years: (f, t) => listLabel(f.years, t.moreFilters.yearsFilter),
  brush: (f, t) => (f.brush === null ? null : t.filters.brush(f.brush)),
}

const FILTER_ORDER = Object.keys(DESCRIBE) as (keyof ViewFilters)[]

/**
 * The filters in force, in words: what the active-filter pills say and the printed memo states.
 * `filter` names the field of ViewFilters each label stands for.
 */
export function filterLabels(filters: ViewFilters, t: Messages): { filter: keyof ViewFilters; label: string }[] {
  return FILTER_ORDER.flatMap((filter) => {
    const label = DESCRIBE[filter](filters, t)
    return label === null ? [] : [{ filter, label }]
  })
}
