import type { AuditFlagId } from '../domain/audit-flags.ts'
import { formatDecimal, formatPercent, formatScore, formatWan } from '../domain/format.ts'
import { type FormCheck, formChecks, type MissedTarget } from '../domain/form-checks.ts'
import type { SeriesEvidence } from '../domain/series-flags.ts'
import type { Project } from '../domain/types.ts'
import type { Messages } from '../i18n/messages.ts'
import { indicatorValue } from './indicator-rows.ts'

/** Under each flag of the open project, the numbers that set it, in the interface's language. */
export type FlagNotes = Partial<Record<AuditFlagId, string[]>>

/** A form's points as the form writes them: "98", "8.6". */
const points = (n: number): string => formatDecimal(n, 2, true)

/** A change with its sign: "−2.30", "+1.05" (a minus sign, not a hyphen). */
const signedScore = (delta: number): string => `${delta < 0 ? '−' : '+'}${formatScore(Math.abs(delta))}`

/** The indicator's target and actual value with its 指标性质 and 度量单位 put back (≥12公里), as the indicator table shows them. */
function targetText(project: Project, missed: MissedTarget): [string, string] {
  const indicator = project.indicators.find((i) => i.name === missed.name && i.target === missed.target && i.actual === missed.actual)
  const direction = indicator?.direction ?? missed.direction
  return [
    indicatorValue(missed.target, direction, indicator?.unit ?? null) ?? missed.target,
    indicatorValue(missed.actual, null, indicator?.unit ?? null) ?? missed.actual,
  ]
}

function formNotes(project: Project, check: FormCheck, t: Messages['flagNotes']): string[] {
  switch (check.id) {
    case 'score-sum-mismatch':
      return [
        t.scoreSum(
          points(check.stated),
          points(check.indicatorScores),
          check.executionScore === null ? null : points(check.executionScore),
          points(check.sum),
        ),
      ]
    case 'execution-score-mismatch': {
      const capped = check.expected === check.weight && check.rate > 100
      const expected = capped ? points(check.expected) : formatDecimal(check.expected, 2)
      return [t.executionScore(points(check.stated), formatPercent(check.rate), points(check.weight), expected, capped)]
    }
    case 'rate-amount-mismatch':
      return [t.rateAmount(formatPercent(check.stated), formatWan(check.spentWan), formatWan(check.budgetWan), formatPercent(check.computed))]
    case 'target-missed-full-marks':
      return check.indicators.map((m) => t.targetMissed(m.name, ...targetText(project, m), points(m.weight)))
    case 'template-text':
      return check.cells.map((c) => t.templateText(c.field, c.cell, c.text))
  }
}

/**
 * The notes of the flags that compare the project with the previous year (evidence from
 * seriesEvidence) and of the self-evaluation checks (formChecks). `year` names the open record's
 * year (or its dataset when no year is known).
 */
export function flagNotes(project: Project, evidence: SeriesEvidence, year: string, t: Messages): FlagNotes {
  const notes: FlagNotes = {}
  const previous = evidence.previous
  const previousYear = evidence.previousYear === null ? (previous?.datasetLabel ?? '') : String(evidence.previousYear)
  if (evidence.scoreFell !== null) {
    const { from, to, delta } = evidence.scoreFell
    notes['score-fell'] = [t.flagNotes.scoreFell(previousYear, formatScore(from), year, formatScore(to), signedScore(delta))]
  }
  if (previous !== null && evidence.recurred.length > 0) {
    notes['problem-recurred'] = evidence.recurred.map((r) =>
      t.flagNotes.problemRecurred(
        r.problem,
        previousYear,
        r.previousProblem,
        [...new Set(r.match.phrases)],
        r.rectification,
        previous.project.rectifications[r.rectification - 1] ?? '',
      ),
    )
  }
  for (const check of formChecks(project)) notes[check.id] = formNotes(project, check, t.flagNotes)
  return notes
}
