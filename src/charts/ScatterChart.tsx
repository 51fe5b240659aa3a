import type { SetOptionOpts } from 'echarts/core'
import { useId, useMemo } from 'react'
import { formatBrush } from '../domain/format.ts'
import type { ProjectRow } from '../domain/project-row.ts'
import type { Brush } from '../domain/view.ts'
import { useAppStore } from '../store/app-store.ts'
import { EChart, type EChartHandlers } from './EChart.tsx'
import { brushAction, brushFromAreas, isClearCommand, sameBrush } from './scatter-brush.ts'
import { buildScatterOption, type DatasetKey, datasetSymbol, pointRowOf } from './scatter-option.ts'
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
export function ScatterChart({ rows, openId, brush, height = 300, datasets = NO_DATASETS }: ScatterChartProps) {
  const headingId = useId()
  const env = useChartEnv()
  const openProject = useAppStore((s) => s.openProject)
  const setBrush = useAppStore((s) => s.setBrush)
  const model = useMemo(() => buildScatterOption(rows, openId, env, datasets), [rows, openId, env, datasets])
  const actions = useMemo(() => [brushAction(brush)], [brush])

  const onEvents: EChartHandlers = {
    click: (params) => {
      const row = pointRowOf(params, model.points)
      if (row !== undefined) openProject(row.id)
    },
    brushEnd: (params) => {
      const next = brushFromAreas((params as { areas?: unknown }).areas)
      if (!sameBrush(next, brush)) setBrush(next)
    },
    brush: (params) => {
      if (isClearCommand(params) && brush !== null) setBrush(null)
    },
  }

  return (
    <section className="chart-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>决算金额与评价分值</h2>
      <p className="chart-caption">
        每个点是一个项目，虚线为等级界线。点击点查看项目；点右上角「框选区域」后在图中拖出矩形，可按金额和分值筛选。
        {model.unplotted.length > 0 && ` ${model.unplotted.length}个项目缺少金额或分值，未绘出。`}
      </p>
      <EChart
        option={model.option}
        ariaLabel={model.description}
        height={height}
        setOptionOpts={KEEP_BRUSH}
        onEvents={onEvents}
        actions={actions}
        theme={env.dark ? 'dark' : null}
        exportName="决算金额与评价分值"
      />
      {datasets.length > 1 && (
        <p className="chart-caption">
          形状区分数据集：
          {datasets.map((d, i) => `${datasetSymbol(i).glyph} ${d.label}`).join('　')}
        </p>
      )}
      {/* Always present, so the canvas never moves when a brush is drawn or cleared. */}
      <p className="chart-brush-state">
        {brush === null ? (
          <span className="chart-caption">未框选：显示全部金额与分值。</span>
        ) : (
          <>
            <span>框选：{formatBrush(brush)}</span>
            <button type="button" className="chart-link-button" onClick={() => setBrush(null)}>
              清除框选
            </button>
          </>
        )}
      </p>
    </section>
  )
}
