import { type PhraseMatch, phraseMatch, saysTheSame } from './shared-phrases.ts'
import type { Project } from './types.ts'

/**
 * problem-recurred: a problem of this year that says substantially the same as a problem of the
 * previous year (shared phrases, src/domain/shared-phrases.ts) whose rectification (整改情况) said it
 * was dealt with.
 *
 * - The rectification of problem (n) is rectification (n) when the two lists have the same length;
 *   otherwise the rectification sharing the most phrases with the problem; otherwise, when there
 *   is a single rectification, that one. Without one, the problem is not taken as claimed dealt with.
 * - A rectification claims the problem was dealt with unless it says nothing (无, —) or that the
 *   work is pending, partial or not done (PENDING): reports write what was done (调整了…, 已对…进行
 *   归并, 采取分期付款), not the word 已 every time.
 */

const PENDING =
  /未整改|暂未|尚未|未能|未完成|没有完成|整改中|正在|部分整改|持续推进|逐步|下一步|拟|将于|将在|计划于|待.{0,6}后|仍在/

const SAYS_NOTHING = /^(无|暂无|没有|—+|-+|\/|／|不适用)[。.]?$/

export const claimsDealtWith = (rectification: string): boolean =>
  !SAYS_NOTHING.test(rectification.trim()) && !PENDING.test(rectification)

export interface Recurrence {
  /** 1-based number of the problem this year. */
  problem: number
  /** 1-based number of the previous year's problem it repeats. */
  previousProblem: number
  /** 1-based number of the previous year's rectification that claimed it dealt with. */
  rectification: number
  match: PhraseMatch
}

/** The previous year's rectification of its problem j (0-based), as the rules above pair them; null when none. */
export function rectificationOf(project: Project, j: number): { index: number; text: string } | null {
  const { problems, rectifications } = project
  if (rectifications.length === 0) return null
  if (rectifications.length === problems.length) return { index: j, text: rectifications[j]! }
  const problem = problems[j]!
  let best: { index: number; text: string } | null = null
  let bestShared = 0
  for (const [index, text] of rectifications.entries()) {
    const shared = phraseMatch(problem, text).phrases.reduce((n, p) => n + p.length, 0)
    if (shared > bestShared) {
      bestShared = shared
      best = { index, text }
    }
  }
  if (best !== null) return best
  return rectifications.length === 1 ? { index: 0, text: rectifications[0]! } : null
}

// Pairs are compared once per pair of records: the lists do not change once loaded.
const cache = new WeakMap<Project, WeakMap<Project, Recurrence[]>>()

/** The problems of `current` that recur from `previous` after a claimed rectification, in problem order. */
export function recurrences(previous: Project, current: Project): Recurrence[] {
  const known = cache.get(previous)?.get(current)
  if (known !== undefined) return known
  const found: Recurrence[] = []
  const claimed = previous.problems.flatMap((old, j) => {
    const rectification = rectificationOf(previous, j)
    return rectification === null || !claimsDealtWith(rectification.text) ? [] : [{ old, j, rectification }]
  })
  current.problems.forEach((problem, i) => {
    let best: Recurrence | null = null
    for (const { old, j, rectification } of claimed) {
      const match = phraseMatch(problem, old)
      if (!saysTheSame(match) || (best !== null && match.coverage <= best.match.coverage)) continue
      best = { problem: i + 1, previousProblem: j + 1, rectification: rectification.index + 1, match }
    }
    if (best !== null) found.push(best)
  })
  const forPrevious = cache.get(previous) ?? new WeakMap<Project, Recurrence[]>()
  forPrevious.set(current, found)
  cache.set(previous, forPrevious)
  return found
}
