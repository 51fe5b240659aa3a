import type { Dataset, Project } from '../domain/types.ts'
import { messagesFor } from '../i18n/catalogue.ts'
import type { Locale } from '../i18n/locale.ts'

/**
 * A plain-text reference a journalist or auditor can paste: source document, project, and the page
 * of a PDF or the lines of a text. The wording around them follows the interface language; the
 * title, the project's name and the file name are the report's own.
 */
export function citationFor(dataset: Dataset, project: Project, locale: Locale): string {
  const t = messagesFor(locale)
  const { startLine, endLine, page } = project.source
  return t.citation(dataset.title ?? dataset.sourceName, project.name ?? t.common.unnamed, dataset.sourceName, startLine, endLine, page)
}
