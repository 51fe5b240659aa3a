import { useTable } from '@tanstack/react-table'
import { type KeyboardEvent, useEffect, useEffectEvent, useMemo, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import type { ProjectRow } from '../domain/project-row.ts'
import { type ProjectColumns, projectTableFeatures } from './columns.tsx'
import { ProjectTableRow } from './ProjectTableRow.tsx'
import { isRowKey, targetRowIndex } from './row-navigation.ts'
import { type RowSlot, rowSlots } from './row-slots.ts'
import { usePrinting } from '../ui/print-media.ts'
import { rowElement, useRowReveal } from './use-row-reveal.ts'
import { rowsPerPage, useHeaderHeight, useRowVirtualizer } from './use-row-virtualizer.ts'

export interface ProjectTableBodyProps {
  /** Already filtered and sorted. */
  projects: ProjectRow[]
  columns: ProjectColumns
  /** The box the table scrolls in (its header sticks to the top of it). */
  scrollElement: HTMLElement | null
  openId: string | null
  /** The project under a chart's keyboard cursor: its row is marked and scrolled to, the focus stays on the chart. */
  cursorId: string | null
  onOpen: (id: string) => void
}

const ignoreRow = (): void => {}

const getRowId = (row: ProjectRow): string => row.id

/**
 * TanStack rows for the rendered projects only (a row object for each of 10,000 projects took
 * 28 ms of every sort and filter). Rebuilt on every render: a few dozen rows.
 */
function useRenderedRows(projects: ProjectRow[], indexes: readonly number[], columns: ProjectColumns) {
  const data = indexes.flatMap((index) => projects[index] ?? [])
  const table = useTable({ features: projectTableFeatures, columns, data, getRowId, manualSorting: true })
  return table.getRowModel().rows
}

/** Stands in for the rows not rendered, so the scrollbar and the rendered rows sit where all rows would. */
function SpacerRow({ height, columnCount }: { height: number; columnCount: number }) {
  return (
    <tr className="virtual-spacer" aria-hidden="true">
      <td colSpan={columnCount} style={{ height }} />
    </tr>
  )
}

/**
 * The table rows, virtualized: only the rows in and near the scroll box are rendered, plus the
 * tab-stop row and the last opened one, so focus and the drawer's return to its row never find
 * the row missing. Click or Enter opens a project; ArrowUp/ArrowDown/PageUp/PageDown/Home/End move
 * the one tab stop (roving tabindex) to any row, rendering and scrolling to it first. The open row
 * is marked aria-current and scrolled into view when it is opened, also from elsewhere (a chart,
 * the drawer's previous/next, the URL). The row under a chart's keyboard cursor is marked
 * (data-chart-cursor) and scrolled to inside the table's box — never the page, never the focus.
 */
export function ProjectTableBody({ projects, columns, scrollElement, openId, cursorId, onOpen }: ProjectTableBodyProps) {
  const bodyRef = useRef<HTMLTableSectionElement>(null)
  const [focusedId, setFocusedId] = useState(openId)
  const [seenOpenId, setSeenOpenId] = useState(openId)
  // Where the drawer sends the focus back when it closes: kept rendered after openId turns null.
  const [lastOpenId, setLastOpenId] = useState(openId)
  if (openId !== seenOpenId) {
    // The tab stop follows the open project.
    setSeenOpenId(openId)
    if (openId !== null) {
      setFocusedId(openId)
      setLastOpenId(openId)
    }
  }
  const headerHeight = useHeaderHeight(bodyRef)
  const printing = usePrinting()
  const ids = useMemo(() => projects.map((p) => p.id), [projects])
  const indexById = useMemo(() => new Map(ids.map((id, i) => [id, i])), [ids])
  const tabStopId = [focusedId, openId].find((id) => id !== null && indexById.has(id)) ?? ids[0]
  const tabStopIndex = tabStopId === undefined ? -1 : (indexById.get(tabStopId) ?? -1)
  const lastOpenIndex = lastOpenId === null ? -1 : (indexById.get(lastOpenId) ?? -1)
  const cursorIndex = cursorId === null ? -1 : (indexById.get(cursorId) ?? -1)
  const pinned = useMemo(() => [tabStopIndex, lastOpenIndex, cursorIndex], [tabStopIndex, lastOpenIndex, cursorIndex])
  const virtualizer = useRowVirtualizer({ ids, scrollElement, pinned, headerHeight })
  const revealRow = useRowReveal({ virtualizer, scrollElement, body: bodyRef, indexById, headerHeight })

  const revealOpenRow = useEffectEvent((id: string) => {
    if (!indexById.has(id)) return
    revealRow(id)
    // The row is rendered (pinned) and now in the scroll box; bring the box itself into the page's view.
    rowElement(bodyRef.current, id)?.scrollIntoView({ block: 'nearest' })
  })
  useEffect(() => {
    // When a project is opened, not when the rows change under an open one (a search keystroke must not scroll the page).
    if (openId !== null && scrollElement !== null) revealOpenRow(openId)
  }, [openId, scrollElement])

  const revealCursorRow = useEffectEvent((id: string) => revealRow(id))
  useEffect(() => {
    // Inside the table's own box only: the page stays where the chart is.
    if (cursorId !== null && cursorIndex >= 0 && scrollElement !== null) revealCursorRow(cursorId)
  }, [cursorId, cursorIndex, scrollElement])

  function focusRow(index: number) {
    const id = ids[index]
    if (id === undefined) return
    // Render the target row (pinned as the tab stop) before scrolling to it and focusing it.
    flushSync(() => setFocusedId(id))
    revealRow(id)
    rowElement(bodyRef.current, id)?.focus({ preventScroll: true })
  }

  function onKeyDown(event: KeyboardEvent<HTMLTableRowElement>, index: number) {
    if (event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey) return
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      const id = ids[index]
      if (id !== undefined) onOpen(id)
      return
    }
    if (!isRowKey(event.key)) return
    event.preventDefault()
    focusRow(targetRowIndex(event.key, index, projects.length, rowsPerPage(virtualizer)))
  }

  const { scrollMargin } = virtualizer.options
  // Paper does not scroll: every row, unmeasured (10,000 rows would flood the virtualizer with sizes).
  const slots: RowSlot[] = printing
    ? projects.map((_, index) => ({ kind: 'row', index }))
    : rowSlots(virtualizer.getVirtualItems(), scrollMargin, scrollMargin + virtualizer.getTotalSize())
  const indexes = slots.flatMap((slot) => (slot.kind === 'row' ? [slot.index] : []))
  const rows = useRenderedRows(projects, indexes, columns)
  const rowById = new Map(rows.map((row) => [row.id, row]))
  const measureRef = printing ? ignoreRow : virtualizer.measureElement

  return (
    <tbody ref={bodyRef}>
      {slots.map((slot) => {
        if (slot.kind === 'gap') return <SpacerRow key={slot.key} height={slot.height} columnCount={columns.length} />
        const row = rowById.get(ids[slot.index] ?? '')
        return (
          row !== undefined && (
            <ProjectTableRow
              key={row.id}
              row={row}
              index={slot.index}
              current={row.id === openId}
              chartCursor={row.id === cursorId}
              tabStop={row.id === tabStopId}
              measureRef={measureRef}
              onOpen={onOpen}
              onKeyDown={onKeyDown}
              onFocusRow={setFocusedId}
            />
          )
        )
      })}
    </tbody>
  )
}
