import { useId, useMemo, useState } from 'react'
import type { ProjectRow } from '../domain/project-row.ts'
import type { LinkDecision, SeriesIndex, SeriesSource } from '../domain/series.ts'
import { SERIES_SEARCH_LIMIT, searchOtherRecords } from '../domain/series-search.ts'
import { useMessages } from '../store/use-messages.ts'
import { useComposedInput } from '../ui/use-composed-input.ts'

export interface LinkSearchProps {
  row: ProjectRow
  /** Every loaded dataset: the record to link may be in a dataset out of view. */
  sources: readonly SeriesSource[]
  index: SeriesIndex
  onDecide: (decision: LinkDecision, said: string) => void
}

/**
 * 关联到其他数据集的项目…: the user's own link, to any record of another dataset found by its name or
 * code (a project renamed between years, which no rule nor candidate finds). As in the table's search
 * box, the list follows the box only once an IME composition (拼音 → 汉字) ends.
 */
export function LinkSearch({ row, sources, index, onDecide }: LinkSearchProps) {
  const t = useMessages()
  const l = t.linkSearch
  const id = useId()
  const noteId = useId()
  const [draft, setDraft] = useState('')
  const [query, setQuery] = useState('')
  // Escape with text clears the box only; the drawer stays open.
  const typing = useComposedInput(draft, setDraft, setQuery)
  const found = useMemo(() => searchOtherRecords(row, query, sources, index), [row, query, sources, index])
  if (!sources.some((source) => source.id !== row.datasetId)) return null


  const note =
    query.trim() === '' ? l.hint(SERIES_SEARCH_LIMIT) : found.rows.length === 0 ? l.none : found.more ? l.more(SERIES_SEARCH_LIMIT) : null
  return (
    <details className="link-search">
      <summary>{l.open}</summary>
      <label htmlFor={id}>{l.label}</label>
      <input
        id={id}
        type="search"
        autoComplete="off"
        aria-describedby={note === null ? undefined : noteId}
        {...typing}
      />
      {note !== null && (
        <p id={noteId} className="series-note">
          {note}
        </p>
      )}
      {found.rows.length > 0 && (
        <ul>
          {found.rows.map((other) => {
            const name = other.project.name ?? other.project.code ?? l.unnamed
            const code = other.project.code
            return (
              <li key={other.id}>
                <span className="candidate-name" lang="zh-CN">
                  {other.project.name ?? l.unnamed}
                </span>
                <span className="candidate-why">
                  {other.datasetLabel}
                  {code !== null && ` · ${l.code(code)}`}
                </span>
                <button
                  type="button"
                  className="secondary-button"
                  aria-label={t.seriesPanel.joinLabel(name, other.datasetLabel)}
                  onClick={() => onDecide({ op: 'join', row: row.id, with: other.id }, t.seriesPanel.joined(name))}
                >
                  {t.seriesPanel.join}
                </button>
              </li>
            )
          })}
        </ul>
      )}
    </details>
  )
}
