import { UNNAMED } from '../domain/format.ts'
import type { Dataset, Project } from '../domain/types.ts'

/** A plain-text reference a journalist or auditor can paste: source document, project, and the page of a PDF or the lines of a text. */
export function citationFor(dataset: Dataset, project: Project): string {
  const title = dataset.title ?? dataset.sourceName
  const { startLine, endLine, page } = project.source
  const where = page === undefined ? `第${startLine}–${endLine}行` : `第${page}页`
  return `${title}，“${project.name ?? UNNAMED}”，${dataset.sourceName} ${where}`
}
