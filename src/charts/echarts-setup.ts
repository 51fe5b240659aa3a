/**
 * The one place ECharts modules are registered (GUIDE §4). Only what the charts use, so the
 * bundle stays far below full echarts: never import 'echarts' itself.
 */
import { BarChart, HeatmapChart, ScatterChart } from 'echarts/charts'
import {
  AriaComponent,
  BrushComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  ToolboxComponent,
  TooltipComponent,
  VisualMapPiecewiseComponent,
} from 'echarts/components'
import { type EChartsType, init, use as registerModules } from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'

registerModules([
  CanvasRenderer,
  ScatterChart,
  BarChart,
  HeatmapChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  MarkLineComponent,
  BrushComponent,
  ToolboxComponent,
  AriaComponent,
  // The problem-theme heat map: ECharts draws a heat map only through a visualMap.
  VisualMapPiecewiseComponent,
])

export type ChartTheme = 'dark' | null

/** A canvas chart with the Chinese locale (toolbox titles, aria fallbacks) and the given theme. */
export function initChart(dom: HTMLDivElement, theme: ChartTheme): EChartsType {
  return init(dom, theme ?? undefined, { renderer: 'canvas', locale: 'ZH' })
}

/** ECharts keeps the last theme when given none: light is the empty theme. */
export function applyTheme(chart: EChartsType, theme: ChartTheme): void {
  chart.setTheme(theme ?? {})
}
