import type { Diagnostic } from '../domain/types.ts'

export interface DiagnosticListProps {
  diagnostics: readonly Diagnostic[]
}

const LEVEL_LABEL = { error: '错误', warning: '提示' } as const

export function DiagnosticList({ diagnostics }: DiagnosticListProps) {
  if (diagnostics.length === 0) return null
  return (
    <section className="diagnostics" aria-labelledby="diagnostics-heading">
      <h2 id="diagnostics-heading">解析诊断（{diagnostics.length}）</h2>
      <ul>
        {diagnostics.map((d, i) => (
          <li key={`${d.code}-${d.line ?? 'x'}-${i}`} className={`diagnostic diagnostic-${d.level}`}>
            <span className="diagnostic-level">{LEVEL_LABEL[d.level]}</span>
            {d.line !== null && <span className="diagnostic-line">第 {d.line} 行</span>}
            <span>{d.message}</span>
            <code>{d.code}</code>
          </li>
        ))}
      </ul>
    </section>
  )
}
