import { gradeForScore } from '../domain/grade.ts'
import { PERFORMANCE_PHRASES, SUGGESTION_PHRASES } from './generate-report.ts'
import { chance, type Random, sample } from './random.ts'
import type { RenderableProject } from './render-report.ts'
import { baseIn, type Identity, nameIn, type YearsPlan } from './year-plan.ts'
import {
  CONTRACT_AGAIN,
  CONTRACT_PROBLEM,
  CONTRACT_RECTIFICATION,
  KINDS,
  PLANTED_SCORES,
  PROBLEMS,
  PROCUREMENT_AGAIN,
  PROCUREMENT_PENDING,
  PROCUREMENT_PROBLEM,
  RECTIFICATIONS,
  UNRELATED_BEFORE,
  UNRELATED_NEW,
} from './year-words.ts'

/** One record of a generated year's report, and what it states that its flags depend on. */
export interface ReportRow {
  identity: Identity
  record: RenderableProject & { executionRate: number | null }
}

/** Hundredths of a point: 60–99, mostly 78–98. */
const drawScore = (random: Random): number => (chance(random, 0.1) ? random.int(6000, 7799) : random.int(7800, 9800)) / 100

/** 10.00 to 99,999.99 万元, log-uniform by order of magnitude. */
function drawAmount(random: Random): number {
  const digits = random.int(1, 4)
  return random.int(10 ** (digits + 2), 10 ** (digits + 3) - 1) / 100
}

const sentence = (text: string): string => `${text}。`

const topicOf = (base: string): string => {
  const kind = KINDS.toSorted((a, b) => b.length - a.length).find((k) => base.endsWith(k))
  return kind === undefined ? base : base.slice(0, -kind.length)
}

interface Lists {
  problems: string[]
  suggestions: string[]
  rectifications: string[]
}

/**
 * The planted recurrences in the last two years, the recurrence beside a new problem that shares
 * only generic words with the previous year's other problem; else 1–3 problems none of which the
 * two years before had.
 */
function listsOf(random: Random, identity: Identity, lastYear: boolean, before: readonly string[]): Lists {
  const fresh = (n: number): string[] => sample(random, PROBLEMS.filter((p) => !before.includes(sentence(p))), n).map(sentence)
  const answered = (n: number): string[] => sample(random, RECTIFICATIONS, n).map(sentence)
  const suggested = (n: number): string[] => sample(random, SUGGESTION_PHRASES, n).map(sentence)
  if (identity.role === 'recurred') {
    const problems = lastYear ? [sentence(CONTRACT_AGAIN), sentence(UNRELATED_NEW)] : [sentence(CONTRACT_PROBLEM), sentence(UNRELATED_BEFORE)]
    const rectifications = lastYear ? answered(2) : [sentence(CONTRACT_RECTIFICATION), ...answered(1)]
    return { problems, suggestions: suggested(2), rectifications }
  }
  if (identity.role === 'pending') {
    const problems = [sentence(lastYear ? PROCUREMENT_AGAIN : PROCUREMENT_PROBLEM)]
    return { problems, suggestions: suggested(1), rectifications: lastYear ? answered(1) : [sentence(PROCUREMENT_PENDING)] }
  }
  const count = random.int(1, 3)
  // Some ordinary projects list one rectification more than problems (rectifications-mismatch).
  const extra = identity.role === 'filler' && chance(random, 0.2) ? 1 : 0
  return { problems: fresh(count), suggestions: suggested(count), rectifications: answered(count + extra) }
}

/** The records of each year's report, in the plan's order. */
export function reportYears(random: Random, plan: YearsPlan): ReportRow[][] {
  const last = plan.years.length - 1
  const problemsBefore = new Map<string, string[][]>()
  return plan.order.map((identities, y) => {
    const year = plan.years[y] as number
    return identities.map((identity): ReportRow => {
      const score = identity.role === 'scores' ? (PLANTED_SCORES[y] as number) : drawScore(random)
      const planted = identity.role !== 'filler'
      const rate = planted || chance(random, 0.5) ? random.int(8000, 10_000) / 100 : null
      const performance = [
        `根据年度工作计划，积极推进${topicOf(baseIn(identity, y))}各项工作`,
        ...sample(random, PERFORMANCE_PHRASES, random.int(1, 2)),
      ].join('，')
      const before = problemsBefore.get(identity.id) ?? []
      const lists = listsOf(random, identity, y === last, before.slice(-2).flat())
      problemsBefore.set(identity.id, [...before, lists.problems])
      return {
        identity,
        record: {
          name: nameIn(identity, y, year),
          amountWan: drawAmount(random),
          score,
          grade: gradeForScore(score),
          performance: `${performance}。${rate === null ? '' : `预算执行率为${rate.toFixed(2)}%。`}`,
          ...lists,
          executionRate: rate,
          unit: null,
        },
      }
    })
  })
}
