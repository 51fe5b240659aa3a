import { sourceExcerpt } from '../domain/source-excerpt.ts'
import type { Diagnostic, Project } from '../domain/types.ts'
import { DiagnosticItems } from '../ui/DiagnosticItems.tsx'

export interface SourcePanelProps {
  project: Project
  sourceLines: readonly string[]
  diagnostics: readonly Diagnostic[]
}

/** The project's diagnostics and its block of the original text, to check the parse against the source. */
export function SourcePanel({ project, sourceLines, diagnostics }: SourcePanelProps) {
  const { startLine, endLine } = project.source
  const own = diagnostics.filter((d) => d.line !== null && d.line >= startLine && d.line <= endLine)
  return (
    <>
      <h3>解析提示</h3>
      {own.length === 0 ? (
        <p className="muted">解析本项目时没有发现问题。</p>
      ) : (
        <DiagnosticItems diagnostics={own} />
      )}
      <details className="source-text">
        <summary>
          查看原文（第 {startLine}–{endLine} 行）
        </summary>
        <pre>{sourceExcerpt(sourceLines, project)}</pre>
      </details>
    </>
  )
}
