import { useDeferredValue, useEffect, useLayoutEffect, useMemo } from 'react'
import { GradeChart } from '../charts/GradeChart.tsx'
import { RateChart } from '../charts/RateChart.tsx'
import { ScatterChart } from '../charts/ScatterChart.tsx'
import { ThemeChart } from '../charts/ThemeChart.tsx'
import { chartsPanelMounted } from '../charts/charts-drawn.ts'
import type { ThemeId } from '../domain/problem-themes.ts'
import { datasetLabels } from '../domain/dataset-record.ts'
import type { Grade } from '../domain/types.ts'
import type { Brush } from '../domain/view.ts'
import { useMessages } from '../store/use-messages.ts'
import type { ViewModel } from '../store/view-model.ts'

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
 * from deferred copies of the view and the selections: after a sort, filter, keystroke or a
 * project opened, the table (or drawer) is painted first, and the charts (thousands of points to
 * redraw at scale; a grade chip's setOption alone forced a 14 ms layout) follow in a later task.
 * The charts are memoised, so the urgent render, which still sees the old copies, skips them.
 */
export function ChartsPanel(props: ChartsPanelProps) {
  const { onMounted } = props
  const view = useDeferredValue(props.view)
  const openId = useDeferredValue(props.openId)
  const brush = useDeferredValue(props.brush)
  const grades = useDeferredValue(props.grades)
  const themes = useDeferredValue(props.themes)
  const t = useMessages()
  useLayoutEffect(() => onMounted?.(), [onMounted])
  // The charts below were mounted in this commit; each has its first option a render later.
  useEffect(() => chartsPanelMounted(), [])
  const datasets = useMemo(() => {
    const labels = datasetLabels(view.inView)
    return view.inView.map((d, i) => ({ id: d.id, label: labels[i] ?? d.meta.fileName }))
  }, [view.inView])
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
