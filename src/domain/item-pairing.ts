import { phraseMatch } from './shared-phrases.ts'
import type { Project } from './types.ts'

/**
 * When a project's problems, suggestions and rectifications differ in count, the document does not
 * say which answers which. This offers a likely pairing, by shared phrases, always marked as
 * inferred: each suggestion and rectification with the problem it shares the most phrases with.
 */

export interface InferredPair {
  list: 'suggestions' | 'rectifications'
  /** 1-based number of the item in its list. */
  item: number
  /** 1-based number of the problem it most likely answers. */
  problem: number
  /** The phrases they share, longest first: the evidence shown with the pairing. */
  phrases: string[]
}

export const listsDifferInCount = (p: Project): boolean => {
  const listed = [p.problems.length, p.suggestions.length, p.rectifications.length].filter((n) => n > 0)
  return listed.some((n) => n !== listed[0])
}

export function inferPairs(project: Project): InferredPair[] {
  const pairs: InferredPair[] = []
  for (const list of ['suggestions', 'rectifications'] as const) {
    project[list].forEach((text, i) => {
      let best: InferredPair | null = null
      let bestShared = 0
      project.problems.forEach((problem, j) => {
        const { phrases } = phraseMatch(text, problem)
        const shared = phrases.reduce((n, p) => n + p.length, 0)
        if (shared > bestShared) {
          bestShared = shared
          best = { list, item: i + 1, problem: j + 1, phrases }
        }
      })
      if (best !== null) pairs.push(best)
    })
  }
  return pairs
}
