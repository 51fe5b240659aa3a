/**
 * The one place ECharts modules are registered (src/charts/README.md). Only what the charts use, so
 * the bundle stays far below full echarts: never import 'echarts' itself.
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
import { isPrinting, subscribePrint } from '../ui/print-media.ts'

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

/** What printing must restore on each live chart: its screen theme and its last brush areas. */
interface PrintState {
  theme: ChartTheme
  brushAreas: readonly object[]
}

const live = new Map<EChartsType, PrintState>()

/** A canvas chart with the Chinese locale (toolbox titles, aria fallbacks) and the given theme. */
export function initChart(dom: HTMLDivElement, theme: ChartTheme): EChartsType {
  const chart = init(dom, theme ?? undefined, { renderer: 'canvas', locale: 'ZH' })
  for (const known of live.keys()) if (known.isDisposed()) live.delete(known)
  const state: PrintState = { theme, brushAreas: [] }
  live.set(chart, state)
  // Every brush drawn or dispatched, to draw it again after a theme change (which drops it).
  chart.on('brush', (params) => {
    const { areas } = params as { areas?: unknown }
    if (Array.isArray(areas)) state.brushAreas = areas.filter((a): a is object => typeof a === 'object' && a !== null).map((a) => ({ ...a }))
  })
  followPrint()
  return chart
}

/** ECharts keeps the last theme when given none: light is the empty theme. */
export function applyTheme(chart: EChartsType, theme: ChartTheme): void {
  const state = live.get(chart)
  if (state !== undefined) state.theme = theme
  chart.setTheme(theme ?? {})
}

/** Marks a chart container while it shows its print snapshot (src/app/print.css hides the live canvases). */
const PRINT_SNAPSHOT_ATTRIBUTE = 'data-print-snapshot'
const SNAPSHOT_CLASS = 'chart-print-snapshot'

/**
 * Printing: charts do not resize on print by themselves. Whenever printing starts or the print
 * layout changes (src/ui/print-media.ts: beforeprint, then print media giving the page the paper's
 * width), each chart is laid out again for paper — light theme, no toolbox, the width the print
 * layout gives it — and drawn at once into one extra canvas (renderToCanvas at more than the
 * screen's pixel ratio draws the whole display list synchronously), which is what prints: ECharts
 * paints its own canvases on later animation frames, which never come before the browser takes the
 * print snapshot, and a chart drawn on several canvas layers (the heat map) prints only its top
 * layer. When printing ends, the snapshot goes and the screen theme, brush and toolbox come back.
 */
function printChange(printing: boolean): void {
  for (const [chart, state] of live) {
    if (chart.isDisposed()) {
      live.delete(chart)
      continue
    }
    const dom = chart.getDom()
    for (const old of dom.querySelectorAll(`:scope > .${SNAPSHOT_CLASS}`)) old.remove()
    dom.removeAttribute(PRINT_SNAPSHOT_ATTRIBUTE)
    if (state.theme !== null) {
      chart.setTheme(printing ? {} : state.theme)
      // setTheme drops the brush rectangle: draw it again from the last 'brush' event.
      if (state.brushAreas.length > 0) chart.dispatchAction({ type: 'brush', areas: state.brushAreas.map((a) => ({ ...a })) })
    }
    const option = chart.getOption() as { toolbox?: unknown } | undefined
    if (Array.isArray(option?.toolbox) && option.toolbox.length > 0) chart.setOption({ toolbox: { show: !printing } })
    chart.resize()
    chart.getZr().flush()
    if (printing && option !== undefined) {
      const snapshot = chart.renderToCanvas({ pixelRatio: Math.max(2, Math.ceil(window.devicePixelRatio) + 1), backgroundColor: '#ffffff' })
      snapshot.removeAttribute('style')
      snapshot.className = SNAPSHOT_CLASS
      snapshot.setAttribute('aria-hidden', 'true')
      dom.append(snapshot)
      dom.setAttribute(PRINT_SNAPSHOT_ATTRIBUTE, '')
    }
  }
}

let followingPrint = false
/** Whether the charts were last laid out for paper: a print event while not printing then changes nothing. */
let laidOutForPrint = false

function followPrint(): void {
  if (followingPrint) return
  followingPrint = true
  subscribePrint(() => {
    const printing = isPrinting()
    if (printing || laidOutForPrint) printChange(printing)
    laidOutForPrint = printing
  })
}
