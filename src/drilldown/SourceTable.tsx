import { useEffect, useMemo, useRef } from 'react'
import type { CellTable } from '../domain/cell-table.ts'
import type { SourceRange } from '../domain/types.ts'
import type { Messages, TablePlace } from '../i18n/messages.ts'
import { sourceGrid } from './source-table.ts'

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
 * from outlined and named (a tooltip, and a note for screen readers). The first of them is scrolled
 * into view when the table is shown.
 */
export function SourceTable({ table, source, place, t }: SourceTableProps) {
  const grid = useMemo(() => sourceGrid(table, source, MAX_ROWS), [table, source])
  const firstHitSlot = useMemo(() => grid.rows.flatMap((r) => r.slots).find((s) => s.kind === 'cell' && s.fields.length > 0), [grid])
  const firstHit = useRef<HTMLTableCellElement | null>(null)
  useEffect(() => {
    if (firstHitSlot !== undefined) firstHit.current?.scrollIntoView({ block: 'nearest', inline: 'nearest' })
  }, [firstHitSlot])
  const text = t.drawer.sourceTable
  return (
    <div className="source-table-scroll" role="region" aria-label={text.caption(place)} tabIndex={0}>
      <table className="source-table">
        <caption>
          {text.caption(place)}
          <span className="source-table-legend">{text.legend}</span>
          {grid.rows.length < grid.totalRows && <span className="source-table-legend">{text.truncated(grid.rows.length, grid.totalRows)}</span>}
        </caption>
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
  )
}
