import { UNNAMED } from '../domain/format.ts'
import type { Dataset, Project } from '../domain/types.ts'

/** A plain-text reference a journalist or auditor can paste: source document, project, lines. */
export function citationFor(dataset: Dataset, project: Project): string {
  const title = dataset.title ?? dataset.sourceName
  const { startLine, endLine } = project.source
  return `${title}，“${project.name ?? UNNAMED}”，${dataset.sourceName} 第${startLine}–${endLine}行`
}
