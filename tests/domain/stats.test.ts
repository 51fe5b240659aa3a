import { describe, expect, it } from 'vitest'
import { summarize } from '../../src/domain/stats.ts'
import type { Project } from '../../src/domain/types.ts'
import { bundled } from '../support/bundled.ts'
import { makeProject } from '../support/project.ts'

const project = (amountWan: number | null, score: number | null, executionRate: number | null = null): Project =>
  makeProject({ amountWan, score, executionRate })

describe('summarize', () => {
  it('gives the key figures of the bundled report', () => {
    expect(summarize(bundled.dataset.projects)).toEqual({
      count: 8,
      totalWan: 3678.47,
      amountCount: 8,
      meanScore: 90.7225,
      weightedMeanScore: expect.closeTo(90.32017148433994, 10),
      gradeCounts: { 优: 5, 良: 3, 中: 0, 差: 0 },
      gradeAmounts: { 优: 2012.87, 良: 1665.6, 中: 0, 差: 0 },
      withRateCount: 2,
    })
  })

  it('weights the mean score by amount and leaves out projects missing either', () => {
    const s = summarize([project(100, 90), project(300, 70), project(null, 10), project(50, null, 80)])
    expect(s.meanScore).toBeCloseTo((90 + 70 + 10) / 3, 12)
    expect(s.weightedMeanScore).toBe((100 * 90 + 300 * 70) / 400)
    expect(s.totalWan).toBe(450)
    expect(s.amountCount).toBe(3)
    expect(s.withRateCount).toBe(1)
  })

  it('reports missing means as null, never 0', () => {
    expect(summarize([])).toMatchObject({ count: 0, totalWan: 0, meanScore: null, weightedMeanScore: null })
  })
})
