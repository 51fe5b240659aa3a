import { GRADES } from './grade.ts'
import type { Grade, Project } from './types.ts'

export interface Summary {
  count: number
  /** Sum of the amounts that are stated; amountCount says how many. */
  totalWan: number
  amountCount: number
  meanScore: number | null
  /** Mean score weighted by final amount, over projects that state both. */
  weightedMeanScore: number | null
  gradeCounts: Record<Grade, number>
  /** Sum of the stated amounts per grade, in 万元. */
  gradeAmounts: Record<Grade, number>
  /** Projects whose text states a 预算执行率. */
  withRateCount: number
}

/** Amounts carry at most six decimals (元 in 万元); rounding there removes float noise from sums. */
const roundMicro = (n: number): number => Math.round(n * 1e6) / 1e6

export function summarize(projects: readonly Project[]): Summary {
  const gradeCounts = Object.fromEntries(GRADES.map((g) => [g, 0])) as Record<Grade, number>
  const gradeAmounts = { ...gradeCounts }
  let totalWan = 0
  let amountCount = 0
  let scoreSum = 0
  let scoreCount = 0
  let weightedSum = 0
  let weight = 0
  let withRateCount = 0
  for (const p of projects) {
    if (p.amountWan !== null) {
      totalWan += p.amountWan
      amountCount++
    }
    if (p.score !== null) {
      scoreSum += p.score
      scoreCount++
      if (p.amountWan !== null) {
        weightedSum += p.score * p.amountWan
        weight += p.amountWan
      }
    }
    if (p.grade !== null) {
      gradeCounts[p.grade]++
      if (p.amountWan !== null) gradeAmounts[p.grade] += p.amountWan
    }
    if (p.executionRate !== null) withRateCount++
  }
  return {
    count: projects.length,
    totalWan: roundMicro(totalWan),
    amountCount,
    meanScore: scoreCount === 0 ? null : scoreSum / scoreCount,
    weightedMeanScore: weight === 0 ? null : weightedSum / weight,
    gradeCounts,
    gradeAmounts: Object.fromEntries(GRADES.map((g) => [g, roundMicro(gradeAmounts[g])])) as Record<Grade, number>,
    withRateCount,
  }
}
