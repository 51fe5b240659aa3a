import { useEffect, useRef, useState } from 'react'
import type { SortKey, ViewFilters } from '../domain/view.ts'
import type { Messages } from '../i18n/messages.ts'
import { announce } from '../ui/announcer.ts'
import { createResultAnnouncer } from './result-announcer.ts'

/** Whether the filters differ in the search query only (typing). */
function onlyQueryChanged(a: ViewFilters, b: ViewFilters): boolean {
  return (
    a.query !== b.query &&
    a.grades === b.grades &&
    a.amount === b.amount &&
    a.score === b.score &&
    a.brush === b.brush &&
    a.themes === b.themes &&
    a.flags === b.flags
  )
}

export interface ResultState {
  filters: ViewFilters
  sorting: readonly SortKey[]
  /** Projects the table lists, of `total` in view. */
  shown: number
  total: number
}

/**
 * Says the outcome of each sort and filter change through the page's live region
 * ("按评价分值降序排列，共 8 个项目。", "显示 8 个项目中的 3 个。"): the search box's typing once it
 * pauses, never during an IME composition. What the page shows when this mounts (the first load,
 * a link's filters) is not said.
 */
export function useResultAnnouncements({ filters, sorting, shown, total }: ResultState, t: Messages): void {
  const [announcer] = useState(() => createResultAnnouncer((text) => announce(text)))
  const seen = useRef({ filters, sorting })

  useEffect(() => {
    const start = () => announcer.compositionStart()
    const end = () => announcer.compositionEnd()
    document.addEventListener('compositionstart', start, true)
    document.addEventListener('compositionend', end, true)
    return () => {
      document.removeEventListener('compositionstart', start, true)
      document.removeEventListener('compositionend', end, true)
      announcer.dispose()
    }
  }, [announcer])

  useEffect(() => {
    const before = seen.current
    if (before.filters === filters && before.sorting === sorting) return
    seen.current = { filters, sorting }
    const sorted = before.sorting !== sorting
    const filtered = before.filters !== filters
    const text = t.results.announce({ sorting: sorted ? sorting : null, filtered, shown, total })
    announcer.changed(text, !sorted && onlyQueryChanged(before.filters, filters))
  }, [filters, sorting, shown, total, t, announcer])
}
