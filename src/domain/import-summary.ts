import { lacksField, type RecordField, recordFieldsOf } from './audit-flags.ts'
import type { Diagnostic, FormKind, Project } from './types.ts'

/**
 * What an import lost: the core values its projects came out without, and the parser's errors. A
 * file with any of these must not be announced as a clean import (src/import/use-import.ts).
 */

/** The fields a reader quotes first, in table order; each one missing is a value lost. */
export const CORE_FIELDS = ['name', 'amountWan', 'score', 'grade', 'problems'] as const satisfies readonly RecordField[]

export type CoreField = (typeof CORE_FIELDS)[number]

export interface ImportLoss {
  /** Projects lacking at least one core field. */
  projects: number
  /** Projects lacking each core field, every field present (0 when none lacks it). */
  byField: Record<CoreField, number>
  /** Error-level diagnostics. */
  errors: number
}

export function importLoss(projects: readonly Project[], diagnostics: readonly Diagnostic[]): ImportLoss {
  const byField = Object.fromEntries(CORE_FIELDS.map((field) => [field, 0])) as Record<CoreField, number>
  let lacking = 0
  for (const p of projects) {
    const expected = recordFieldsOf(p)
    const missing = CORE_FIELDS.filter((field) => expected.includes(field) && lacksField(p, field))
    for (const field of missing) byField[field]++
    if (missing.length > 0) lacking++
  }
  return { projects: lacking, byField, errors: diagnostics.filter((d) => d.level === 'error').length }
}

/** True when the import lost anything: a core value of some project, or an error of the parser. */
export const lostAnything = (loss: ImportLoss): boolean => loss.projects > 0 || loss.errors > 0

/** How many records of each self-evaluation form a file held: what its import notice names. */
export type FormCounts = Partial<Record<Exclude<FormKind, 'result'>, number>>

export function formCounts(projects: readonly Project[]): FormCounts {
  const counts: FormCounts = {}
  for (const { form } of projects) if (form !== 'result') counts[form] = (counts[form] ?? 0) + 1
  return counts
}
