import type { BarSeriesOption, HeatmapSeriesOption } from 'echarts/charts'
import type {
  AriaComponentOption,
  GridComponentOption,
  TooltipComponentOption,
  VisualMapComponentOption,
} from 'echarts/components'
import { type ComposeOption, format } from 'echarts/core'
import { isThemeId, itemHasTheme, THEME_IDS, type ThemeId, themeMatrix, type ThemeTotal, themeTotals } from '../domain/problem-themes.ts'
import type { ProjectRow } from '../domain/project-row.ts'
import { messagesFor } from '../i18n/catalogue.ts'
import type { Locale } from '../i18n/locale.ts'
import type { Messages } from '../i18n/messages.ts'
import { baseOption, type ChartEnv, itemTooltip } from './chart-style.ts'
import { DIMMED_OPACITY } from './grade-option.ts'

type ThemeOption = ComposeOption<
  | HeatmapSeriesOption
  | BarSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | VisualMapComponentOption
  | AriaComponentOption
>

/**
 * Up to this many projects the chart is a themes × projects heat map: one row per project, tall
 * but readable (40 rows of 24 px is about one screen) with every name on its row. With more, rows
 * would shrink below a line of text and the names could not be read, so the chart answers the same
 * question — which problems recur — as one bar per theme: in how many projects it occurs.
 */
export const HEATMAP_MAX_PROJECTS = 40

/** Heat-map cell colours for 1, 2 and ≥ 3 items; text on them keeps ≥ 4.5:1 contrast. */
export const HEAT_COLORS = ['#b6e3ff', '#54aeff', '#0969da'] as const
const DARK_TEXT = '#1f2328'
const LIGHT_TEXT = '#ffffff'
/** Bars of the many-projects view. */
const THEME_BAR_COLOR = '#0969da'

/**
 * A project's row is at least ROW_HEIGHT px, a line of 12 px text with room around it; with one to
 * three projects the rows share MIN_PLOT_HEIGHT, so a lone row is not a thin strip.
 */
const ROW_HEIGHT = 24
const MIN_PLOT_HEIGHT = 72
/**
 * The grid's margins: the legend above the rows; under them the theme names, which the grid keeps
 * inside its bounds (outerBoundsContain), so their band is added to the rows' height: two lines
 * of names, or upright names (UPRIGHT_EXTRA_HEIGHT more).
 */
const GRID_TOP = 40
const GRID_BOTTOM = 8
const NAMES_HEIGHT = 40
const ITEM_CHARS = 60

/**
 * How the heat map's labels fit its width. Project names are cut at `nameChars` (the tooltip, the
 * aria description and the keyboard cursor say them whole). Theme names stand under their
 * columns, or `upright` when the columns are narrower than a name: in Chinese one character under
 * the other, as Chinese can be written; in English turned a quarter, reading upwards.
 */
export interface ThemeAxisFit {
  upright: boolean
  nameChars: number
}

const WIDE_FIT: ThemeAxisFit = { upright: false, nameChars: 16 }

/** Below this chart width, project names are cut at 10 characters, so the columns keep some room. */
const SHORT_NAMES_BELOW = 560
/** Column width (px) a theme name needs lying flat: four characters a line in Chinese, a short English word. */
const FLAT_COLUMN: Readonly<Record<Locale, number>> = { zh: 56, en: 84 }
/** Pixels of a 12 px CJK character, and the grid's margins beside the plot. */
const CHAR_WIDTH = 12
const SIDE_MARGINS = 28
/** The extra height upright theme names take under the plot. */
const UPRIGHT_EXTRA_HEIGHT = 72

/** The fit for a chart `width` px wide (null: not measured yet, as wide). */
export function themeAxisFit(width: number | null, locale: Locale): ThemeAxisFit {
  if (width === null || width <= 0) return WIDE_FIT
  const nameChars = width < SHORT_NAMES_BELOW ? 10 : 16
  const column = (width - nameChars * CHAR_WIDTH - SIDE_MARGINS) / THEME_IDS.length
  return { upright: column < FLAT_COLUMN[locale], nameChars }
}

/** A theme's name under its column: as `short` says it, or upright (Chinese stacked, English turned by the axis). */
function columnLabel(t: Messages, id: string, upright: boolean, locale: Locale): string {
  if (!isThemeId(id)) return id
  return upright && locale === 'zh' ? [...t.themes[id].label].join('\n') : t.themes[id].short
}

export interface ThemeCell {
  theme: ThemeId
  row: ProjectRow
  /** Problem items of the theme in the project (≥ 1: empty cells are not drawn). */
  count: number
}

export interface ThemeModel {
  mode: 'heatmap' | 'bars'
  option: ThemeOption
  /** Per theme, in table order: projects and items among the rows. */
  totals: ThemeTotal[]
  /** Heat-map cells, in data order (theme after theme); empty in bar mode. */
  cells: ThemeCell[]
  description: string
  /** Canvas height in px that fits the rows (heat map) or the themes (bars). */
  height: number
}

