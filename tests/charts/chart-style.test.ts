import { describe, expect, it } from 'vitest'
import { FONT_FAMILY } from '../../src/charts/chart-style.ts'
import { buildGradeOption } from '../../src/charts/grade-option.ts'
import { buildRateOption } from '../../src/charts/rate-option.ts'
import { buildScatterOption } from '../../src/charts/scatter-option.ts'
import { bundledRows } from '../support/bundled.ts'

const builders = [
  ['scatter', (reducedMotion: boolean) => buildScatterOption(bundledRows, null, { reducedMotion, dark: false, locale: 'zh' })],
  ['grade', (reducedMotion: boolean) => buildGradeOption(bundledRows, [], { reducedMotion, dark: false, locale: 'zh' })],
  ['rate', (reducedMotion: boolean) => buildRateOption(bundledRows, null, { reducedMotion, dark: false, locale: 'zh' })],
] as const

describe.each(builders)('%s option', (_, build) => {
  it('enables aria with its Chinese description', () => {
    const { option, description } = build(false)
    expect(description).toMatch(/[\u4e00-\u9fff]/)
    expect(option.aria).toEqual({ enabled: true, label: { description } })
  })

  it('animates unless the user prefers reduced motion', () => {
    expect(build(false).option.animation).toBe(true)
    expect(build(true).option.animation).toBe(false)
    expect(build(true).option.tooltip).toMatchObject({ transitionDuration: 0 })
  })

  it('names Chinese fonts for canvas and tooltip text, on a transparent background', () => {
    const { option } = build(false)
    expect(FONT_FAMILY).toBe('"Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif')
    expect(option.textStyle).toEqual({ fontFamily: FONT_FAMILY })
    expect(option.tooltip).toMatchObject({ confine: true, textStyle: { fontFamily: FONT_FAMILY } })
    expect(option.backgroundColor).toBe('transparent')
  })
})
