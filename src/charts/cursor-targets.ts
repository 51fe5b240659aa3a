/**
 * What the keyboard cursor can stand on in each chart, in the order the arrow keys walk it, with
 * what is announced there and what Enter does. Pure: built from the same models as the options.
 */
import { formatPercent, formatScore, formatShare, formatWan } from '../domain/format.ts'
import { GRADES } from '../domain/grade.ts'
import { THEME_IDS, type ThemeId, type ThemeTotal } from '../domain/problem-themes.ts'
import type { ProjectRow } from '../domain/project-row.ts'
import type { Grade } from '../domain/types.ts'
import { messagesFor } from '../i18n/catalogue.ts'
import type { Locale } from '../i18n/locale.ts'
import type { Messages } from '../i18n/messages.ts'
import type { CursorLayout } from './chart-cursor.ts'
import type { GradeBar } from './grade-option.ts'
import { type RateBar, rateBins } from './rate-option.ts'
import type { ScatterModel } from './scatter-option.ts'
import type { ThemeCell } from './theme-option.ts'

/** What Enter does on a point: what a click on it does. */
export type CursorAction =
  | { kind: 'open'; rowId: string }
  | { kind: 'grade'; grade: Grade }
  /** Toggles the theme; a heat-map cell also opens its project when the theme is turned on. */
  | { kind: 'theme'; theme: ThemeId; rowId: string | null }
  | { kind: 'none' }

interface CursorTarget {
  /** Stable across redraws (a project id, a grade, a theme): the cursor stays on it when the data change. */
  key: string
  /** The data item ECharts highlights and shows the tooltip of. */
  seriesIndex: number
  dataIndex: number
  /** The project under the cursor, marked in the table; null on a grade, a theme or a band of rates. */
  rowId: string | null
  /** Said through the live region when the cursor comes here. */
  text: string
  /** Report text inside `text` (the project's name, as published), or null. */
  reportText: string | null
  action: CursorAction
}

export interface ChartCursorModel {
  targets: CursorTarget[]
  layout: CursorLayout
}

const nameOf = (row: ProjectRow, t: Messages): { name: string; reportText: string | null } =>
  row.project.name === null ? { name: t.common.unnamed, reportText: null } : { name: row.project.name, reportText: row.project.name }

const byNumbers = (...pairs: [number, number][]): number => {
  for (const [a, b] of pairs) if (a !== b) return a - b
  return 0
}

/**
 * The scatter's points left to right: by amount, then score, then document order (two projects of
 * the same amount stand bottom to top). Up/Down walk them by score, then amount: Up to the next
 * higher score, Down to the next lower one. Enter opens the project.
 */
export function scatterCursor(model: Pick<ScatterModel, 'points' | 'marks'>, comparing: boolean, locale: Locale): ChartCursorModel {
  const t = messagesFor(locale)
  const amount = (k: number) => model.points[k]?.project.amountWan ?? 0
  const score = (k: number) => model.points[k]?.project.score ?? 0
  const order = model.points
    .map((_, k) => k)
    .toSorted((a, b) => byNumbers([amount(a), amount(b)], [score(a), score(b)], [a, b]))
  const count = order.length
  const targets = order.flatMap((k, i): CursorTarget[] => {
    const row = model.points[k]
    const mark = model.marks[k]
    if (row === undefined || mark === undefined) return []
    const { name, reportText } = nameOf(row, t)
    const text = t.charts.scatter.cursor({
      name,
      amount: formatWan(row.project.amountWan),
      score: formatScore(row.project.score),
      grade: row.project.grade,
      dataset: comparing ? row.datasetLabel : null,
      position: i + 1,
      of: count,
    })
    return [{ key: row.id, ...mark, rowId: row.id, text, reportText, action: { kind: 'open', rowId: row.id } }]
  })
  const upOrder = order
    .map((_, i) => i)
    .toSorted((a, b) => {
      const ka = order[a] ?? 0
      const kb = order[b] ?? 0
      return byNumbers([score(ka), score(kb)], [amount(ka), amount(kb)], [a, b])
    })
  return { targets, layout: { kind: 'ranks', count: targets.length, upOrder } }
}

