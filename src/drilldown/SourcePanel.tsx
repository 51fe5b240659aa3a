import { useState } from 'react'
import type { CellTable } from '../domain/cell-table.ts'
import { sourceExcerpt } from '../domain/source-excerpt.ts'
import type { Diagnostic, Project } from '../domain/types.ts'
import { messagesFor } from '../i18n/catalogue.ts'
import type { Messages, TablePlace } from '../i18n/messages.ts'
import { useLocale } from '../store/use-messages.ts'
import { DiagnosticItems } from '../ui/DiagnosticItems.tsx'
import { SourceTable } from './SourceTable.tsx'
import { sourceTableOf, tablePlaceOf } from './source-table.ts'

export interface SourcePanelProps {
  project: Project
  sourceLines: readonly string[]
  /** The tables of the dataset (DatasetRecord.sourceTables): a record read from one shows it. */
  sourceTables?: readonly CellTable[]
  diagnostics: readonly Diagnostic[]
}

interface TableDetailsProps {
  table: CellTable
  project: Project
  place: TablePlace
  t: Messages
}

/** 查看原文 for a form: the table is drawn only once opened (a sheet can be large). */
function TableDetails({ table, project, place, t }: TableDetailsProps) {
  const [open, setOpen] = useState(false)
  return (
    <details className="source-text" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t.drawer.sourceTable.summary(place)}</summary>
      {open && <SourceTable table={table} source={project.source} place={place} t={t} />}
    </details>
  )
}

/**
 * The project's diagnostics and its source, to check the parse against it: the block of the
 * original text, or, for a record read from a table, the table as it was.
 */
export function SourcePanel({ project, sourceLines, sourceTables, diagnostics }: SourcePanelProps) {
  const { startLine, endLine } = project.source
  const locale = useLocale()
  const t = messagesFor(locale)
  const own = diagnostics.filter((d) => d.line !== null && d.line >= startLine && d.line <= endLine)
  const table = sourceTableOf(sourceTables, project.source)
  const place = table === null ? null : tablePlaceOf(project.source, table)
  return (
    <>
      <h3>{t.drawer.parserNotes}</h3>
      {own.length === 0 ? (
        <p className="muted">{t.drawer.noParserNotes}</p>
      ) : (
        <DiagnosticItems diagnostics={own} locale={locale} />
      )}
      {table !== null && place !== null ? (
        <TableDetails table={table} project={project} place={place} t={t} />
      ) : (
        <details className="source-text">
          <summary>{t.drawer.viewSource(startLine, endLine)}</summary>
          <pre lang="zh-CN">{sourceExcerpt(sourceLines, project)}</pre>
        </details>
      )}
    </>
  )
}
