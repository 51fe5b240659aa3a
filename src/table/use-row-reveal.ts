import { type RefObject, useEffect, useLayoutEffect, useRef } from 'react'
import type { RowVirtualizer } from './use-row-virtualizer.ts'

/** A rendered row by id (a handful are rendered: no need for CSS.escape, which jsdom lacks). */
export const rowElement = (body: HTMLElement | null, id: string): HTMLElement | undefined =>
  body === null ? undefined : [...body.querySelectorAll<HTMLElement>('tr[data-row-id]')].find((tr) => tr.dataset.rowId === id)

/**
 * True when the row lies wholly between the sticky header and the box's bottom edge, or, taller
 * than that, starts right below the header. Without layout (jsdom) every rectangle is empty: shown.
 */
export function rowShown(row: HTMLElement, box: HTMLElement, headerHeight: number): boolean {
  const { top: boxTop } = box.getBoundingClientRect()
  const top = boxTop + box.clientTop + headerHeight
  const bottom = boxTop + box.clientTop + box.clientHeight
  const { top: rowTop, bottom: rowBottom } = row.getBoundingClientRect()
  if (rowTop < top - 1) return false
  return rowBottom <= bottom + 1 || rowTop <= top + 1
}

/** What the user does to scroll the table's box by hand: from then on the box is theirs. */
const USER_SCROLL_EVENTS = ['wheel', 'touchstart', 'pointerdown'] as const

interface Target {
  id: string
  /** The rows the target was set among: when they change (a sort, a search), the target lapses. */
  indexById: ReadonlyMap<string, number>
}

export interface RowRevealOptions {
  virtualizer: RowVirtualizer
  scrollElement: HTMLElement | null
  body: RefObject<HTMLTableSectionElement | null>
  indexById: ReadonlyMap<string, number>
  headerHeight: number
}

/**
 * Scrolls the table's box to a row and keeps the row in view until the user scrolls the box or the
 * rows change. The virtualizer corrects its own scroll as rows are measured (taller or shorter than
 * estimated) for 5 s only; on a slow machine they are still being measured then, and a row reached
 * with End was left a few pixels below the box's edge. Here each render that leaves the row outside
 * the box scrolls to it again.
 */
export function useRowReveal({ virtualizer, scrollElement, body, indexById, headerHeight }: RowRevealOptions): (id: string) => void {
  const target = useRef<Target | null>(null)

  useLayoutEffect(() => {
    const current = target.current
    if (current === null || scrollElement === null) return
    const index = indexById.get(current.id)
    if (current.indexById !== indexById || index === undefined) {
      target.current = null
      return
    }
    const row = rowElement(body.current, current.id)
    if (row !== undefined && !rowShown(row, scrollElement, headerHeight)) virtualizer.scrollToIndex(index)
  })

  useEffect(() => {
    if (scrollElement === null) return
    const release = (): void => {
      target.current = null
    }
    for (const type of USER_SCROLL_EVENTS) scrollElement.addEventListener(type, release, { passive: true })
    return () => {
      for (const type of USER_SCROLL_EVENTS) scrollElement.removeEventListener(type, release)
    }
  }, [scrollElement])

  return (id: string) => {
    const index = indexById.get(id)
    if (index === undefined) return
    target.current = { id, indexById }
    virtualizer.scrollToIndex(index)
  }
}
