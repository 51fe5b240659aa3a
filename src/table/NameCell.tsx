import { useMemo } from 'react'
import { searchTerms } from '../domain/search-text.ts'
import { searchSnippet } from '../domain/snippet.ts'
import type { Project } from '../domain/types.ts'
import type { Messages } from '../i18n/messages.ts'
import { useAppStore } from '../store/app-store.ts'

export interface NameCellProps {
  project: Project
  t: Messages
}

/**
 * The project's name; while a search is on and its hit is not in the name, a snippet under it: the
 * text around the first hit, marked, and the field it is in (存在问题（2）). Report text is rendered
 * as text, never as HTML.
 */
export function NameCell({ project, t }: NameCellProps) {
  const query = useAppStore((s) => s.filters.query)
  const terms = useMemo(() => searchTerms(query), [query])
  const snippet = useMemo(() => searchSnippet(project, terms), [project, terms])
  const name =
    project.name === null ? <span className="project-name">{t.common.unnamed}</span> : <span className="project-name" lang="zh-CN">{project.name}</span>
  if (snippet === null) return name
  return (
    <>
      {name}
      <span className="search-snippet">
        <span className="snippet-field">{t.moreFilters.snippetField(snippet.field, snippet.item, project.form !== 'result')}</span>{' '}
        <span lang="zh-CN">
          {snippet.cutBefore && '…'}
          {snippet.segments.map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : s.text))}
          {snippet.cutAfter && '…'}
        </span>
      </span>
    </>
  )
}
