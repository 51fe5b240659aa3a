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
