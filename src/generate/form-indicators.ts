import type { Indicator } from '../domain/types.ts'
import { DEVIATIONS, INDICATOR_GROUPS, type IndicatorGroup, type IndicatorSeed, LEVEL1_WEIGHTS } from './form-phrases.ts'
import type { Traps } from './form-traps.ts'
import { chance, pick, type Random, sample } from './random.ts'
import type { FormLayout, IndicatorView } from './render-form-html.ts'

export interface DrawnIndicators {
  /** Every row of the table, placeholders included. */
  rows: IndicatorView[]
  /** What the rows state: placeholders left out, 指标N： removed. */
  stated: Indicator[]
  /** The sum of the rows' 得分, in tenths of a point. */
  scoreTenths: number
}

const LEVEL1_ORDER: readonly IndicatorGroup['level1'][] = ['产出指标', '效益指标', '满意度指标']

/** How many 二级 groups of each 一级 a form has. */
const GROUP_COUNTS: Readonly<Record<IndicatorGroup['level1'], readonly [number, number]>> = { 产出指标: [2, 4], 效益指标: [1, 2], 满意度指标: [1, 1] }

interface Planned {
  group: IndicatorGroup
  seed: IndicatorSeed
  weight: number
}

/** The groups and indicators of one form, in template order, with each 一级 weight shared out in whole points. */
function plan(random: Random): Planned[] {
  const out: Planned[] = []
  for (const level1 of LEVEL1_ORDER) {
    const groups = INDICATOR_GROUPS.filter((g) => g.level1 === level1)
    const [min, max] = GROUP_COUNTS[level1]
    const chosen = sample(random, groups, random.int(min, max)).toSorted((a, b) => groups.indexOf(a) - groups.indexOf(b))
    const picked = chosen.flatMap((group) => sample(random, group.seeds, random.int(1, Math.min(2, group.seeds.length))).map((seed) => ({ group, seed })))
    const total = LEVEL1_WEIGHTS[level1]
    const share = Math.floor(total / picked.length)
    picked.forEach(({ group, seed }, i) => out.push({ group, seed, weight: i === 0 ? total - share * (picked.length - 1) : share }))
  }
  return out
}

const decimalsOf = (n: number): number => (String(n).split('.')[1] ?? '').length

/** What was achieved against the target: met (sometimes beaten) or missed by a few percent. */
function actualValue(random: Random, seed: IndicatorSeed & { value: number }, met: boolean): number {
  const v = seed.value
  const by = met ? random.int(0, 1) * random.int(1, 8) : random.int(3, 20)
  const factor = (seed.direction === '≤') === met ? 1 - by / 100 : 1 + by / 100
  const value = seed.direction === '=' ? (met ? v : v * (1 - by / 200)) : v * factor
  return Number((seed.unit === '%' ? Math.min(100, value) : value).toFixed(decimalsOf(v)))
}

function level1Text(layout: FormLayout, level1: IndicatorGroup['level1'], withWeights: boolean, wide: boolean): string {
  if (layout === 'sichuan' || !withWeights) return level1
  const weight = LEVEL1_WEIGHTS[level1]
  return wide ? `${level1}（${weight}分）` : `${level1}(${weight}分)`
}

/** A missed indicator's deviation note, or an empty cell, or one that says nothing (无, /, 0). */
function noteFor(random: Random, traps: Traps, met: boolean): { text: string; content: boolean } {
  if (!met && chance(random, 0.8)) return { text: pick(random, DEVIATIONS), content: true }
  return { text: traps.spring('placeholders', 0.5) ? pick(random, ['无', '/', '0', '—', '无。']) : '', content: false }
}

/** Indicators some forms list with no values (天长: 工程质量合格). */
const NAME_ONLY = ['工程质量合格', '档案资料完整', '按规定程序组织实施']

/**
 * The 绩效指标 table: 产出, 效益 and 满意度 indicators drawn from the template's 二级 groups, each
 * met or missed, with the deviation note a missed one gets; placeholder rows (指标2：, ……) and
 * indicators with only a name are traps.
 */
