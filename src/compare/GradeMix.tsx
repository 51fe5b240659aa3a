import { Fragment } from 'react'
import { GRADES } from '../domain/grade.ts'
import type { Grade } from '../domain/types.ts'
import type { Messages } from '../i18n/messages.ts'
import type { Figures } from './comparison.ts'

export interface GradeMixProps {
  figures: Figures
  t: Messages
}

/** One grade's segment: its grade (in English with its name, read only) and count, as wide as the count allows. */
function Segment({ grade, n, t }: { grade: Grade | null; n: number; t: Messages }) {
  if (grade === null) {
    return (
      <span className="grade-segment is-ungraded" style={{ flexGrow: n }}>
        {t.compare.ungraded} {n}
      </span>
    )
  }
  const name = t.grades.name[grade]
  return (
    <span className="grade-segment grade-badge" data-grade={grade} style={{ flexGrow: n }} title={t.grades.label(grade)}>
      <span lang="zh-CN">{grade}</span>
      {name !== grade && <span className="visually-hidden"> {name}</span>} {n}
    </span>
  )
}

/**
 * The grades of a set of projects as a stacked bar whose segments say their grade and count in
 * text (优 5), so the colour only repeats the words. Grades no project has are left out; projects
 * without a grade make a grey segment of their own.
 */
export function GradeMix({ figures, t }: GradeMixProps) {
  const segments: { grade: Grade | null; n: number }[] = [
    ...GRADES.map((grade) => ({ grade, n: figures.gradeCounts[grade] })),
    { grade: null, n: figures.ungraded },
  ].filter((s) => s.n > 0)
  if (segments.length === 0) return <span className="missing">{t.common.missing}</span>
  return (
    <span className="grade-mix">
      {segments.map(({ grade, n }, i) => (
        // The space between two segments is text (copied, read aloud), not layout: the flex box drops it.
        <Fragment key={grade ?? 'none'}>
          {i > 0 && ' '}
          <Segment grade={grade} n={n} t={t} />
        </Fragment>
      ))}
    </span>
  )
}
