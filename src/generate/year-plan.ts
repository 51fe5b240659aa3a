import { chance, pick, type Random, sample } from './random.ts'
import { FORM_DEPARTMENTS, KINDS, REPORT_DEPARTMENTS, TOPICS } from './year-words.ts'

/**
 * Which projects a department's documents of several years hold, what each is called each year,
 * and what is planted where: the plan generate-years.ts writes out and expects back. A project of
 * the plan (an identity) is one project across years; its rows are its records, one per year it
 * appears in.
 */

/** How a name carries its year: 2019年度X, 2019年X, X（2019）, or not at all. */
type YearStyle = 'year-du' | 'year' | 'bracket' | 'plain'

const YEAR_STYLES: readonly YearStyle[] = ['year-du', 'year', 'bracket', 'plain']

/** The form-consistency flags planted, one form each, in the last year. */
export const FORM_CHECK_PLANTS = [
  'score-sum-mismatch',
  'execution-score-mismatch',
  'rate-amount-mismatch',
  'target-missed-full-marks',
  'template-text',
] as const

export type FormCheckPlant = (typeof FORM_CHECK_PLANTS)[number]

export type PlantRole =
  | 'style-kept'
  | 'style-changed'
  | 'scores'
  | 'ambiguous'
  | 'ambiguous-twin'
  | 'new'
  | 'gone'
  | 'recurred'
  | 'pending'
  | 'code-kept'
  | 'code-renamed'
  | 'code-clash-a'
  | 'code-clash-b'
  | FormCheckPlant
  | 'filler'

export interface Identity {
  id: string
  role: PlantRole
  /** The name without a year. */
  base: string
  /** From year index `at` on, the name is `base` instead (code-renamed). */
  renamed: { at: number; base: string } | null
  code: string | null
  /** The year indices it appears in, ascending. */
  years: number[]
  /** Its name's year style, by year index. */
  styles: YearStyle[]
}

export interface YearsPlan {
  department: string
  /** What the files are named after: `${slug}-${year}.txt`. */
  slug: string
  years: number[]
  identities: Identity[]
  /** Per year index, the identities of that year's file in document order. */
  order: Identity[][]
}

export interface PlanOptions {
  years: readonly number[]
  /** Projects per year; the planted ones are kept when they are more. */
  projects: number
  /** Self-evaluation forms (codes and form checks planted) rather than result reports (recurrences planted). */
  forms: boolean
}

/** The name without its year in a year (the new name once renamed). */
export const baseIn = (identity: Identity, yearIndex: number): string =>
  identity.renamed !== null && yearIndex >= identity.renamed.at ? identity.renamed.base : identity.base

/** The name an identity has in a year. */
export function nameIn(identity: Identity, yearIndex: number, year: number): string {
  const base = baseIn(identity, yearIndex)
  switch (identity.styles[yearIndex] ?? 'plain') {
    case 'year-du':
      return `${year}年度${base}`
    case 'year':
      return `${year}年${base}`
    case 'bracket':
      return `${base}（${year}）`
    case 'plain':
      return base
  }
}

const range = (from: number, to: number): number[] => Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i)

/** Distinct base names, each topic used once while any is left, then again with another kind. */
class Names {
  private readonly topics: string[]
  private readonly taken = new Set<string>()
  private next = 0
  private readonly random: Random
  constructor(random: Random) {
    this.random = random
    this.topics = sample(random, TOPICS, TOPICS.length)
  }
  take(): string {
    const topic = this.topics[this.next % this.topics.length] as string
    const first = this.next < this.topics.length
    this.next++
    const kind = first ? pick(this.random, KINDS) : KINDS.find((k) => !this.taken.has(`${topic}${k}`))
    if (kind === undefined) throw new RangeError('too many projects for the generator’s names')
    this.taken.add(`${topic}${kind}`)
    return `${topic}${kind}`
  }
}

/** A 21-character project code: the department's division, two digits, a letter, twelve digits. */
function projectCode(random: Random, division: string, taken: Set<string>): string {
  for (;;) {
    const digits = Array.from({ length: 12 }, () => random.int(0, 9)).join('')
    const code = `${division}${random.int(10, 99)}R${digits}`
    if (!taken.has(code)) {
      taken.add(code)
      return code
    }
  }
}

export function planYears(random: Random, options: PlanOptions): YearsPlan {
  const n = options.years.length
  const last = n - 1
  const mid = Math.ceil(n / 2)
  const all = range(0, n)
  const names = new Names(random)
  const codes = new Set<string>()
  const [department, slug, division] = options.forms ? pick(random, FORM_DEPARTMENTS) : [...pick(random, REPORT_DEPARTMENTS), '']
  const identities: Identity[] = []
  const fixedStyle = (): YearStyle[] => {
    const style = pick(random, YEAR_STYLES)
    return all.map(() => style)
  }
  const add = (role: PlantRole, years: number[], fields: Partial<Pick<Identity, 'base' | 'renamed' | 'code' | 'styles'>> = {}): Identity => {
    const identity: Identity = {
      id: `p${String(identities.length + 1).padStart(2, '0')}`,
      role,
      base: fields.base ?? names.take(),
      renamed: fields.renamed ?? null,
      code: fields.code ?? null,
      years,
      styles: fields.styles ?? fixedStyle(),
    }
    identities.push(identity)
    return identity
  }

  add('style-kept', all, { styles: all.map(() => 'year-du') })
  add('style-changed', all, { styles: all.map((i) => YEAR_STYLES[i % YEAR_STYLES.length] as YearStyle) })
  add('scores', all)
  const twin = add('ambiguous', all, { styles: all.map(() => 'year') })
  add('ambiguous-twin', [1], { base: twin.base, styles: all.map(() => 'bracket') })
  add('new', range(Math.min(2, last), n))
  add('gone', range(0, Math.max(1, n - 2)))
  if (options.forms) {
    const code = (): string => projectCode(random, division, codes)
    add('code-kept', all, { code: code() })
    add('code-renamed', all, { code: code(), renamed: { at: mid, base: names.take() } })
    const clash = add('code-clash-a', range(0, mid), { code: code() })
    add('code-clash-b', range(mid, n), { code: code(), base: clash.base, styles: clash.styles })
    for (const check of FORM_CHECK_PLANTS) add(check, all, chance(random, 0.5) ? { code: code() } : {})
  } else {
    add('recurred', [last - 1, last])
    add('pending', [last - 1, last])
  }

  // Ordinary projects: most go on into the next year, some stop, new ones start.
  let alive: Identity[] = []
  for (const y of all) {
    const planted = identities.filter((i) => i.role !== 'filler' && i.years.includes(y)).length
    const need = Math.max(0, options.projects - planted)
    alive = alive.filter(() => chance(random, 0.85)).slice(0, need)
    while (alive.length < need) {
      const styles = chance(random, 0.7) ? fixedStyle() : all.map(() => pick(random, YEAR_STYLES))
      const code = options.forms && chance(random, 0.5) ? projectCode(random, division, codes) : null
      alive.push(add('filler', [], { styles, code }))
    }
    for (const identity of alive) identity.years.push(y)
  }

  const order = all.map((y) => {
    const present = identities.filter((i) => i.years.includes(y))
    return sample(random, present, present.length)
  })
  return { department, slug, years: [...options.years], identities, order }
}
