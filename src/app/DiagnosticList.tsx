import { useId } from 'react'
import type { Diagnostic } from '../domain/types.ts'
import { DiagnosticItems } from '../ui/DiagnosticItems.tsx'

/** The rest are reachable per project (drill-down) and by the audit-flag facet. */
const LISTED_AT_MOST = 100

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
      <DiagnosticItems diagnostics={diagnostics.slice(0, LISTED_AT_MOST)} />
      {diagnostics.length > LISTED_AT_MOST && (
        <p className="muted">
          另有 {diagnostics.length - LISTED_AT_MOST} 条未列出；每个项目的诊断在其详情中，“解析存疑”等审计提示可用于筛选。
        </p>
      )}
    </section>
  )
}
