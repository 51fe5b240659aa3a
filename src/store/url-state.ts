import { AUDIT_FLAG_IDS, type AuditFlagId, isAuditFlagId } from '../domain/audit-flags.ts'
import { readDecimal } from '../domain/format.ts'
import { GRADES } from '../domain/grade.ts'
import { isThemeId, THEME_IDS } from '../domain/problem-themes.ts'
import { CHANGE_KINDS, isChangeKind } from '../domain/series-changes.ts'
import type { Grade } from '../domain/types.ts'
import {
  type Brush,
  EMPTY_FILTERS,
  FORM_KINDS,
  isFormKind,
  NO_RANGE,
  type NumberRange,
  SORT_COLUMNS,
  type SortColumn,
  type SortKey,
  type ViewFilters,
} from '../domain/view.ts'

/**
 * Bump when the meaning of a parameter changes; decode ignores versions it does not know. A new
 * parameter whose absence means what the old URLs meant (theme, flag, form, change, rate, problems,
 * dept, year: no filter) needs no bump.
 */
const URL_STATE_VERSION = 1

export interface UrlState {
  filters: ViewFilters
  sorting: SortKey[]
  openId: string | null
}

export const DEFAULT_URL_STATE: UrlState = { filters: EMPTY_FILTERS, sorting: [], openId: null }

const num = (n: number): string => String(n)

function encodeRange(range: NumberRange): string | null {
  if (range.min === null && range.max === null) return null
  return `${range.min === null ? '' : num(range.min)}~${range.max === null ? '' : num(range.max)}`
}

const decodeNumber = (text: string | undefined): number | null => (text === undefined ? null : readDecimal(text))

/** A range written the wrong way round (amount=500~100) is read the right way round. */
function decodeRange(text: string | null): NumberRange {
  if (text === null) return NO_RANGE
  const [min, max, extra] = text.split('~')
  if (extra !== undefined) return NO_RANGE
  const lo = decodeNumber(min)
  const hi = decodeNumber(max)
  return lo !== null && hi !== null && lo > hi ? { min: hi, max: lo } : { min: lo, max: hi }
}

function decodeBrush(text: string | null): Brush | null {
  if (text === null) return null
  const parts = text.split('~').map((p) => decodeNumber(p))
  if (parts.length !== 4 || parts.some((p) => p === null)) return null
  const [a0, a1, s0, s1] = parts as number[]
  return { amount: [Math.min(a0!, a1!), Math.max(a0!, a1!)], score: [Math.min(s0!, s1!), Math.max(s0!, s1!)] }
}

/** "budgeting,contracts": known ids only, each once, in the table's order whatever the URL's. */
function decodeIds<T extends string>(
  text: string | null,
  order: readonly T[],
  known: (id: string) => id is T,
  renamed: Readonly<Record<string, readonly T[]>> = {},
): T[] {
  if (text === null) return []
  const ids = new Set(text.split(',').flatMap((id) => (Object.hasOwn(renamed, id) ? renamed[id]! : known(id) ? [id] : [])))
  return order.filter((id) => ids.has(id))
}

/** Flag ids of older links and the flags that took their place: 问题与建议、整改条数不一 became two. */
const RENAMED_FLAGS: Readonly<Record<string, readonly AuditFlagId[]>> = {
  'count-mismatch': ['suggestions-mismatch', 'rectifications-mismatch'],
}

/** "上海市财政局,上海市教育委员会": each name once, as written (a department is not an id the URL could check). */
function decodeNames(text: string | null): string[] {
  if (text === null) return []
  return [...new Set(text.split(',').map((name) => name.trim()))].filter((name) => name !== '')
}

/** "2019,2018": four-digit years, each once, ascending. */
function decodeYears(text: string | null): number[] {
  if (text === null) return []
  const years = new Set(text.split(',').filter((y) => /^\d{4}$/.test(y)).map(Number))
  return [...years].toSorted((a, b) => a - b)
}

