import { alignItems } from '../domain/aligned-items.ts'
import { listsDifferInCount } from '../domain/item-pairing.ts'
import { itemHasTheme, type ThemeId } from '../domain/problem-themes.ts'
import type { Project } from '../domain/types.ts'
import type { Messages } from '../i18n/messages.ts'
import { useMessages } from '../store/use-messages.ts'
import { Highlighted } from './Highlighted.tsx'
import { ItemLists } from './ItemLists.tsx'
import { ThemeChips } from './ThemeChips.tsx'

export interface AlignedItemsTableProps {
  project: Project
  terms: readonly string[]
  /** Selected problem themes: the problems having one are marked, each problem shows its themes. */
  themes?: readonly ThemeId[]
}

const NO_THEMES: readonly ThemeId[] = []

function Slot({ text, terms, t }: { text: string | null; terms: readonly string[]; t: Messages }) {
  return (
    <td>
      {text === null ? (
        <span className="empty-slot">{t.drawer.notListed}</span>
      ) : (
        <span lang="zh-CN">
          <Highlighted text={text} terms={terms} />
        </span>
      )}
    </td>
  )
}

/**
 * Problem (n) beside suggestion (n) and rectification (n), when the lists are of one length. A
 * self-evaluation form has 存在问题 and 改进措施 only: two lists, no 整改情况 column. Lists of
 * different lengths are not lined up (the document does not say which answers which): ItemLists.
 */
export function AlignedItemsTable({ project, terms, themes = NO_THEMES }: AlignedItemsTableProps) {
  const t = useMessages()
  if (listsDifferInCount(project)) return <ItemLists project={project} terms={terms} themes={themes} />
  const items = alignItems(project)
  if (items.length === 0) return <p className="muted">{t.drawer.noItems}</p>
  const headers = t.drawer.itemHeaders
  const form = project.form !== 'result'
  return (
    <table className="aligned-items">
      <caption>
        {form
          ? t.drawer.formItemsCaption(project.problems.length, project.suggestions.length)
          : t.drawer.itemsCaption(project.problems.length, project.suggestions.length, project.rectifications.length)}
      </caption>
      <thead>
        <tr>
          <th scope="col">{headers.n}</th>
          <th scope="col">{headers.problem}</th>
          <th scope="col">{form ? t.drawer.measureHeader : headers.suggestion}</th>
          {!form && <th scope="col">{headers.rectification}</th>}
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.n} className={item.problem !== null && itemHasTheme(item.problem, themes) ? 'theme-hit' : undefined}>
            <th scope="row">{t.drawer.itemNumber(item.n)}</th>
            <td>
              {item.problem === null ? (
                <span className="empty-slot">{t.drawer.notListed}</span>
              ) : (
                <>
                  <span lang="zh-CN">
                    <Highlighted text={item.problem} terms={terms} />
                  </span>
                  <ThemeChips item={item.problem} active={themes} />
                </>
              )}
            </td>
            <Slot text={item.suggestion} terms={terms} t={t} />
            {!form && <Slot text={item.rectification} terms={terms} t={t} />}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