/** The grade bars left to right (优 良 中 差); Enter toggles the grade filter. */
export function gradeCursor(bars: readonly GradeBar[], selected: readonly Grade[], locale: Locale): ChartCursorModel {
  const t = messagesFor(locale)
  const targets = bars.map((bar, i): CursorTarget => ({
    key: bar.grade,
    seriesIndex: 0,
    dataIndex: GRADES.indexOf(bar.grade),
    rowId: null,
    text: t.charts.grade.cursor({
      grade: bar.grade,
      count: bar.count,
      share: formatShare(bar.sharePercent, t.common.notDisclosed),
      filtering: selected.includes(bar.grade),
      position: i + 1,
      of: bars.length,
    }),
    reportText: null,
    action: { kind: 'grade', grade: bar.grade },
  }))
  return { targets, layout: { kind: 'line', count: targets.length } }
}

/** The rate bars top to bottom (highest first), Enter opening the project; or the bands of rates, Enter doing nothing. */
export function rateCursor(mode: 'bars' | 'bins', bars: readonly RateBar[], locale: Locale): ChartCursorModel {
  const t = messagesFor(locale)
  if (mode === 'bins') {
    const bins = rateBins(bars)
    const targets = bins.map((bin, i): CursorTarget => ({
      key: bin.label,
      seriesIndex: 0,
      dataIndex: i,
      rowId: null,
      text: t.charts.rate.binCursor({ band: bin.label, count: bin.count, position: i + 1, of: bins.length }),
      reportText: null,
      action: { kind: 'none' },
    }))
    return { targets, layout: { kind: 'line', count: targets.length } }
  }
  const targets = bars.map((bar, i): CursorTarget => ({
    key: bar.id,
    seriesIndex: 0,
    dataIndex: i,
    rowId: bar.id,
    text: t.charts.rate.cursor({ name: bar.name, rate: formatPercent(bar.rate), position: i + 1, of: bars.length }),
    reportText: bar.name,
    action: { kind: 'open', rowId: bar.id },
  }))
  return { targets, layout: { kind: 'line', count: targets.length } }
}

/**
 * Heat-map cells in reading order: project by project (top to bottom), theme by theme (left to
 * right); Up/Down go to the nearest cell of the project above or below. `cells` are in the
 * series' data order, `rows` in the chart's row order. Enter does what a click on the cell does.
 */
export function themeCellCursor(
  cells: readonly ThemeCell[],
  rows: readonly ProjectRow[],
  selected: readonly ThemeId[],
  locale: Locale,
): ChartCursorModel {
  const t = messagesFor(locale)
  const rowOf = new Map(rows.map((r, i) => [r.id, i]))
  const placed = cells.map((cell, dataIndex) => ({ cell, dataIndex, row: rowOf.get(cell.row.id) ?? 0, column: THEME_IDS.indexOf(cell.theme) }))
  const order = placed.toSorted((a, b) => byNumbers([a.row, b.row], [a.column, b.column]))
  const targets = order.map(({ cell, dataIndex }, i): CursorTarget => {
    const { name, reportText } = nameOf(cell.row, t)
    return {
      key: `${cell.theme} ${cell.row.id}`,
      seriesIndex: 0,
      dataIndex,
      rowId: cell.row.id,
      text: t.charts.theme.cellCursor({
        name,
        theme: cell.theme,
        items: cell.count,
        filtering: selected.includes(cell.theme),
        position: i + 1,
        of: order.length,
      }),
      reportText,
      action: { kind: 'theme', theme: cell.theme, rowId: cell.row.id },
    }
  })
  return { targets, layout: { kind: 'grid', cells: order.map(({ row, column }) => ({ row, column })) } }
}

/** The theme bars (beyond the heat map's projects) top to bottom; Enter toggles the theme. */
export function themeBarCursor(totals: readonly ThemeTotal[], selected: readonly ThemeId[], locale: Locale): ChartCursorModel {
  const t = messagesFor(locale)
  const targets = totals.map((total, i): CursorTarget => ({
    key: total.theme,
    seriesIndex: 0,
    dataIndex: i,
    rowId: null,
    text: t.charts.theme.barCursor({
      theme: total.theme,
      projects: total.projects,
      items: total.items,
      filtering: selected.includes(total.theme),
      position: i + 1,
      of: totals.length,
    }),
    reportText: null,
    action: { kind: 'theme', theme: total.theme, rowId: null },
  }))
  return { targets, layout: { kind: 'line', count: targets.length } }
}
