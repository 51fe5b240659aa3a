import { useEffect, useId, useMemo, useRef } from 'react'
import type { CellTable } from '../domain/cell-table.ts'
import type { SourceRange } from '../domain/types.ts'
import type { Messages, TablePlace } from '../i18n/messages.ts'
import { scrollTopToReveal, sourceGrid } from './source-table.ts'

export interface SourceTableProps {
  table: CellTable
  source: SourceRange
  place: TablePlace
  t: Messages
}

/** A form is some 40 rows; a whole sheet with no range named is cut here, and says so. */
const MAX_ROWS = 300

/**
 * The form as the document drew it — merged cells merged — with the cells the record's values came
 * from outlined and named (a tooltip, and a note for screen readers). The caption stays above the
 * table's scroll box, which alone scrolls (sideways for a wide form): when the table is shown it is
 * scrolled down, never sideways and never the page, to the first marked cell when that is out of view.
 */
export function SourceTable({ table, source, place, t }: SourceTableProps) {
  const grid = useMemo(() => sourceGrid(table, source, MAX_ROWS), [table, source])
  const firstHitSlot = useMemo(() => grid.rows.flatMap((r) => r.slots).find((s) => s.kind === 'cell' && s.fields.length > 0), [grid])
  const box = useRef<HTMLDivElement | null>(null)
  const firstHit = useRef<HTMLTableCellElement | null>(null)
  const captionId = useId()
  useEffect(() => {
    const view = box.current
    const cell = firstHit.current?.getBoundingClientRect()
    if (firstHitSlot === undefined || view === null || cell === undefined) return
    const top = scrollTopToReveal(
      { top: view.getBoundingClientRect().top + view.clientTop, height: view.clientHeight, scrollTop: view.scrollTop },
      cell,
    )
    if (top !== null) view.scrollTop = top
  }, [firstHitSlot])
  const text = t.drawer.sourceTable
  return (
    <>
      <div className="source-table-caption">
        <p id={captionId}>{text.caption(place)}</p>
        <p className="source-table-legend">{text.legend}</p>
        {grid.rows.length < grid.totalRows && <p className="source-table-legend">{text.truncated(grid.rows.length, grid.totalRows)}</p>}
      </div>
      <div ref={box} className="source-table-scroll" role="region" aria-label={text.caption(place)} tabIndex={0}>
        <table className="source-table" aria-labelledby={captionId}>
          <tbody lang="zh-CN">
            {grid.rows.map(({ row, slots }) => (
              <tr key={row}>
                {slots.map((slot) => {
                  if (slot.kind === 'empty') return <td key={slot.col} className="source-cell-empty" />
                  const { cell, fields, address } = slot
                  const note = fields.length === 0 ? undefined : text.cellNote(fields.map((f) => t.drawer.fieldNames[f]), address)
                  return (
                    <td
                      key={cell.col}
                      ref={slot === firstHitSlot ? firstHit : undefined}
                      rowSpan={slot.rowSpan > 1 ? slot.rowSpan : undefined}
                      colSpan={slot.colSpan > 1 ? slot.colSpan : undefined}
                      className={note === undefined ? undefined : 'source-cell-hit'}
                      title={note}
                      data-cell={address}
                    >
                      {cell.text}
                      {note !== undefined && (
                        <span className="visually-hidden" lang={t.lang}>
                          {` ${note}`}
                        </span>
                      )}
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}
