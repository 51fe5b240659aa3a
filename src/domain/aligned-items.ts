import type { Project } from './types.ts'

export interface AlignedItem {
  /** 1-based item number as published: problem (n) beside suggestion (n) and rectification (n). */
  n: number
  problem: string | null
  suggestion: string | null
  rectification: string | null
}

/** Lines the three lists up by number; a list shorter than the others leaves empty slots, never shifts. */
export function alignItems(project: Project): AlignedItem[] {
  const count = Math.max(project.problems.length, project.suggestions.length, project.rectifications.length)
  return Array.from({ length: count }, (_, i) => ({
    n: i + 1,
    problem: project.problems[i] ?? null,
    suggestion: project.suggestions[i] ?? null,
    rectification: project.rectifications[i] ?? null,
  }))
}
