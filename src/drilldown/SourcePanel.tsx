import { sourceExcerpt } from '../domain/source-excerpt.ts'
import type { Diagnostic, Project } from '../domain/types.ts'
import { messagesFor } from '../i18n/catalogue.ts'
import { useLocale } from '../store/use-messages.ts'
import { DiagnosticItems } from '../ui/DiagnosticItems.tsx'

export interface SourcePanelProps {
  project: Project
  sourceLines: readonly string[]
  diagnostics: readonly Diagnostic[]
}

/** The project's diagnostics and its block of the original text, to check the parse against the source. */
export function SourcePanel({ project, sourceLines, diagnostics }: SourcePanelProps) {
  const { startLine, endLine } = project.source
  const locale = useLocale()
  const t = messagesFor(locale)
  const own = diagnostics.filter((d) => d.line !== null && d.line >= startLine && d.line <= endLine)
  return (
    <>
      <h3>{t.drawer.parserNotes}</h3>
      {own.length === 0 ? (
        <p className="muted">{t.drawer.noParserNotes}</p>
      ) : (
        <DiagnosticItems diagnostics={own} locale={locale} />
      )}
      <details className="source-text">
        <summary>{t.drawer.viewSource(startLine, endLine)}</summary>
        <pre lang="zh-CN">{sourceExcerpt(sourceLines, project)}</pre>
      </details>
    </>
  )
}
