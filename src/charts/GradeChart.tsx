import { memo, useId, useMemo } from 'react'
import type { ProjectRow } from '../domain/project-row.ts'
import type { Grade } from '../domain/types.ts'
import { messagesFor } from '../i18n/catalogue.ts'
import { useAppStore } from '../store/app-store.ts'
import { gradeCursor } from './cursor-targets.ts'
import { EChart, type EChartHandlers } from './EChart.tsx'
import { buildGradeOption, gradeOfClick } from './grade-option.ts'
import { useChartCursor } from './use-chart-cursor.ts'
import { useChartEnv } from './use-chart-env.ts'
import './charts.css'

export interface GradeChartProps {
  /** ViewModel.gradeRows: every filter but the grade filter applied, so a dimmed grade can be clicked back. */
  rows: readonly ProjectRow[]
  /** The store's filters.grades: highlighted, the other grades dimmed; empty means no grade filter. */
  selectedGrades: readonly Grade[]
  /** Canvas height in px (the heading and caption come on top). */
  height?: number
}

/** Number of projects and share of the amount per grade; a click on a bar toggles that grade filter. */
export const GradeChart = memo(function GradeChart({ rows, selectedGrades, height = 280 }: GradeChartProps) {
  const headingId = useId()
  const env = useChartEnv()
  const toggleGrade = useAppStore((s) => s.toggleGrade)
  const model = useMemo(() => buildGradeOption(rows, selectedGrades, env), [rows, selectedGrades, env])
  const t = messagesFor(env.locale).charts.grade
  const cursor = useMemo(() => gradeCursor(model.bars, selectedGrades, env.locale), [model, selectedGrades, env.locale])
  const keyboard = useChartCursor(cursor, t.keys)

  const onEvents: EChartHandlers = {
    click: (params) => {
      const grade = gradeOfClick(params)
      if (grade !== null) toggleGrade(grade)
    },
  }

  return (
    <section className="chart-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.heading}</h2>
      <p className="chart-caption">
        {t.caption}
        <span className="screen-only">{t.hint}</span>
        {model.ungraded > 0 && t.ungraded(model.ungraded)}
      </p>
      {model.empty ? (
        <p className="chart-caption">{model.description}</p>
      ) : (
        <EChart
          option={model.option}
          ariaLabel={model.description}
          height={height}
          onEvents={onEvents}
          theme={env.dark ? 'dark' : null}
          exportName={t.file}
          keyboard={keyboard}
        />
      )}
    </section>
  )
})
