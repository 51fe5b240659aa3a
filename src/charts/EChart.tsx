import type { EChartsCoreOption, EChartsType, Payload, SetOptionOpts } from 'echarts/core'
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react'
import { useMessages } from '../store/use-messages.ts'
import { downloadFile } from '../ui/download.ts'
import { applyTheme, type ChartTheme, initChart } from './echarts-setup.ts'
import { chartMounted, chartSettled } from './charts-drawn.ts'
import type { ChartKeyboard } from './use-chart-cursor.ts'
import '../ui/ui.css'

type EChartHandler = (params: unknown) => void
/** ECharts event name ('click', 'brushEnd', …) → handler. A new object each render is fine. */
export type EChartHandlers = Readonly<Partial<Record<string, EChartHandler>>>

export interface EChartProps {
  option: EChartsCoreOption
  /** The accessible name of the chart (role="img"); ECharts' aria description says the same. */
  ariaLabel: string
  /** Height in px; the width follows the container. */
  height: number
  /**
   * How a new option is applied. Default `{ notMerge: true }`: the option replaces the last one.
   * Pass a module-level constant: a new object each render would re-apply the option each render.
   */
  setOptionOpts?: SetOptionOpts
  /** Bound by name; the handlers are read from a ref, so changing them never re-creates the chart. */
  onEvents?: EChartHandlers
  /** Dispatched after every setOption; a new array re-applies option and actions (memoize it). */
  actions?: readonly Payload[]
  theme?: ChartTheme
  className?: string
  /** When set, a button saves the chart as `${exportName}.png`, on an opaque background. */
  exportName?: string
  /**
   * Makes the chart a tab stop worked by the keyboard (useChartCursor): a frame around the canvas
   * with role="application", so a screen reader passes the arrow keys through, named by the
   * description and described by the keys' hint, which also shows under the chart while it has
   * keyboard focus; the point under the cursor is highlighted with its tooltip.
   */
  keyboard?: ChartKeyboard
}

type ChartMark = NonNullable<ChartKeyboard['mark']>

function showMark(chart: EChartsType, item: ChartMark): void {
  chart.dispatchAction({ type: 'highlight', ...item })
  chart.dispatchAction({ type: 'showTip', ...item })
}

const REPLACE: SetOptionOpts = { notMerge: true }
const DARK_BACKGROUND = '#0d1117'
const NO_ACTIONS: readonly Payload[] = []

/** The one component that owns an ECharts instance: init, setOption, events, resize, dispose. */
export function EChart({
  option,
  ariaLabel,
  height,
  setOptionOpts = REPLACE,
  onEvents,
  actions = NO_ACTIONS,
  theme = null,
  className,
  exportName,
  keyboard,
}: EChartProps) {
  const container = useRef<HTMLDivElement>(null)
  const hintId = useId()
  const [chart, setChart] = useState<EChartsType | null>(null)
  const handlers = useRef(onEvents)
  const latestTheme = useRef(theme)
  const appliedTheme = useRef<ChartTheme>(null)
  const drawn = useRef(false)
  const t = useMessages()

  const mark = useRef<ChartMark | null>(null)

  useLayoutEffect(() => {
    handlers.current = onEvents
    latestTheme.current = theme
    mark.current = keyboard?.mark ?? null
  })

  useEffect(() => {
    const dom = container.current
    if (dom === null) return
    const instance = initChart(dom, latestTheme.current)
    chartMounted()
    drawn.current = false
    appliedTheme.current = latestTheme.current
    setChart(instance)
    const resize = () => instance.resize()
    const observer = new ResizeObserver(resize)
    observer.observe(dom)
    // Printing changes the page width without a resize the observer always sees: echarts-setup.ts
    // lays every live chart out again when printing starts or ends.
    return () => {
      observer.disconnect()
      instance.dispose()
      if (!drawn.current) chartSettled()
      setChart(null)
    }
  }, [])

  // Theme, then option, then actions: a new theme or a replacing option drops what the actions
  // drew (a brush area, say), so they are dispatched again after either.
  useEffect(() => {
    if (chart === null) return
    if (appliedTheme.current !== theme) {
      appliedTheme.current = theme
      applyTheme(chart, theme)
    }
    chart.setOption(option, setOptionOpts)
    for (const action of actions) chart.dispatchAction(action)
    if (!drawn.current) {
      drawn.current = true
      chartSettled()
    }
    // A new option drops the cursor's highlight and tooltip: show them again.
    if (mark.current !== null) showMark(chart, mark.current)
  }, [chart, option, setOptionOpts, actions, theme])

  // The keyboard cursor's point: highlighted with its tooltip while it is there.
  const markSeries = keyboard?.mark?.seriesIndex ?? null
  const markData = keyboard?.mark?.dataIndex ?? null
  useEffect(() => {
    if (chart === null || markSeries === null || markData === null) return
    const item = { seriesIndex: markSeries, dataIndex: markData }
    showMark(chart, item)
    return () => {
      if (chart.isDisposed()) return
      chart.dispatchAction({ type: 'downplay', ...item })
      chart.dispatchAction({ type: 'hideTip' })
    }
  }, [chart, markSeries, markData])

  const eventNames = Object.keys(onEvents ?? {})
    .toSorted()
    .join(' ')
  useEffect(() => {
    if (chart === null || eventNames === '') return
    const bound = eventNames.split(' ').map((name) => {
      const listener = (params: unknown) => handlers.current?.[name]?.(params)
      chart.on(name, listener)
      return [name, listener] as const
    })
    return () => {
      if (chart.isDisposed()) return
      for (const [name, listener] of bound) chart.off(name, listener)
    }
  }, [chart, eventNames])

  const savePng = () => {
    if (chart === null || exportName === undefined) return
    // An explicit background: a transparent PNG is unreadable on a dark slide or a white page.
    const backgroundColor = theme === 'dark' ? DARK_BACKGROUND : '#ffffff'
    downloadFile(`${exportName}.png`, chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor, excludeComponents: ['toolbox'] }))
  }

  const canvas = (
    <div
      ref={container}
      role="img"
      aria-label={ariaLabel}
      aria-hidden={keyboard === undefined ? undefined : true}
      className={className === undefined ? 'chart-canvas' : `chart-canvas ${className}`}
      style={{ height }}
    />
  )

  return (
    <>
      {keyboard === undefined ? (
        canvas
      ) : (
        // ECharts' aria writes role="img" and its description onto its own container at every update,
        // so the tab stop is a frame around it, named by the same description; the container is hidden
        // from assistive technology, which would read the description twice.
        <div
          role="application"
          aria-label={ariaLabel}
          aria-describedby={hintId}
          tabIndex={0}
          className="chart-frame"
          onKeyDown={keyboard.onKeyDown}
          onFocus={keyboard.onFocus}
          onBlur={keyboard.onBlur}
        >
          {canvas}
        </div>
      )}
      {keyboard !== undefined && (
        <p id={hintId} className="chart-keys">
          {keyboard.hint}
        </p>
      )}
      {exportName !== undefined && (
        <button type="button" className="secondary-button chart-export" onClick={savePng} disabled={chart === null}>
          {t.charts.downloadPng}
        </button>
      )}
    </>
  )
}