const encodeIds = <T extends string>(ids: readonly T[], order: readonly T[]): string =>
  order.filter((id) => ids.includes(id)).join(',')

const isSortColumn = (id: string): id is SortColumn => (SORT_COLUMNS as readonly string[]).includes(id)
const isGrade = (g: string): g is Grade => (GRADES as readonly string[]).includes(g)

function decodeSorting(text: string | null): SortKey[] {
  if (text === null) return []
  const keys: SortKey[] = []
  for (const part of text.split(',')) {
    const desc = part.startsWith('-')
    const id = desc ? part.slice(1) : part
    if (isSortColumn(id) && !keys.some((k) => k.id === id)) keys.push({ id, desc })
  }
  return keys
}

/** The view as a query string ("" for the default view); parameters in a fixed order so equal states give equal URLs. */
export function encodeUrlState(state: UrlState): string {
  const params = new URLSearchParams()
  const { filters } = state
  const grades = GRADES.filter((g) => filters.grades.includes(g))
  if (grades.length > 0) params.set('grade', grades.join(''))
  if (filters.query !== '') params.set('q', filters.query)
  const amount = encodeRange(filters.amount)
  if (amount !== null) params.set('amount', amount)
  const score = encodeRange(filters.score)
  if (score !== null) params.set('score', score)
  const rate = encodeRange(filters.rate)
  if (rate !== null) params.set('rate', rate)
  const problems = encodeRange(filters.problems)
  if (problems !== null) params.set('problems', problems)
  if (filters.brush !== null) {
    params.set('brush', [...filters.brush.amount, ...filters.brush.score].map(num).join('~'))
  }
  const themes = encodeIds(filters.themes, THEME_IDS)
  if (themes !== '') params.set('theme', themes)
  const flags = encodeIds(filters.flags, AUDIT_FLAG_IDS)
  if (flags !== '') params.set('flag', flags)
  const forms = encodeIds(filters.forms, FORM_KINDS)
  if (forms !== '') params.set('form', forms)
  const changes = encodeIds(filters.changes, CHANGE_KINDS)
  if (changes !== '') params.set('change', changes)
  if (filters.departments.length > 0) params.set('dept', filters.departments.join(','))
  if (filters.years.length > 0) params.set('year', filters.years.toSorted((a, b) => a - b).join(','))
  if (state.sorting.length > 0) params.set('sort', state.sorting.map((k) => (k.desc ? `-${k.id}` : k.id)).join(','))
  if (state.openId !== null) params.set('open', state.openId)
  if ([...params.keys()].length === 0) return ''
  params.set('v', String(URL_STATE_VERSION))
  return `?${params.toString()}`
}

/** Reads a query string back; anything unknown or malformed falls back to the default, never throws. */
export function decodeUrlState(search: string): UrlState {
  const params = new URLSearchParams(search)
  const version = params.get('v')
  if (version !== String(URL_STATE_VERSION)) return DEFAULT_URL_STATE
  const grades = [...new Set([...(params.get('grade') ?? '')].filter(isGrade))]
  return {
    filters: {
      grades: GRADES.filter((g) => grades.includes(g)),
      query: params.get('q') ?? '',
      amount: decodeRange(params.get('amount')),
      score: decodeRange(params.get('score')),
      rate: decodeRange(params.get('rate')),
      problems: decodeRange(params.get('problems')),
      brush: decodeBrush(params.get('brush')),
      themes: decodeIds(params.get('theme'), THEME_IDS, isThemeId),
      flags: decodeIds(params.get('flag'), AUDIT_FLAG_IDS, isAuditFlagId, RENAMED_FLAGS),
      forms: decodeIds(params.get('form'), FORM_KINDS, isFormKind),
      changes: decodeIds(params.get('change'), CHANGE_KINDS, isChangeKind),
      departments: decodeNames(params.get('dept')),
      years: decodeYears(params.get('year')),
    },
    sorting: decodeSorting(params.get('sort')),
    openId: params.get('open'),
  }
}
