import { NOT_DISCLOSED } from '../domain/format.ts'
import type { Grade } from '../domain/types.ts'
import './ui.css'

export interface GradeBadgeProps {
  grade: Grade | null
}

/** The grade as text in a tinted badge: the colour repeats the word, it never replaces it. */
export function GradeBadge({ grade }: GradeBadgeProps) {
  if (grade === null) return <span className="missing">{NOT_DISCLOSED}</span>
  return (
    <span className="grade-badge" data-grade={grade}>
      {grade}
    </span>
  )
}