export function drawIndicators(random: Random, traps: Traps, layout: FormLayout): DrawnIndicators {
  const withWeights = chance(random, 0.8)
  const wide = chance(random, 0.8)
  const numbered = traps.spring('indicator-numbering', 0.2)
  const rows: IndicatorView[] = []
  const stated: Indicator[] = []
  let scoreTenths = 0
  let numberInGroup = 0
  let previousGroup: IndicatorGroup | null = null
  const push = (view: IndicatorView, truth: Indicator | null): void => {
    rows.push(view)
    if (truth !== null) stated.push(truth)
  }
  const planned = plan(random)
  planned.forEach(({ group, seed, weight }, i) => {
    if (group !== previousGroup) numberInGroup = 0
    previousGroup = group
    const level1 = level1Text(layout, group.level1, withWeights, wide)
    const levels = { level1, level2: group.level2 }
    const name = numbered ? `指标${++numberInGroup}：${seed.name}` : seed.name
    const met = chance(random, 0.75)
    const lostTenths = met ? 0 : random.int(1, weight * 5)
    const score = (weight * 10 - lostTenths) / 10
    scoreTenths += weight * 10 - lostTenths
    const note = noteFor(random, traps, met)
    const written = writeTarget(random, layout, seed, met)
    push(
      { ...levels, name, ...written.view, weight: String(weight), score: String(score), note: note.text },
      { ...levels, name: seed.name, ...written.stated, weight, score, note: note.content ? note.text : null },
    )
    const lastOfGroup = planned[i + 1]?.group !== group
    if (lastOfGroup && traps.spring('name-only-indicators', 0.08)) {
      const onlyName = pick(random, NAME_ONLY)
      push(
        { ...levels, name: onlyName, direction: '', unit: '', target: '', actual: '', weight: '', score: '', note: '' },
        { ...levels, name: onlyName, direction: null, unit: null, target: null, actual: null, weight: null, score: null, note: null },
      )
    }
    if (lastOfGroup && traps.spring('placeholders', 0.15)) {
      const placeholder = numbered || chance(random, 0.5) ? `指标${numberInGroup + 1}：` : '……'
      push({ ...levels, name: placeholder, direction: '', unit: '', target: '', actual: '', weight: '', score: '', note: '' }, null)
    }
  })
  if (traps.spring('filler-rows', 0.1)) {
    const empty: IndicatorView = { level1: '', level2: '', name: '', direction: '', unit: '', target: '', actual: '', weight: '', score: '', note: '' }
    rows.push(...Array.from({ length: random.int(1, 3) }, () => empty))
  }
  return { rows, stated, scoreTenths }
}

interface WrittenTarget {
  view: Pick<IndicatorView, 'direction' | 'unit' | 'target' | 'actual'>
  stated: Pick<Indicator, 'direction' | 'unit' | 'target' | 'actual'>
}

/** National: value and unit in one cell ("≥95%"); Sichuan: 指标性质, 指标值 and 度量单位 apart. */
function writeTarget(random: Random, layout: FormLayout, seed: IndicatorSeed, met: boolean): WrittenTarget {
  const qualitative = typeof seed.value === 'string'
  const target = String(seed.value)
  const actual = typeof seed.value === 'string' ? (met ? seed.value : `基本${seed.value}`) : String(actualValue(random, { ...seed, value: seed.value }, met))
  if (layout === 'sichuan') {
    return {
      view: { direction: seed.direction, unit: seed.unit, target, actual },
      stated: { direction: seed.direction, unit: seed.unit === '' ? null : seed.unit, target, actual },
    }
  }
  const sign = qualitative || seed.direction === '=' ? '' : seed.direction
  const targetText = `${sign}${target}${seed.unit}`
  const actualText = `${actual}${seed.unit}`
  return { view: { direction: '', unit: '', target: targetText, actual: actualText }, stated: { direction: null, unit: null, target: targetText, actual: actualText } }
}
