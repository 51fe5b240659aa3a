import { inferPairs } from '../domain/item-pairing.ts'
import { itemHasTheme, type ThemeId } from '../domain/problem-themes.ts'
import type { Project } from '../domain/types.ts'
import type { ItemListKind } from '../i18n/messages.ts'
import { useMessages } from '../store/use-messages.ts'
import { NumberedItems } from './NumberedItems.tsx'
import { ThemeChips } from './ThemeChips.tsx'

export interface ItemListsProps {
  project: Project
  terms: readonly string[]
  themes: readonly ThemeId[]
}

/**
 * A project whose lists differ in count: each list by its own numbers, never lined up as if (n)
 * answered (n); then the likely pairing by shared phrases, marked as inferred, not the document's.
 */
export function ItemLists({ project, terms, themes }: ItemListsProps) {
  const t = useMessages()
  const l = t.itemLists
  const form = project.form !== 'result'
  const answers: [ItemListKind, readonly string[]][] = form
    ? [['measures', project.suggestions]]
    : [
        ['suggestions', project.suggestions],
        ['rectifications', project.rectifications],
      ]
  const pairs = inferPairs(project)
  const kindOf = (list: 'suggestions' | 'rectifications'): ItemListKind => (form && list === 'suggestions' ? 'measures' : list)
  return (
    <div className="item-lists">
      <p className="series-note">{l.note}</p>
      <section>
        <h4>{l.heading('problems', project.problems.length)}</h4>
        <NumberedItems
          items={project.problems}
          empty={t.drawer.notListed}
          terms={terms}
          extras={project.problems.map((problem) => ({
            className: itemHasTheme(problem, themes) ? 'theme-hit' : undefined,
            after: <ThemeChips item={problem} active={themes} />,
          }))}
        />
      </section>
      {answers.map(([kind, items]) => (
        <section key={kind}>
          <h4>{l.heading(kind, items.length)}</h4>
          <NumberedItems items={items} empty={t.drawer.notListed} terms={terms} />
        </section>
      ))}
      {project.problems.length > 0 && (
        <section className="inferred-pairs">
          <h4>{l.inferred}</h4>
          <p className="series-note">{l.inferredNote}</p>
          <ul>
            {answers.flatMap(([kind, items]) =>
              items.map((_, i) => {
                const pair = pairs.find((p) => kindOf(p.list) === kind && p.item === i + 1)
                return (
                  <li key={`${kind}-${i}`}>
                    {pair === undefined ? l.unpaired(kind, i + 1) : l.pair(kind, pair.item, pair.problem, [...new Set(pair.phrases)])}
                  </li>
                )
              }),
            )}
          </ul>
        </section>
      )}
    </div>
  )
}
