import { memo, useId } from 'react'
import type { Diagnostic } from '../domain/types.ts'
import { messagesFor } from '../i18n/catalogue.ts'
import { useLocale } from '../store/use-messages.ts'
import { DiagnosticItems } from '../ui/DiagnosticItems.tsx'
import './diagnostics.css'

/** The rest are reachable per project (drill-down) and by the audit-flag facet. */
const LISTED_AT_MOST = 100

export interface DiagnosticListProps {
  /** Names the file the diagnostics are about. */
  sourceName: string
  diagnostics: readonly Diagnostic[]
}

export const DiagnosticList = memo(function DiagnosticList({ sourceName, diagnostics }: DiagnosticListProps) {
  const headingId = useId()
  const locale = useLocale()
  const t = messagesFor(locale)
  if (diagnostics.length === 0) return null
  return (
    <section className="diagnostics" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.diagnostics.heading(sourceName, diagnostics.length)}</h2>
      <DiagnosticItems diagnostics={diagnostics.slice(0, LISTED_AT_MOST)} locale={locale} />
      {diagnostics.length > LISTED_AT_MOST && <p className="muted">{t.diagnostics.more(diagnostics.length - LISTED_AT_MOST)}</p>}
    </section>
  )
})
