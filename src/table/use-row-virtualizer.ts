import {
  defaultRangeExtractor,
  observeElementRect,
  type Range,
  type Rect,
  useVirtualizer,
  type Virtualizer,
  type VirtualizerOptions,
} from '@tanstack/react-virtual'
import { type RefObject, useCallback, useLayoutEffect, useState } from 'react'

export type RowVirtualizer = Virtualizer<HTMLElement, HTMLTableRowElement>

/** A one-line row: 8 px padding above and below, a 1.6 × 16 px line and the 1 px border. Names often take two. */
export const ESTIMATED_ROW_HEIGHT = 48

/** Rows rendered beyond each edge of the visible ones. */
const OVERSCAN = 8

/**
 * The scroll box's size until the browser reports it, and whenever it reports none (a box not laid
 * out): a virtualizer that sees a 0 px box renders no row at all.
 */
const FALLBACK_RECT: Rect = { width: 1024, height: 800 }

type Options = VirtualizerOptions<HTMLElement, HTMLTableRowElement>

const observeRectOrFallback: Options['observeElementRect'] = (instance, onRect) =>
  observeElementRect(instance, (rect) => onRect(rect.height > 0 ? rect : FALLBACK_RECT))

/**
 * A row's height as the ResizeObserver reports it after layout, unrounded (rows wrap, and
 * fractions add up over thousands of rows). When React mounts a row there is no report yet: the
 * known or estimated height stands until the observer's, so no commit forces a layout of the page.
 */
const measureRow: Options['measureElement'] = (row, entry, instance) => {
  const reported = entry?.borderBoxSize?.[0]?.blockSize ?? (entry === undefined ? undefined : row.getBoundingClientRect().height)
  if (reported !== undefined && reported > 0) return reported
  const key = instance.options.getItemKey(instance.indexFromElement(row))
  return instance.itemSizeCache.get(key) ?? ESTIMATED_ROW_HEIGHT
}

const estimateSize = (): number => ESTIMATED_ROW_HEIGHT

export interface RowVirtualizerOptions {
  /** Row ids in table order: measured heights follow a row when sorting moves it. */
  ids: readonly string[]
  scrollElement: HTMLElement | null
  /** Row indexes kept rendered wherever the table is scrolled (the focusable row, the last opened one). */
  pinned: readonly number[]
  /** Height of the sticky header between the scroll box's top and the first row. */
  headerHeight: number
}

/** The body's virtualizer: the visible rows, the overscan and the pinned rows, in index order. */
export function useRowVirtualizer({ ids, scrollElement, pinned, headerHeight }: RowVirtualizerOptions): RowVirtualizer {
  const getItemKey = useCallback((index: number) => ids[index] ?? index, [ids])
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = new Set(defaultRangeExtractor(range))
      for (const index of pinned) if (index >= 0 && index < range.count) indexes.add(index)
      return [...indexes].toSorted((a, b) => a - b)
    },
    [pinned],
  )
  // No React Compiler here: the virtualizer's methods are read afresh on every render.
  // oxlint-disable-next-line react/incompatible-library
  return useVirtualizer<HTMLElement, HTMLTableRowElement>({
    count: ids.length,
    getScrollElement: () => scrollElement,
    estimateSize,
    getItemKey,
    rangeExtractor,
    overscan: OVERSCAN,
    initialRect: FALLBACK_RECT,
    observeElementRect: observeRectOrFallback,
    measureElement: measureRow,
    // Rows start below the header, and a row scrolled to the top must not hide under it.
    scrollMargin: headerHeight,
    scrollPaddingStart: headerHeight,
  })
}

/** Rows wholly visible below the header, less one, so a page move keeps one row in sight: at least 1. */
export function rowsPerPage(virtualizer: RowVirtualizer): number {
  const top = (virtualizer.scrollOffset ?? 0) + virtualizer.options.scrollPaddingStart
  const bottom = (virtualizer.scrollOffset ?? 0) + (virtualizer.scrollRect?.height ?? FALLBACK_RECT.height)
  const visible = virtualizer.getVirtualItems().filter((item) => item.start >= top - 1 && item.end <= bottom + 1)
  return Math.max(1, visible.length - 1)
}

/**
 * How far below the scroll box's top the body starts: the sticky header's height (the caption is
 * visually hidden), followed as the header's labels wrap. 0 until laid out.
 */
export function useHeaderHeight(body: RefObject<HTMLTableSectionElement | null>): number {
  const [height, setHeight] = useState(0)
  useLayoutEffect(() => {
    const head = body.current?.parentElement instanceof HTMLTableElement ? body.current.parentElement.tHead : null
    if (head === null) return
    const observer = new ResizeObserver(() => setHeight(body.current?.offsetTop ?? 0))
    observer.observe(head)
    return () => observer.disconnect()
  }, [body])
  return height
}
