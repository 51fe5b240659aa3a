import type { SetOptionOpts } from 'echarts/core'
import { memo, useId, useMemo } from 'react'
import type { ProjectRow } from '../domain/project-row.ts'
import type { Brush } from '../domain/view.ts'
import { messagesFor } from '../i18n/catalogue.ts'
import { useAppStore } from '../store/app-store.ts'
import { scatterCursor } from './cursor-targets.ts'
import { EChart, type EChartHandlers } from './EChart.tsx'
import { brushAction, brushFromAreas, isClearCommand, sameBrush } from './scatter-brush.ts'
import { buildScatterOption, type DatasetKey, datasetSymbol, pointRowOf } from './scatter-option.ts'
import { useChartCursor } from './use-chart-cursor.ts'
import { useChartEnv } from './use-chart-env.ts'
import './charts.css'

export interface ScatterChartProps {
  /** ViewModel.scatterRows: every filter but the brush applied, so the brush can be redrawn. */
  rows: readonly ProjectRow[]
  openId: string | null
  /** The store's filters.brush: drawn on the chart, and points outside it are dimmed. */
  brush: Brush | null
  /** Canvas height in px (the heading and caption come on top). */
  height?: number
  /** The datasets in view, in order; with more than one, each gets its own point shape. */
  datasets?: readonly DatasetKey[]
}

const NO_DATASETS: readonly DatasetKey[] = []

/** Series are replaced by id; the brush, its toolbox state and the legend selection are kept. */
const KEEP_BRUSH: SetOptionOpts = { replaceMerge: ['series'] }

/** Amount × score of each project by grade; click a point to open it, draw a rectangle to filter. */
export const ScatterChart = memo(function ScatterChart({ rows, openId, brush, height = 300, datasets = NO_DATASETS }: ScatterChartProps) {
  const headingId = useId()
  const env = useChartEnv()
  const openProject = useAppStore((s) => s.openProject)
  const setBrush = useAppStore((s) => s.setBrush)
  const model = useMemo(() => buildScatterOption(rows, openId, env, datasets), [rows, openId, env, datasets])
  const actions = useMemo(() => [brushAction(brush)], [brush])
  const messages = messagesFor(env.locale)
  const t = messages.charts.scatter
  const comparing = datasets.length > 1
  const cursor = useMemo(() => scatterCursor(model, comparing, env.locale), [model, comparing, env.locale])
  const keyboard = useChartCursor(cursor, t.keys)

  const onEvents: EChartHandlers = {
    click: (params) => {
      const row = pointRowOf(params, model.points)
      if (row !== undefined) openProject(row.id)
    },
    // The store's brush, not the prop: the charts draw a deferred copy, which lags a fresh change.
    brushEnd: (params) => {
      const next = brushFromAreas((params as { areas?: unknown }).areas)
      if (!sameBrush(next, useAppStore.getState().filters.brush)) setBrush(next)
    },
    brush: (params) => {
      if (isClearCommand(params) && useAppStore.getState().filters.brush !== null) setBrush(null)
    },
  }

  return (
    <section className="chart-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.heading}</h2>
      <p className="chart-caption">
        {t.caption}
        <span className="screen-only">{t.hint}</span>
        {model.unplotted.length > 0 && t.unplotted(model.unplotted.length)}
      </p>
      {rows.length === 0 ? (
        <p className="chart-caption">{messages.charts.noProjects}</p>
      ) : (
        <EChart
          option={model.option}
          ariaLabel={model.description}
          height={height}
          setOptionOpts={KEEP_BRUSH}
          onEvents={onEvents}
          actions={actions}
          theme={env.dark ? 'dark' : null}
          exportName={t.file}
          keyboard={keyboard}
        />
      )}
      {comparing && (
        <p className="chart-caption">
          {t.shapes}
          <span lang="zh-CN">{datasets.map((d, i) => `${datasetSymbol(i).glyph} ${d.label}`).join('　')}</span>
        </p>
      )}
      {/* Always present, so the canvas never moves when a brush is drawn or cleared. */}
      <p className="chart-brush-state">
        {brush === null ? (
          <span className="chart-caption">{t.noBrush}</span>
        ) : (
          <>
            <span>
              {t.brushed}
              {messages.filters.brushRange(brush)}
            </span>
            <button type="button" className="chart-link-button" onClick={() => setBrush(null)}>
              {t.clearBrush}
            </button>
          </>
        )}
      </p>
    </section>
  )
})
