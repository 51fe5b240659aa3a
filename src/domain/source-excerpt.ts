import type { Project } from './types.ts'

/** The source lines of a project, for checking the parse against the text it came from. */
export function sourceExcerpt(lines: readonly string[], project: Project): string {
  return lines.slice(project.source.startLine - 1, project.source.endLine).join('\n')
}
