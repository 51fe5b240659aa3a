import { describe, expect, it } from 'vitest'
import { difference, halfUnit } from '../../src/domain/decimal.ts'
import { formChecks, statedValue } from '../../src/domain/form-checks.ts'
import type { Project } from '../../src/domain/types.ts'
import { makeIndicator, makeProject } from '../support/project.ts'

const form = (fields: Partial<Project>): Project => makeProject({ form: 'project-self-evaluation', ...fields })

/** National template: execution 10 points, indicators 90. */
const national = (fields: Partial<Project> = {}): Project =>
  form({
    score: 96,
    budgetWan: 43.3,
    amountWan: 37.24,
    executionRate: 86,
    executionWeight: 10,
    executionScore: 8.6,
    indicators: [
      makeIndicator({ name: '处数', target: '≥35处', actual: '38处', weight: 50, score: 50 }),
      makeIndicator({ name: '满意度', target: '≥90%', actual: '95%', weight: 40, score: 37.4 }),
    ],
    ...fields,
  })

describe('decimal helpers', () => {
  it.each([
    [85.5, 83.2, 2.3],
    [100.25, 120.5, -20.25],
    [0.3, 0.1, 0.2],
  ])('%s − %s = %s', (a, b, d) => {
    expect(difference(a, b)).toBe(d)
  })
  it.each([
    [8, 0.5],
    [8.6, 0.05],
    [83.63, 0.005],
  ])('half a unit of %s is %s', (v, h) => {
    expect(halfUnit(v)).toBeCloseTo(h, 12)
  })
})

describe('statedValue', () => {
  it.each([
    ['≥95%', { direction: '≥', value: 95, unit: '%' }],
    ['不低于 1,200 人次', { direction: '≥', value: 1200, unit: '人次' }],
    ['38处', { direction: null, value: 38, unit: '处' }],
    ['≤ 30天', { direction: '≤', value: 30, unit: '天' }],
    ['2022年12月底前', null],
    ['按期完工', null],
    ['约95%', null],
    [null, null],
  ])('%s → %j', (text, value) => {
    expect(statedValue(text)).toEqual(value)
  })
})

describe('formChecks', () => {
  it('finds nothing in a form that holds together', () => {
    expect(formChecks(national())).toEqual([])
  })

  it('never checks a result report', () => {
    expect(formChecks(makeProject({ form: 'result', score: 1, executionRate: 50, amountWan: 1, budgetWan: 1 }))).toEqual([])
  })

  it('score-sum-mismatch: the total against the indicator scores plus the execution score', () => {
    expect(formChecks(national({ score: 98 }))).toEqual([
      { id: 'score-sum-mismatch', stated: 98, sum: 96, indicatorScores: 87.4, executionScore: 8.6 },
    ])
    // Rounded to a whole number, 96 for 96.0 passes, and so does 96 for 95.6.
    expect(formChecks(national({ executionScore: 8.2, executionRate: 82, amountWan: 35.51 }))).toEqual([])
  })

  it('score-sum-mismatch: indicator weights of 100 make the total the indicators alone (银川)', () => {
    const yinchuan = form({
      score: 98,
      indicators: [makeIndicator({ weight: 60, score: 56 }), makeIndicator({ weight: 40, score: 38 })],
    })
    expect(formChecks(yinchuan)).toEqual([{ id: 'score-sum-mismatch', stated: 98, sum: 94, indicatorScores: 94, executionScore: null }])
  })

  it('score-sum-mismatch: skipped when a score is missing or the weights do not say what the total holds', () => {
    expect(formChecks(national({ score: 50, indicators: [makeIndicator({ weight: 90, score: null })] }))).toEqual([])
    expect(formChecks(national({ score: 50, executionWeight: null }))).toEqual([])
  })

  it('execution-score-mismatch: the score against rate × weight, capped at the weight', () => {
    expect(formChecks(national({ executionScore: 10, score: 97.4 }))).toEqual([
      { id: 'execution-score-mismatch', stated: 10, expected: 8.6, rate: 86, weight: 10 },
    ])
    expect(formChecks(national({ executionRate: 120, amountWan: 51.96, executionScore: 10, score: 97.4 }))).toEqual([])
  })

  it('execution-score-mismatch: allows for a rate written as a whole percent', () => {
    // 84% may be 83.5–84.5%: 8.36 of 10 is consistent; 8.9 is not.
    expect(formChecks(national({ executionRate: 84, amountWan: 36.37, executionScore: 8.36, score: 95.76 }))).toEqual([])
    expect(formChecks(national({ executionRate: 84, amountWan: 36.37, executionScore: 8.9, score: 96.3 }))).toEqual([
      { id: 'execution-score-mismatch', stated: 8.9, expected: 8.4, rate: 84, weight: 10 },
    ])
  })

  it('rate-amount-mismatch: not when spending over budget is written as 100%', () => {
    expect(formChecks(national({ amountWan: 47.63, executionRate: 100, executionScore: 10, score: 97.4 }))).toEqual([])
  })

  it('target-missed-full-marks: not when one side may be a fraction of the other’s percent', () => {
    const fraction = national({ indicators: [makeIndicator({ target: '≥95%', actual: '0.98', weight: 90, score: 90 })], score: 98.6 })
    expect(formChecks(fraction)).toEqual([])
  })

  it('does not take a 分值 of 100 in the funds row for execution’s weight (鄂州 writes the form totals there)', () => {
    expect(formChecks(national({ executionWeight: 100, executionScore: 98 }))).toEqual([])
  })

  it('rate-amount-mismatch: the stated rate against spent ÷ budget, beyond the rounding of all three', () => {
    expect(formChecks(national({ executionRate: 95 }))).toEqual([
      { id: 'execution-score-mismatch', stated: 8.6, expected: 9.5, rate: 95, weight: 10 },
      { id: 'rate-amount-mismatch', stated: 95, computed: 86, spentWan: 37.24, budgetWan: 43.3 },
    ])
    expect(formChecks(national({ executionRate: 86.01 }))).toEqual([])
  })

  it('target-missed-full-marks: full weight although the actual value misses the target in its direction', () => {
    const missed = national({
      indicators: [
        makeIndicator({ name: '更换管网长度', target: '≥12公里', actual: '10.6公里', weight: 50, score: 50 }),
        makeIndicator({ name: '投诉率', direction: '≤', target: '5', unit: '%', actual: '7%', weight: 40, score: 40 }),
      ],
      score: 98.6,
    })
    expect(formChecks(missed)).toEqual([
      {
        id: 'target-missed-full-marks',
        indicators: [
          { name: '更换管网长度', target: '≥12公里', actual: '10.6公里', direction: '≥', weight: 50 },
          { name: '投诉率', target: '5', actual: '7%', direction: '≤', weight: 40 },
        ],
      },
    ])
  })

  it('target-missed-full-marks: not when points were taken off, the units differ or no direction is stated', () => {
    const fine = national({
      indicators: [
        makeIndicator({ target: '≥12公里', actual: '10.6公里', weight: 50, score: 44 }),
        makeIndicator({ target: '≤30天', actual: '40小时', weight: 20, score: 20 }),
        makeIndicator({ target: '2859', actual: '2800', weight: 20, score: 20 }),
      ],
      score: 92.6,
    })
    expect(formChecks(fine)).toEqual([])
  })

  it('template-text: the cells that still hold the template’s instructions', () => {
    const cells = [{ field: '存在问题', cell: 'B14', text: '结合自评情况，分析存在的问题及原因。（200字以内）' }]
    expect(formChecks(national({ templateText: cells }))).toEqual([{ id: 'template-text', cells }])
  })
})
