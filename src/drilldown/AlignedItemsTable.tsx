import { alignItems } from '../domain/aligned-items.ts'
import { itemHasTheme, type ThemeId } from '../domain/problem-themes.ts'
import type { Project } from '../domain/types.ts'
import { Highlighted } from './Highlighted.tsx'
import { ThemeChips } from './ThemeChips.tsx'

export interface AlignedItemsTableProps {
  project: Project
  terms: readonly string[]
  /** Selected problem themes: the problems having one are marked, each problem shows its themes. */
  themes?: readonly ThemeId[]
}

const NO_THEMES: readonly ThemeId[] = []

function Slot({ text, terms }: { text: string | null; terms: readonly string[] }) {
  return <td>{text === null ? <span className="empty-slot">（未列出）</span> : <Highlighted text={text} terms={terms} />}</td>
}

/** Problem (n) beside suggestion (n) and rectification (n); a shorter list leaves an empty slot. */
export function AlignedItemsTable({ project, terms, themes = NO_THEMES }: AlignedItemsTableProps) {
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
          <tr key={item.n} className={item.problem !== null && itemHasTheme(item.problem, themes) ? 'theme-hit' : undefined}>
            <th scope="row">（{item.n}）</th>
            <td>
              {item.problem === null ? (
                <span className="empty-slot">（未列出）</span>
              ) : (
                <>
                  <Highlighted text={item.problem} terms={terms} />
                  <ThemeChips item={item.problem} active={themes} />
                </>
              )}
            </td>
            <Slot text={item.suggestion} terms={terms} />
            <Slot text={item.rectification} terms={terms} />
          </tr>
        ))}
      </tbody>
    </table>
  )
}
