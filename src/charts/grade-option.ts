import type { BarSeriesOption } from 'echarts/charts'
import type { AriaComponentOption, GridComponentOption, TooltipComponentOption } from 'echarts/components'
import { type ComposeOption, format } from 'echarts/core'
import { formatShare, formatWan } from '../domain/format.ts'
import { GRADES } from '../domain/grade.ts'
import { summarize } from '../domain/stats.ts'
import type { ProjectRow } from '../domain/project-row.ts'
import type { Grade } from '../domain/types.ts'
import { baseOption, type ChartEnv, itemTooltip, GRADE_COLORS } from './chart-style.ts'

export type GradeOption = ComposeOption<
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

/** "5项\n占金额 54.7%": the count on top, the share of the total amount under it. */
export function barLabel(bar: GradeBar): string {
  return `${bar.count}项\n占金额 ${formatShare(bar.sharePercent)}`
}

function tooltipHtml(bar: GradeBar): string {
  const e = format.encodeHTML
  return [
    `<strong>${e(bar.grade)}</strong>：${bar.count} 项`,
    `决算金额 ${e(formatWan(bar.amountWan))} 万元（占 ${e(formatShare(bar.sharePercent))}）`,
    '点击按此等级筛选',
  ].join('<br/>')
}

function describe(bars: readonly GradeBar[], ungraded: number): string {
  const parts = bars.map((b) =>
    b.count === 0 ? `${b.grade}0项` : `${b.grade}${b.count}项（占金额${formatShare(b.sharePercent)}）`,
  )
  const tail = ungraded > 0 ? `；另有${ungraded}项未注明等级` : ''
  return `柱状图：各评价等级的项目数与决算金额占比。${parts.join('，')}${tail}。`
}

/**
 * One bar per grade. With a grade filter active, the selected grades keep full colour and an
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
  const description = describe(bars, ungraded)

  const data: BarSeriesOption['data'] = bars.map((bar) => {
    const isSelected = filtering && selected.includes(bar.grade)
    return {
      id: bar.grade,
      name: bar.grade,
      value: bar.count,
      itemStyle: {
        color: GRADE_COLORS[bar.grade],
        opacity: filtering && !isSelected ? DIMMED_OPACITY : 1,
        borderColor: outline,
        borderWidth: isSelected ? 2 : 0,
      },
      label: { formatter: barLabel(bar) },
    }
  })

  const option: GradeOption = {
    ...baseOption(env, description),
    grid: { left: 40, right: 12, top: 44, bottom: 28 },
    tooltip: itemTooltip(env, bars, tooltipHtml),
    xAxis: {
      type: 'category',
      data: [...GRADES],
      // Clicking a grade's name toggles it too, which matters for a grade with no bar to click.
      triggerEvent: true,
      axisTick: { show: false },
      axisLabel: { fontSize: 14, fontWeight: 'bold' },
    },
    yAxis: {
      type: 'value',
      name: '项目数',
      minInterval: 1,
      nameTextStyle: { align: 'right' },
      splitLine: { lineStyle: { type: 'dotted' } },
    },
    series: [
      {
        id: 'grade-count',
        type: 'bar',
        name: '项目数',
        data,
        barMaxWidth: 56,
        cursor: 'pointer',
        label: { show: true, position: 'top', lineHeight: 16, fontSize: 12 },
        emphasis: { itemStyle: { opacity: 1 } },
      },
    ],
  }
  return { option, bars, description, ungraded }
}

/** The grade a click on a bar or on an axis label names, or null. */
export function gradeOfClick(params: unknown): Grade | null {
  if (typeof params !== 'object' || params === null) return null
  const { componentType, name, value } = params as { componentType?: unknown; name?: unknown; value?: unknown }
  const word = componentType === 'xAxis' ? value : name
  return GRADES.find((g) => g === word) ?? null
}
