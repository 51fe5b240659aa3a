import { createElement, useLayoutEffect } from 'react'
import type { EChartProps } from '../../src/charts/EChart.tsx'

/** The props the stand-in was last rendered with: a test fires the chart's events through them. */
export const lastChart: { props: EChartProps | null } = { props: null }

/**
 * EChart in every DOM test (tests/setup/dom.ts): jsdom has no canvas, so no ECharts, only the
 * elements EChart renders around it — the described image, and with a keyboard the focusable frame
 * (role="application") that works it.
 */
export function EChart(props: EChartProps) {
  useLayoutEffect(() => {
    lastChart.props = props
  })
  const { ariaLabel, keyboard } = props
  const canvas = createElement('div', { role: 'img', 'aria-label': ariaLabel, 'aria-hidden': keyboard === undefined ? undefined : true })
  if (keyboard === undefined) return canvas
  const { onKeyDown, onFocus, onBlur } = keyboard
  return createElement('div', { role: 'application', 'aria-label': ariaLabel, tabIndex: 0, onKeyDown, onFocus, onBlur }, canvas)
}
