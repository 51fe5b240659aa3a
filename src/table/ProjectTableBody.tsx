import { FlexRender, type Row } from '@tanstack/react-table'
import { type KeyboardEvent, useEffect, useRef, useState } from 'react'
import type { ProjectRow } from '../domain/project-row.ts'
import type { projectTableFeatures } from './columns.tsx'

export interface ProjectTableBodyProps {
  rows: Row<typeof projectTableFeatures, ProjectRow>[]
  openId: string | null
  onOpen: (id: string) => void
}

const rowElements = (body: HTMLTableSectionElement | null): HTMLTableRowElement[] =>
  body === null ? [] : [...body.querySelectorAll<HTMLTableRowElement>('tr[data-row-id]')]

/**
 * The table rows: click or Enter opens a project; rows are one tab stop (roving tabindex) moved by
 * ArrowUp/ArrowDown/Home/End. The open row is marked aria-current and scrolled into view whenever
 * openId changes, including from outside (a chart click, the URL).
 */
export function ProjectTableBody({ rows, openId, onOpen }: ProjectTableBodyProps) {
  const bodyRef = useRef<HTMLTableSectionElement>(null)
  const [focusedId, setFocusedId] = useState(openId)
  const [seenOpenId, setSeenOpenId] = useState(openId)
  if (openId !== seenOpenId) {
    // The tab stop follows the open project.
    setSeenOpenId(openId)
    if (openId !== null) setFocusedId(openId)
  }
  const ids = rows.map((r) => r.id)
  const tabStop = [focusedId, openId].find((id) => id !== null && ids.includes(id)) ?? ids[0]

  useEffect(() => {
    if (openId === null) return
    const row = rowElements(bodyRef.current).find((tr) => tr.dataset.rowId === openId)
    // jsdom has no scrollIntoView.
    if (row !== undefined && typeof row.scrollIntoView === 'function') row.scrollIntoView({ block: 'nearest' })
  }, [openId])

  function onKeyDown(event: KeyboardEvent<HTMLTableRowElement>, id: string) {
    if (event.target !== event.currentTarget) return
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      onOpen(id)
      return
    }
    const all = rowElements(bodyRef.current)
    const at = all.indexOf(event.currentTarget)
    const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: all.length - 1 }[event.key]
    if (next === undefined) return
    event.preventDefault()
    all[Math.max(0, Math.min(all.length - 1, next))]?.focus()
  }

  return (
    <tbody ref={bodyRef}>
      {rows.map((row) => (
        <tr
          key={row.id}
          data-row-id={row.id}
          className="project-row"
          aria-current={row.id === openId ? 'true' : undefined}
          tabIndex={row.id === tabStop ? 0 : -1}
          onClick={() => onOpen(row.id)}
          onKeyDown={(e) => onKeyDown(e, row.id)}
          onFocus={(e) => e.target === e.currentTarget && setFocusedId(row.id)}
        >
          {row.getAllCells().map((cell) => {
            const meta = cell.column.columnDef.meta
            return meta?.rowHeader === true ? (
              <th key={cell.id} scope="row">
                <FlexRender cell={cell} />
              </th>
            ) : (
              <td key={cell.id} className={meta?.numeric === true ? 'num' : undefined}>
                <FlexRender cell={cell} />
              </td>
            )
          })}
        </tr>
      ))}
    </tbody>
  )
}
