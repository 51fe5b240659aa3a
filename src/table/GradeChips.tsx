import { GRADES } from '../domain/grade.ts'
import type { Grade } from '../domain/types.ts'
import { messagesFor } from '../i18n/catalogue.ts'
import { useAppStore } from '../store/app-store.ts'
import { useLocale } from '../store/use-messages.ts'
import { GradeBadge } from '../ui/GradeBadge.tsx'
import './table.css'

export interface GradeChipsProps {
  /** Projects per grade, before the grade filter (e.g. summarize(viewModel.gradeRows).gradeCounts). */
  counts: Record<Grade, number>
  /** All projects before the grade filter, graded or not (what 全部 shows). */
  total: number
}

/** Toggle buttons for the grade filter (several may be on); 全部 clears it. */
export function GradeChips({ counts, total }: GradeChipsProps) {
  const selected = useAppStore((s) => s.filters.grades)
  const toggleGrade = useAppStore((s) => s.toggleGrade)
  const setGrades = useAppStore((s) => s.setGrades)
  const locale = useLocale()
  const t = messagesFor(locale)
  return (
    <div className="grade-chips" role="group" aria-label={t.gradeChips.group}>
      <button type="button" className="grade-chip" aria-pressed={selected.length === 0} onClick={() => setGrades([])}>
        {t.common.all} <span className="grade-chip-count">{total}</span>
      </button>
      {GRADES.map((grade) => (
        <button
          key={grade}
          type="button"
          className="grade-chip"
          aria-pressed={selected.includes(grade)}
          onClick={() => toggleGrade(grade)}
        >
          <GradeBadge grade={grade} locale={locale} /> <span className="grade-chip-count">{counts[grade]}</span>
        </button>
      ))}
    </div>
  )
}
