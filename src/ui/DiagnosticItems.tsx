import type { Diagnostic } from '../domain/types.ts'

export interface DiagnosticItemsProps {
  diagnostics: readonly Diagnostic[]
}

const LEVEL_LABEL = { error: '错误', warning: '提示' } as const

/** The parser's diagnostics as a list: level, line, the message for people, the code for search. */
export function DiagnosticItems({ diagnostics }: DiagnosticItemsProps) {
  return (
    <ul className="diagnostic-list">
      {diagnostics.map((d, i) => (
        <li key={`${d.code}-${d.line ?? 'x'}-${i}`} className={`diagnostic diagnostic-${d.level}`}>
          <span className="diagnostic-level">{LEVEL_LABEL[d.level]}</span>
          {d.line !== null && <span className="diagnostic-line">第 {d.line} 行</span>}
          <span>{d.message}</span>
          <code>{d.code}</code>
        </li>
      ))}
    </ul>
  )
}
