import { alignItems } from '../domain/aligned-items.ts'
import type { Project } from '../domain/types.ts'
import { Highlighted } from './Highlighted.tsx'

export interface AlignedItemsTableProps {
  project: Project
  terms: readonly string[]
}

function Slot({ text, terms }: { text: string | null; terms: readonly string[] }) {
  return <td>{text === null ? <span className="empty-slot">（未列出）</span> : <Highlighted text={text} terms={terms} />}</td>
}

/** Problem (n) beside suggestion (n) and rectification (n); a shorter list leaves an empty slot. */
export function AlignedItemsTable({ project, terms }: AlignedItemsTableProps) {
  const items = alignItems(project)
  if (items.length === 0) return <p className="muted">本项目未列出存在问题、整改建议或整改情况。</p>
  return (
    <table className="aligned-items">
      <caption>
        存在问题 {project.problems.length} 条 · 整改建议 {project.suggestions.length} 条 · 整改情况{' '}
        {project.rectifications.length} 条
      </caption>
      <thead>
        <tr>
          <th scope="col">序号</th>
          <th scope="col">存在问题</th>
          <th scope="col">整改建议</th>
          <th scope="col">整改情况</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.n}>
            <th scope="row">（{item.n}）</th>
            <Slot text={item.problem} terms={terms} />
            <Slot text={item.suggestion} terms={terms} />
            <Slot text={item.rectification} terms={terms} />
          </tr>
        ))}
      </tbody>
    </table>
  )
}
