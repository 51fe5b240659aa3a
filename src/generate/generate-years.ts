import type { AuditFlagId } from '../domain/audit-flags.ts'
import { seededRandom } from './random.ts'
import { renderFormsHtml } from './render-form-html.ts'
import { renderReport } from './render-report.ts'
import { formYears, PLAIN_PAGE } from './year-forms.ts'
import { nameIn, planYears } from './year-plan.ts'
import { reportYears } from './year-reports.ts'
import { expectedYears, type WrittenRow, type YearsExpected } from './years-expected.ts'
import { PLANTED_SCORES } from './year-words.ts'

/**
 * Several years of one department's documents, with changes planted across them (names that keep
 * or change how they carry the year, codes, an ambiguous name, new and gone projects, scores that
 * fall and rise, a problem back after a claimed rectification, forms that do not add up), and
 * expected.json saying what a reader, the series linking and the flags should find.
 */

export interface YearsOptions {
  /** The first and last year, inclusive. */
  from: number
  to: number
  seed?: number
  /** Projects per year (the planted ones are kept when they are more); 12 by default. */
  projects?: number
  /** National self-evaluation forms as web pages, instead of 绩效评价结果 reports as text. */
  forms?: 'project'
}

export interface GeneratedYears {
  /** One file per year, in year order. */
  files: { name: string; text: string }[]
  expected: YearsExpected
}

/** From two to ten years: the planted scores have ten values. */
export const MAX_YEARS = PLANTED_SCORES.length
/** The generator's names run out past this many projects a year. */
export const MAX_YEAR_PROJECTS = 50
const DEFAULT_PROJECTS = 12

export function generateYears(options: YearsOptions): GeneratedYears {
  const count = options.to - options.from + 1
  if (count < 2 || count > MAX_YEARS) throw new RangeError(`from 2 to ${MAX_YEARS} years`)
  const projects = options.projects ?? DEFAULT_PROJECTS
  if (projects < 1 || projects > MAX_YEAR_PROJECTS) throw new RangeError(`from 1 to ${MAX_YEAR_PROJECTS} projects a year`)
  const seed = options.seed ?? 1
  const random = seededRandom(seed)
  const years = Array.from({ length: count }, (_, i) => options.from + i)
  const forms = options.forms === 'project'
  const plan = planYears(random, { years, projects, forms })
  const fileName = (year: number): string => `${plan.slug}-${year}.${forms ? 'html' : 'txt'}`

  if (forms) {
    const yearRows = formYears(random, plan)
    const files = yearRows.map((formRows, y) => ({
      name: fileName(years[y] as number),
      text: renderFormsHtml({ style: PLAIN_PAGE, forms: formRows.map((r) => r.view) }),
    }))
    const rows = yearRows.map((formRows, y) =>
      formRows.map((r): WrittenRow => ({
        identity: r.identity,
        name: nameIn(r.identity, y, years[y] as number),
        score: r.score,
        recordFlags: r.check === null ? [] : [r.check.flag],
        check: r.check,
      })),
    )
    return { files, expected: expectedYears({ plan, layout: 'project', seed, files: files.map((f) => f.name), rows }) }
  }

  const yearRows = reportYears(random, plan)
  const files = yearRows.map((reportRows, y) => {
    const year = years[y] as number
    const title = `${plan.department}${year}年度财政支出项目绩效评价结果`
    return { name: fileName(year), text: renderReport({ title, projects: reportRows.map((r) => r.record) }, { wrapAt: 22, pageBreakEvery: 26 }) }
  })
  const rows = yearRows.map((reportRows) =>
    reportRows.map(({ identity, record }): WrittenRow => {
      const flags: AuditFlagId[] = []
      const problems = record.problems.length
      if (problems > 0 && record.suggestions.length > 0 && record.suggestions.length !== problems) flags.push('suggestions-mismatch')
      if (problems > 0 && record.rectifications.length > 0 && record.rectifications.length !== problems) flags.push('rectifications-mismatch')
      if (record.executionRate === null) flags.push('no-execution-rate')
      return { identity, name: record.name ?? '', score: record.score ?? 0, recordFlags: flags, check: null }
    }),
  )
  return { files, expected: expectedYears({ plan, layout: 'report', seed, files: files.map((f) => f.name), rows }) }
}
