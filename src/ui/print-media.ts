import { useSyncExternalStore } from 'react'
import { flushSync } from 'react-dom'

/**
 * Whether the page is being printed, and since when: the one place that follows printing, for the
 * printed memo's head and source list, the table rendering every row, the charts redrawn for paper
 * (src/charts/echarts-setup.ts, outside React) and the charts loaded on Ctrl+P.
 *
 * The page is printed from `beforeprint` to `afterprint` (the print dialog) and while the `print`
 * media query matches (print preview, emulated print media). Listeners hear of each of these
 * events, even when the answer stays the same: print media starting after `beforeprint` gives the
 * page the paper's width, which the charts must be laid out for again.
 *
 * Listeners are told inside flushSync, so React has rendered what paper needs when the event
 * returns: window.print() dispatches `beforeprint` and lays out the printed page right after it,
 * before any microtask (where React would otherwise render) runs.
 */

/** Between `beforeprint` and `afterprint`. */
let dialogOpen = false
/** When the current printing started; kept while it goes on, so every reader gets the same Date. */
let started: Date | null = null
/** The print media query, while anyone listens. */
let query: MediaQueryList | null = null
const listeners = new Set<() => void>()

function notify(): void {
  flushSync(() => {
    for (const listener of listeners) listener()
  })
}

function onBeforePrint(): void {
  dialogOpen = true
  notify()
}

function onAfterPrint(): void {
  dialogOpen = false
  notify()
}

/** Calls `listener` on every print event (see above); returns the unsubscribe function. */
export function subscribePrint(listener: () => void): () => void {
  if (listeners.size === 0) {
    query = window.matchMedia('print')
    query.addEventListener('change', notify)
    window.addEventListener('beforeprint', onBeforePrint)
    window.addEventListener('afterprint', onAfterPrint)
  }
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
    if (listeners.size > 0 || query === null) return
    query.removeEventListener('change', notify)
    window.removeEventListener('beforeprint', onBeforePrint)
    window.removeEventListener('afterprint', onAfterPrint)
    query = null
    dialogOpen = false
    started = null
  }
}

/** When the current printing started, or null when the page is not being printed. */
function printStart(): Date | null {
  if (dialogOpen || (query ?? window.matchMedia('print')).matches) started ??= new Date()
  else started = null
  return started
}

export const isPrinting = (): boolean => printStart() !== null

/** True while the page is printed (a virtualised table must then render every row: paper does not scroll). */
export function usePrinting(): boolean {
  return useSyncExternalStore(subscribePrint, isPrinting)
}

/** When the current printing started, or null: the printed memo says when it was printed. */
export function usePrintStart(): Date | null {
  return useSyncExternalStore(subscribePrint, printStart)
}
