import { type RefObject, useEffect, useLayoutEffect, useRef } from 'react'
import type { RowVirtualizer } from './use-row-virtualizer.ts'

/** A rendered row by id. */
export const rowElement = (body: HTMLElement | null, id: string): HTMLElement | undefined =>
  body?.querySelector<HTMLElement>(`tr[data-row-id="${CSS.escape(id)}"]`) ?? undefined

/**
 * How far the row lies outside the band between the sticky header and the box's bottom edge: 0
 * when it is shown (wholly inside, a pixel of rounding forgiven, or, taller than the band,
 * starting right below the header). Before layout every rectangle is empty: 0.
 */
export function rowDistance(row: HTMLElement, box: HTMLElement, headerHeight: number): number {
  const { top: boxTop } = box.getBoundingClientRect()
  const top = boxTop + box.clientTop + headerHeight
  const bottom = boxTop + box.clientTop + box.clientHeight
  const { top: rowTop, bottom: rowBottom } = row.getBoundingClientRect()
  if (rowTop < top - 1) return top - rowTop
  // A row taller than the band is shown when it starts right below the header.
  if (rowBottom > bottom + 1 && rowTop > top + 1) return Math.min(rowBottom - bottom, rowTop - top)
  return 0
}

/** What the user does to scroll the table's box by hand: from then on the box is theirs. */
const USER_SCROLL_EVENTS = ['wheel', 'touchstart', 'pointerdown'] as const

/** A scroll that takes the row further away than this (px) is not a correction towards it: someone else scrolled. */
const AWAY_TOLERANCE = 1

interface Target {
  id: string
  /** The rows the target was set among: when they change (a sort, a search), the target lapses. */
  indexById: ReadonlyMap<string, number>
  /** How far outside the box the row was when last seen (rowDistance); ∞ while it is not rendered. */
  distance: number
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
    if (row === undefined) return
    current.distance = rowDistance(row, scrollElement, headerHeight)
    if (current.distance > 0) virtualizer.scrollToIndex(index)
  })

  useEffect(() => {
    if (scrollElement === null) return
    const release = (): void => {
      target.current = null
    }
    // Any other scroll (keys the rows leave to the browser, find in page, a screen reader, code)
    // that takes the row further away than it was; the corrections here only bring it nearer.
    const releaseOnScrollAway = (event: Event): void => {
      const current = target.current
      if (event.target !== scrollElement || current === null) return
      const row = rowElement(body.current, current.id)
      if (row === undefined) return
      const distance = rowDistance(row, scrollElement, headerHeight)
      if (distance > current.distance + AWAY_TOLERANCE) release()
      else current.distance = distance
    }
    for (const type of USER_SCROLL_EVENTS) scrollElement.addEventListener(type, release, { passive: true })
    // Captured on the document: before the virtualizer's own listener re-renders and corrects.
    const { ownerDocument } = scrollElement
    ownerDocument.addEventListener('scroll', releaseOnScrollAway, { capture: true, passive: true })
    return () => {
      for (const type of USER_SCROLL_EVENTS) scrollElement.removeEventListener(type, release)
      ownerDocument.removeEventListener('scroll', releaseOnScrollAway, { capture: true })
    }
  }, [scrollElement, body, headerHeight])

  return (id: string) => {
    const index = indexById.get(id)
    if (index === undefined) return
    const row = rowElement(body.current, id)
    const distance = row === undefined || scrollElement === null ? Number.POSITIVE_INFINITY : rowDistance(row, scrollElement, headerHeight)
    target.current = { id, indexById, distance }
    virtualizer.scrollToIndex(index)
  }
}
