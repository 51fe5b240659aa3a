import type { Dataset, Project } from '../domain/types.ts'
import { messagesFor } from '../i18n/catalogue.ts'
import type { Locale } from '../i18n/locale.ts'
import { tablePlaceOf } from './source-table.ts'

/**
 * A plain-text reference a journalist or auditor can paste: source document, project, and the page
 * of a PDF or the lines of a text — or, for a form read from a table, its sheet or page, table and
 * cell range. The wording around them follows the interface language; the title, the project's
 * name and the file name are the report's own.
 */
export function citationFor(dataset: Dataset, project: Project, locale: Locale): string {
  const t = messagesFor(locale)
  const title = dataset.title ?? dataset.sourceName
  const name = project.name ?? t.common.unnamed
  const place = tablePlaceOf(project.source)
  if (place !== null) return t.tableCitation(title, name, dataset.sourceName, place)
  const { startLine, endLine, page } = project.source
  return t.citation(title, name, dataset.sourceName, startLine, endLine, page)
}
