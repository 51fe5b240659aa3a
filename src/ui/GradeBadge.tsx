import type { Grade } from '../domain/types.ts'
import { messagesFor } from '../i18n/catalogue.ts'
import type { Locale } from '../i18n/locale.ts'
import './ui.css'

export interface GradeBadgeProps {
  grade: Grade | null
  locale: Locale
}

/**
 * The grade as text in a tinted badge: the colour repeats the word, it never replaces it. In
 * English the grade's character stays (it is what the report says) with its English name after it.
 */
export function GradeBadge({ grade, locale }: GradeBadgeProps) {
  const t = messagesFor(locale)
  if (grade === null) return <span className="missing">{t.common.notDisclosed}</span>
  if (locale === 'zh') {
    return (
      <span className="grade-badge" data-grade={grade}>
        {grade}
      </span>
    )
  }
  return (
    <span className="grade-badge" data-grade={grade}>
      <span lang="zh-CN">{grade}</span> {t.grades.name[grade]}
    </span>
  )
}