/** What a click on the chart points at: a theme, a project, or both (a heat-map cell). */
export interface ThemeClick {
  theme: ThemeId | null
  rowId: string | null
}

const ellipsis = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text)

/** A theme's full name, as the bars' axis shows it. */
const themeLabel = (t: Messages, id: string): string => (isThemeId(id) ? t.themes[id].label : id)

function describe(totals: readonly ThemeTotal[], projects: number, mode: ThemeModel['mode'], t: Messages): string {
  const found = totals.filter((total) => total.items > 0)
  const absent = totals.filter((total) => total.items === 0).map((total) => total.theme)
  return t.charts.theme.description(mode, projects, found, absent)
}

function cellTooltip(cell: ThemeCell, showDataset: boolean, t: Messages): string {
  const e = format.encodeHTML
  const items = cell.row.project.problems.filter((item) => itemHasTheme(item, [cell.theme]))
  return [
    `<strong>${e(cell.row.project.name ?? t.common.unnamed)}</strong>`,
    ...(showDataset ? [e(cell.row.datasetLabel)] : []),
    e(t.charts.theme.cellCount(t.themes[cell.theme].label, cell.count)),
    ...items.map((item) => `· ${e(ellipsis(item, ITEM_CHARS))}`),
    e(t.charts.theme.cellHint),
  ].join('<br/>')
}

function barTooltip(total: ThemeTotal, projects: number, t: Messages): string {
  const e = format.encodeHTML
  const theme = t.themes[total.theme]
  const share = projects === 0 ? 0 : Math.round((total.projects / projects) * 1000) / 10
  return [
    `<strong>${e(theme.label)}</strong>${e(t.charts.theme.barSummary(total.projects, String(share), total.items))}`,
    e(theme.description),
    e(t.charts.theme.barHint),
  ].join('<br/>')
}

const styleOf = (theme: ThemeId, selected: readonly ThemeId[], outline: string) => {
  const filtering = selected.length > 0
  const isSelected = filtering && selected.includes(theme)
  return {
    opacity: filtering && !isSelected ? DIMMED_OPACITY : 1,
    borderColor: outline,
    borderWidth: isSelected ? 2 : 0,
  }
}

