import { useDeferredValue, useEffect, useLayoutEffect, useMemo } from 'react'
import { GradeChart } from '../charts/GradeChart.tsx'
import { RateChart } from '../charts/RateChart.tsx'
import { ScatterChart } from '../charts/ScatterChart.tsx'
import { ThemeChart } from '../charts/ThemeChart.tsx'
import type { ThemeId } from '../domain/problem-themes.ts'
import { datasetLabel } from '../domain/dataset-record.ts'
import type { Grade } from '../domain/types.ts'
import type { Brush } from '../domain/view.ts'
import { useMessages } from '../store/use-messages.ts'
import type { ViewModel } from '../store/view-model.ts'
import { markChartsDrawn } from './charts-drawn.ts'
import { allChartsDrawn } from '../charts/first-draws.ts'

export interface ChartsPanelProps {
  view: ViewModel
  openId: string | null
  brush: Brush | null
  grades: readonly Grade[]
  themes: readonly ThemeId[]
  /** Told once the charts are in the page (before it paints): their placeholder can go. */
  onMounted?: () => void
}

/**
 * The linked charts; loaded as its own chunk so ECharts never delays the first paint. They draw
 * from a deferred copy of the view: after a sort, filter or keystroke the table is painted first,
 * and the charts (thousands of points to redraw at scale) follow in a later task.
 */
export function ChartsPanel({ view: current, openId, brush, grades, themes, onMounted }: ChartsPanelProps) {
  const view = useDeferredValue(current)
  const t = useMessages()
  useLayoutEffect(() => onMounted?.(), [onMounted])
  // The charts below were mounted in this commit; each has its first option a render later.
  useEffect(() => {
    void allChartsDrawn().then(() => requestAnimationFrame(() => markChartsDrawn()))
  }, [])
  const datasets = useMemo(() => view.inView.map((d) => ({ id: d.id, label: datasetLabel(d) })), [view.inView])
  return (
    <section className="charts" aria-label={t.charts.region}>
      <div className="chart-cell chart-wide">
        <ScatterChart rows={view.scatterRows} openId={openId} brush={brush} datasets={datasets} />
      </div>
      <div className="chart-cell">
        <GradeChart rows={view.gradeRows} selectedGrades={grades} />
      </div>
      <div className="chart-cell">
        <RateChart rows={view.filteredRows} openId={openId} />
      </div>
      <div className="chart-cell chart-wide">
        <ThemeChart rows={view.themeRows} selectedThemes={themes} />
      </div>
    </section>
  )
}
