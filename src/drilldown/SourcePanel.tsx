import { sourceExcerpt } from '../domain/aligned-items.ts'
import type { Diagnostic, Project } from '../domain/types.ts'

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
        <ul className="drawer-diagnostics">
          {own.map((d, i) => (
            <li key={i} className={`diagnostic diagnostic-${d.level}`}>
              <span className="diagnostic-level">{d.level === 'error' ? '错误' : '提示'}</span> 第 {d.line} 行：
              {d.message} <code>{d.code}</code>
            </li>
          ))}
        </ul>
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
