import type { Recurrence } from '../domain/recurrence.ts'
import { recurrences } from '../domain/recurrence.ts'
import type { SeriesMember } from '../domain/series.ts'
import { useMessages } from '../store/use-messages.ts'
import { NumberedItems } from './NumberedItems.tsx'
import { yearLabel } from './series-labels.ts'

export interface YearPairProps {
  current: SeriesMember
  previous: SeriesMember
  /** Shown open: the pair the open record belongs to. */
  open: boolean
}

/**
 * One year's 存在问题 beside the previous year's 整改情况 (a form's 改进措施, as it has none), each
 * list by its own numbers; a problem that recurred after a claimed rectification says so in words,
 * with the phrases it shares marked and listed.
 */
export function YearPair({ current, previous, open }: YearPairProps) {
  const s = useMessages().seriesPanel
  const year = yearLabel(current.year, current.row)
  const previousYear = yearLabel(previous.year, previous.row)
  const before = previous.row.project
  const measures = before.form !== 'result'
  const found = recurrences(before, current.row.project)
  const byProblem = new Map<number, Recurrence>(found.map((r) => [r.problem, r]))
  const answers = measures ? before.suggestions : before.rectifications
  const problems = current.row.project.problems
  return (
    <details className="year-pair" open={open}>
      <summary>{s.pairHeading(year, previousYear, measures)}</summary>
      {measures && <p className="series-note">{s.measuresNote(previousYear)}</p>}
      <div className="year-pair-columns">
        <section>
          <h5>{measures ? s.measures(previousYear) : s.rectifications(previousYear)}</h5>
          <NumberedItems
            items={answers}
            empty={s.noItems}
            extras={answers.map((_, i) => {
              const later = measures ? [] : found.filter((r) => r.rectification === i + 1)
              if (later.length === 0) return undefined
              return {
                className: 'claimed-rectification',
                after: later.map((r) => (
                  <p key={r.problem} className="recurred-note">
                    {s.recurredLater(year, r.problem)}
                  </p>
                )),
              }
            })}
          />
        </section>
        <section>
          <h5>{s.problems(year)}</h5>
          <NumberedItems
            items={problems}
            empty={s.noItems}
            extras={problems.map((_, i) => {
              const r = byProblem.get(i + 1)
              if (r === undefined) return undefined
              const phrases = [...new Set(r.match.phrases)]
              return {
                className: 'recurred',
                terms: phrases,
                after: (
                  <p className="recurred-note">
                    <strong className="recurred-mark">{s.recurred}</strong>{' '}
                    {s.recurredNote(previousYear, r.previousProblem, phrases, r.rectification)}
                  </p>
                ),
              }
            })}
          />
        </section>
      </div>
    </details>
  )
}
