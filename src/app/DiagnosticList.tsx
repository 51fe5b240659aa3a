import { useId } from 'react'
import type { Diagnostic } from '../domain/types.ts'
import { DiagnosticItems } from '../ui/DiagnosticItems.tsx'

export interface DiagnosticListProps {
  /** Names the file the diagnostics are about. */
  sourceName: string
  diagnostics: readonly Diagnostic[]
}

export function DiagnosticList({ sourceName, diagnostics }: DiagnosticListProps) {
  const headingId = useId()
  if (diagnostics.length === 0) return null
  return (
    <section className="diagnostics" aria-labelledby={headingId}>
      <h2 id={headingId}>
        解析诊断：{sourceName}（{diagnostics.length}）
      </h2>
      <DiagnosticItems diagnostics={diagnostics} />
    </section>
  )
}
