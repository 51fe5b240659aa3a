import { useEffect, useId, useRef, useState } from 'react'
import { useAppStore } from '../store/app-store.ts'
import { useMessages } from '../store/use-messages.ts'
import { useComposedInput } from '../ui/use-composed-input.ts'
import './table.css'

export interface SearchBoxProps {
  /** Projects in the dataset. */
  total: number
  /** Projects left after every filter. */
  shown: number
}

const isTextEntry = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select') !== null)

/**
 * Search bound to the store's query. While an IME composes (拼音 → 汉字) the input shows the draft but
 * the store is written only on compositionend, so the table does not filter by half-typed pinyin.
 * `/` anywhere outside a text field focuses it; Escape clears it. The line under it gives the query
 * syntax (src/domain/search-query.ts); like every control, it is not printed.
 */
export function SearchBox({ total, shown }: SearchBoxProps) {
  const query = useAppStore((s) => s.filters.query)
  const setQuery = useAppStore((s) => s.setQuery)
  const t = useMessages()
  const id = useId()
  const helpId = useId()
  const inputRef = useRef<HTMLInputElement>(null)
  const [draft, setDraft] = useState(query)
  const [seenQuery, setSeenQuery] = useState(query)
  if (query !== seenQuery) {
    // The query changed elsewhere (清除筛选, the URL): show it.
    setSeenQuery(query)
    setDraft(query)
  }

  useEffect(() => {
    function focusOnSlash(event: globalThis.KeyboardEvent) {
      if (event.key !== '/' || event.defaultPrevented || event.isComposing) return
      if (event.ctrlKey || event.metaKey || event.altKey || isTextEntry(event.target)) return
      event.preventDefault()
      inputRef.current?.focus()
    }
    document.addEventListener('keydown', focusOnSlash)
    return () => document.removeEventListener('keydown', focusOnSlash)
  }, [])

  const typing = useComposedInput(draft, setDraft, setQuery)

  return (
    <div className="search-box" role="search">
      <label htmlFor={id}>{t.search.label}</label>
      <input
        ref={inputRef}
        id={id}
        type="search"
        placeholder={t.search.placeholder}
        autoComplete="off"
        aria-describedby={helpId}
        {...typing}
      />
      {/* Not a live region: the page's one (src/app/PageAnnouncements.tsx) says the count once typing pauses. */}
      <p className="search-count">{t.search.count(total, shown)}</p>
      <p id={helpId} className="search-help">
        {t.moreFilters.searchHelp}
      </p>
    </div>
  )
}