function heatmapOption(rows: readonly ProjectRow[], selected: readonly ThemeId[], env: ChartEnv, t: Messages, fit: ThemeAxisFit) {
  const matrix = themeMatrix(rows)
  const outline = env.dark ? '#e6edf3' : DARK_TEXT
  const cells: ThemeCell[] = []
  const data: NonNullable<HeatmapSeriesOption['data']> = []
  matrix.counts.forEach((line, themeIndex) => {
    const theme = THEME_IDS[themeIndex] as ThemeId
    line.forEach((count, p) => {
      const row = rows[p]
      if (count === 0 || row === undefined) return
      cells.push({ theme, row, count })
      const item = {
        value: [themeIndex, p, count],
        theme,
        rowId: row.id,
        itemStyle: styleOf(theme, selected, outline),
        label: { color: count >= 3 ? LIGHT_TEXT : DARK_TEXT },
      }
      data.push(item as NonNullable<HeatmapSeriesOption['data']>[number])
    })
  })
  const names = new Map(rows.map((r) => [r.id, ellipsis(r.project.name ?? t.common.unnamed, fit.nameChars)]))
  const showDataset = new Set(rows.map((r) => r.datasetId)).size > 1
  const plotHeight = Math.max(rows.length * ROW_HEIGHT, MIN_PLOT_HEIGHT)
  const height = GRID_TOP + plotHeight + NAMES_HEIGHT + (fit.upright ? UPRIGHT_EXTRA_HEIGHT : 0) + GRID_BOTTOM
  const turned = fit.upright && env.locale === 'en'
  const option: ThemeOption = {
    grid: { left: 8, right: 12, top: GRID_TOP, bottom: GRID_BOTTOM, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: itemTooltip(env, cells, (cell) => cellTooltip(cell, showDataset, t)),
    xAxis: {
      type: 'category',
      data: [...THEME_IDS],
      position: 'bottom',
      // Clicking a theme's name toggles it, which matters for a theme no project has.
      triggerEvent: true,
      axisTick: { show: false },
      axisLabel: {
        interval: 0,
        fontSize: 12,
        lineHeight: fit.upright ? 13 : 14,
        ...(turned && { rotate: 90 }),
        formatter: (id: string) => columnLabel(t, id, fit.upright, env.locale),
      },
      splitArea: { show: true },
    },
    yAxis: {
      type: 'category',
      data: rows.map((r) => r.id),
      inverse: true,
      triggerEvent: true,
      axisTick: { show: false },
      axisLabel: { interval: 0, fontSize: 12, formatter: (id: string) => names.get(id) ?? id },
    },
    visualMap: {
      type: 'piecewise',
      dimension: 2,
      orient: 'horizontal',
      top: 0,
      left: 'center',
      selectedMode: false,
      itemWidth: 14,
      itemHeight: 14,
      pieces: [
        { value: 1, label: t.charts.theme.items(1), color: HEAT_COLORS[0] },
        { value: 2, label: t.charts.theme.items(2), color: HEAT_COLORS[1] },
        { gte: 3, label: t.charts.theme.atLeastItems(3), color: HEAT_COLORS[2] },
      ],
    },
    series: [
      {
        id: 'theme-heat',
        type: 'heatmap',
        name: t.charts.theme.series,
        data,
        cursor: 'pointer',
        label: { show: true, fontSize: 12 },
        emphasis: { itemStyle: { opacity: 1, borderColor: outline, borderWidth: 2 } },
      },
    ],
  }
  return { option, cells, totals: matrix.totals, height }
}

function barsOption(rows: readonly ProjectRow[], selected: readonly ThemeId[], env: ChartEnv, t: Messages) {
  const totals = themeTotals(rows)
  const outline = env.dark ? '#e6edf3' : DARK_TEXT
  const height = 64 + THEME_IDS.length * 32
  const data: NonNullable<BarSeriesOption['data']> = totals.map((total) => ({
    id: total.theme,
    name: total.theme,
    value: total.projects,
    itemStyle: { color: THEME_BAR_COLOR, ...styleOf(total.theme, selected, outline) },
    label: { formatter: t.charts.theme.barLabel(total.projects, total.items) },
  }))
  const option: ThemeOption = {
    grid: { left: 8, right: 110, top: 32, bottom: 24, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: itemTooltip(env, totals, (total) => barTooltip(total, rows.length, t)),
    xAxis: {
      type: 'value',
      name: t.charts.theme.axis,
      minInterval: 1,
      splitLine: { lineStyle: { type: 'dotted' } },
    },
    yAxis: {
      type: 'category',
      data: [...THEME_IDS],
      inverse: true,
      triggerEvent: true,
      axisTick: { show: false },
      axisLabel: { fontSize: 13, formatter: (id: string) => themeLabel(t, id) },
    },
    series: [
      {
        id: 'theme-projects',
        type: 'bar',
        name: t.charts.theme.axis,
        data,
        barMaxWidth: 22,
        cursor: 'pointer',
        label: { show: true, position: 'right', fontSize: 12 },
        emphasis: { itemStyle: { opacity: 1 } },
      },
    ],
  }
  return { option, totals, height }
}

/**
 * The chart's option for the rows: a heat map up to HEATMAP_MAX_PROJECTS projects, bars beyond.
 * `fit` says how the heat map's labels fit the chart's width (themeAxisFit).
 */
export function buildThemeOption(
  rows: readonly ProjectRow[],
  selected: readonly ThemeId[],
  env: ChartEnv,
  fit: ThemeAxisFit = WIDE_FIT,
): ThemeModel {
  const t = messagesFor(env.locale)
  const mode = rows.length <= HEATMAP_MAX_PROJECTS ? 'heatmap' : 'bars'
  const built = mode === 'heatmap' ? heatmapOption(rows, selected, env, t, fit) : { ...barsOption(rows, selected, env, t), cells: [] }
  const description = describe(built.totals, rows.length, mode, t)
  return {
    mode,
    option: { ...baseOption(env, description), ...built.option },
    totals: built.totals,
    cells: built.cells,
    description,
    height: built.height,
  }
}

const asTheme = (v: unknown): ThemeId | null => (typeof v === 'string' && isThemeId(v) ? v : null)

/** The theme and/or project a click names: a cell, a theme's label or bar, a project's label. */
export function themeClickOf(params: unknown): ThemeClick | null {
  if (typeof params !== 'object' || params === null) return null
  const { componentType, value, data, name } = params as {
    componentType?: unknown
    value?: unknown
    data?: unknown
    name?: unknown
  }
  if (componentType === 'xAxis' || componentType === 'yAxis') {
    const theme = asTheme(value)
    if (theme !== null) return { theme, rowId: null }
    return componentType === 'yAxis' && typeof value === 'string' ? { theme: null, rowId: value } : null
  }
  if (componentType !== 'series' || typeof data !== 'object' || data === null) return null
  const { theme, rowId, id } = data as { theme?: unknown; rowId?: unknown; id?: unknown }
  const fromData = asTheme(theme) ?? asTheme(id) ?? asTheme(name)
  if (fromData === null) return null
  return { theme: fromData, rowId: typeof rowId === 'string' ? rowId : null }
}
