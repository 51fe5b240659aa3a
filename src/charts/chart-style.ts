import type { Grade } from '../domain/types.ts'
import type { Locale } from '../i18n/locale.ts'
import { dataIndexOf } from './chart-events.ts'

/** Canvas text needs the CJK fonts named: the page's font-family does not reach it. */
export const FONT_FAMILY = '"Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif'

/**
 * One palette for light and dark pages: each colour keeps at least 3.5:1 contrast against both
 * #ffffff and #0d1117 (the app's backgrounds). Shapes differ too, so grades never rely on hue alone.
 */
export const GRADE_COLORS: Readonly<Record<Grade, string>> = {
  优: '#1a7f37',
  良: '#0969da',
  中: '#9a6700',
  差: '#cf222e',
}

export const GRADE_SYMBOLS: Readonly<Record<Grade, string>> = {
  优: 'circle',
  良: 'diamond',
  中: 'triangle',
  差: 'rect',
}

/**
 * A pattern per grade (ECharts decals), so grade bars are told apart without colour — in print on a
 * grey printer, or by a reader who does not see the hues: 优 solid, 良 diagonal stripes, 中 dots,
 * 差 a diagonal grid. Translucent white reads on every grade colour on light and dark pages alike.
 */
export const DECAL_COLOR = 'rgba(255, 255, 255, 0.5)'

export interface GradeDecal {
  symbol?: string
  symbolSize?: number
  color: string
  dashArrayX: number | number[] | number[][]
  dashArrayY: number | number[]
  rotation?: number
}

export const GRADE_DECALS: Readonly<Record<Grade, GradeDecal | null>> = {
  优: null,
  良: { color: DECAL_COLOR, dashArrayX: [1, 0], dashArrayY: [4, 4], rotation: -Math.PI / 4 },
  中: { color: DECAL_COLOR, symbol: 'circle', symbolSize: 0.8, dashArrayX: [[8, 8], [0, 8, 8, 0]], dashArrayY: [6, 0] },
  差: { color: DECAL_COLOR, dashArrayX: [[1, 0], [1, 6]], dashArrayY: [1, 0, 6, 0], rotation: Math.PI / 4 },
}

/** For what has no grade, and for reference lines: 4.5:1 on white, 4.2:1 on the dark background. */
export const NEUTRAL_COLOR = '#6e7781'

/** What the page tells the charts: motion preference, colour scheme and interface language. */
export interface ChartEnv {
  reducedMotion: boolean
  dark: boolean
  /** Titles, axis names, legends, tooltips and the aria description follow it; report text does not. */
  locale: Locale
}


/** Options every chart shares: aria description, motion, transparent background, CJK font. */
export function baseOption(env: ChartEnv, description: string) {
  return {
    aria: { enabled: true, label: { description } },
    animation: !env.reducedMotion,
    backgroundColor: 'transparent',
    textStyle: { fontFamily: FONT_FAMILY },
  }
}

/** A tooltip for charts whose data item i is items[i]; `html` must escape every report string. */
export function itemTooltip<T>(env: ChartEnv, items: readonly T[], html: (item: T) => string) {
  return {
    ...baseTooltip(env),
    trigger: 'item' as const,
    formatter: (params: unknown) => {
      const index = dataIndexOf(params)
      const item = index === null ? undefined : items[index]
      return item === undefined ? '' : html(item)
    },
  }
}

/** Tooltip settings shared by the charts; the formatter is each chart's own. */
export function baseTooltip(env: ChartEnv) {
  return {
    confine: true,
    transitionDuration: env.reducedMotion ? 0 : 0.2,
    textStyle: { fontFamily: FONT_FAMILY },
    extraCssText: 'max-width: 280px; white-space: normal;',
  }
}
