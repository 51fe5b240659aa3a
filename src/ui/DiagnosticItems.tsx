import type { Diagnostic } from '../domain/types.ts'
import { messagesFor } from '../i18n/catalogue.ts'
import { diagnosticText } from '../i18n/diagnostic-text.ts'
import type { Locale } from '../i18n/locale.ts'
import './ui.css'

export interface DiagnosticItemsProps {
  diagnostics: readonly Diagnostic[]
  locale: Locale
}

/**
 * The parser's diagnostics as a list: level, line, the message for people, the code for search. In
 * English the code's meaning comes first and the parser's Chinese message, which quotes the report,
 * follows unchanged.
 */
export function DiagnosticItems({ diagnostics, locale }: DiagnosticItemsProps) {
  const t = messagesFor(locale)
  return (
    <ul className="diagnostic-list">
      {diagnostics.map((d, i) => {
        const { text, original } = diagnosticText(d, locale)
        return (
          <li key={`${d.code}-${d.line ?? 'x'}-${i}`} className={`diagnostic diagnostic-${d.level}`}>
            <span className="diagnostic-level">{d.level === 'error' ? t.diagnostics.error : t.diagnostics.warning}</span>
            {d.line !== null && <span className="diagnostic-line">{t.diagnostics.line(d.line)}</span>}
            {original === null ? (
              <span>{text}</span>
            ) : (
              <span>
                {text} — <span lang="zh-CN">{original}</span>
              </span>
            )}
            <code>{d.code}</code>
          </li>
        )
      })}
    </ul>
  )
}
