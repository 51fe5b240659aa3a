import type { BarSeriesOption } from 'echarts/charts'
import type { AriaComponentOption, GridComponentOption, TooltipComponentOption } from 'echarts/components'
import { type ComposeOption, format } from 'echarts/core'
import { formatShare, formatWan } from '../domain/format.ts'
import { GRADES } from '../domain/grade.ts'
import { summarize } from '../domain/stats.ts'
import type { ProjectRow } from '../domain/project-row.ts'
import type { Grade } from '../domain/types.ts'
import { messagesFor } from '../i18n/catalogue.ts'
import type { Messages } from '../i18n/messages.ts'
import { baseOption, type ChartEnv, GRADE_COLORS, GRADE_DECALS, itemTooltip } from './chart-style.ts'

type GradeOption = ComposeOption<
  BarSeriesOption | GridComponentOption | TooltipComponentOption | AriaComponentOption
>

export interface GradeBar {
  grade: Grade
  count: number
  /** Sum of the stated amounts of the grade's projects, 万元. */
  amountWan: number
  /** amountWan / total stated amount, in percent with one decimal; null when no amount is stated at all. */
  sharePercent: number | null
}

export interface GradeModel {
  option: GradeOption
  bars: GradeBar[]
  description: string
  /** Projects whose report states no grade: not in any bar. */
  ungraded: number
  /** No project in view: the chart shows t.charts.noProjects instead of bars (no share is 未披露 then). */
  empty: boolean
}

/** Opacity of bars outside an active grade filter. */
export const DIMMED_OPACITY = 0.3

/** Count and amount per grade, in the order 优 良 中 差; a grade without projects is 0, not absent. */
export function gradeBars(rows: readonly ProjectRow[]): GradeBar[] {
  const summary = summarize(rows.map((r) => r.project))
  return GRADES.map((grade) => {
    const amountWan = summary.gradeAmounts[grade]
    const share = summary.amountCount === 0 || summary.totalWan === 0 ? null : Math.round((amountWan / summary.totalWan) * 1000) / 10
    return { grade, count: summary.gradeCounts[grade], amountWan, sharePercent: share }
  })
}

/** The share of the amount; with no project in view there is nothing undisclosed, only nothing: —. */
const share = (bar: GradeBar, t: Messages, empty = false): string =>
  empty ? t.common.missing : formatShare(bar.sharePercent, t.common.notDisclosed)

/** "5项\n占金额 54.7%": the count on top, the share of the total amount under it. */
export function barLabel(bar: GradeBar, t: Messages, empty = false): string {
  return t.charts.grade.barLabel(bar.count, share(bar, t, empty))
}

function tooltipHtml(bar: GradeBar, t: Messages, empty: boolean): string {
  const e = format.encodeHTML
  return [
    `<strong>${e(t.grades.label(bar.grade))}</strong>${e(t.charts.grade.tooltipCount(bar.count))}`,
    e(t.charts.grade.tooltipAmount(formatWan(bar.amountWan), share(bar, t, empty))),
    e(t.charts.grade.tooltipHint),
  ].join('<br/>')
}

function describe(bars: readonly GradeBar[], ungraded: number, t: Messages, empty: boolean): string {
  if (empty) return t.charts.noProjects
  return t.charts.grade.description(
    bars.map((b) => ({ grade: b.grade, count: b.count, share: share(b, t) })),
    ungraded,
  )
}

/**
 * One bar per grade, each in its grade's colour and pattern (GRADE_DECALS). With a grade filter active, the selected grades keep full colour and an
 * outline and the others are dimmed; without one, every bar is drawn alike.
 */
export function buildGradeOption(
  rows: readonly ProjectRow[],
  selected: readonly Grade[],
  env: ChartEnv,
): GradeModel {
  const bars = gradeBars(rows)
  const ungraded = rows.filter((r) => r.project.grade === null).length
  const filtering = selected.length > 0
  const outline = env.dark ? '#e6edf3' : '#1f2328'
  const t = messagesFor(env.locale)
  const empty = rows.length === 0
  const description = describe(bars, ungraded, t, empty)

  const data: BarSeriesOption['data'] = bars.map((bar) => {
    const isSelected = filtering && selected.includes(bar.grade)
    const decal = GRADE_DECALS[bar.grade]
    return {
      id: bar.grade,
      name: bar.grade,
      value: bar.count,
      itemStyle: {
        color: GRADE_COLORS[bar.grade],
        opacity: filtering && !isSelected ? DIMMED_OPACITY : 1,
        borderColor: outline,
        borderWidth: isSelected ? 2 : 0,
        // A copy: ECharts marks the decal object it is given (dirty = true).
        ...(decal !== null && { decal: { ...decal } }),
      },
      label: { formatter: barLabel(bar, t, empty) },
    }
  })

  const axisLines = t.grades.axis('优').split('\n').length
  const option: GradeOption = {
    ...baseOption(env, description),
    grid: { left: 40, right: 12, top: 44, bottom: 10 + 18 * axisLines },
    tooltip: itemTooltip(env, bars, (bar) => tooltipHtml(bar, t, empty)),
    xAxis: {
      type: 'category',
      data: [...GRADES],
      // Clicking a grade's name toggles it too, which matters for a grade with no bar to click.
      triggerEvent: true,
      axisTick: { show: false },
      // The categories stay the grades (clicks name them); what shows is the grade in the interface language.
      axisLabel: {
        fontSize: 14,
        fontWeight: 'bold',
        lineHeight: 18,
        interval: 0,
        formatter: (grade: string) => (isGrade(grade) ? t.grades.axis(grade) : grade),
      },
    },
    yAxis: {
      type: 'value',
      name: t.charts.grade.axis,
      minInterval: 1,
      nameTextStyle: { align: 'right' },
      splitLine: { lineStyle: { type: 'dotted' } },
    },
    series: [
      {
        id: 'grade-count',
        type: 'bar',
        name: t.charts.grade.axis,
        data,
        barMaxWidth: 56,
        cursor: 'pointer',
        label: { show: true, position: 'top', lineHeight: 16, fontSize: 12 },
        // The bar under the pointer or the keyboard cursor: full colour and an outline.
        emphasis: { itemStyle: { opacity: 1, borderColor: outline, borderWidth: 3 } },
      },
    ],
  }
  return { option, bars, description, ungraded, empty }
}

const isGrade = (word: string): word is Grade => (GRADES as readonly string[]).includes(word)

/** The grade a click on a bar or on an axis label names, or null. */
export function gradeOfClick(params: unknown): Grade | null {
  if (typeof params !== 'object' || params === null) return null
  const { componentType, name, value } = params as { componentType?: unknown; name?: unknown; value?: unknown }
  const word = componentType === 'xAxis' ? value : name
  return GRADES.find((g) => g === word) ?? null
}
