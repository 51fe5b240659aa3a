import { FlexRender, type Row } from '@tanstack/react-table'
import type { KeyboardEvent } from 'react'
import type { ProjectRow } from '../domain/project-row.ts'
import type { projectTableFeatures } from './columns.tsx'

export interface ProjectTableRowProps {
  row: Row<typeof projectTableFeatures, ProjectRow>
  /** Position in the whole list (0-based), rendered or not: what the virtualizer measures and aria-rowindex tells. */
  index: number
  /** The project open in the drawer. */
  current: boolean
  /** The project under a chart's keyboard cursor. */
  chartCursor: boolean
  /** The table's one tab stop (roving tabindex). */
  tabStop: boolean
  /** The virtualizer's measureElement: rows are as tall as their wrapped names. */
  measureRef: (row: HTMLTableRowElement | null) => void
  onOpen: (id: string) => void
  onKeyDown: (event: KeyboardEvent<HTMLTableRowElement>, index: number) => void
  onFocusRow: (id: string) => void
}

/** One project: the name as the row header, the figures as cells; click, Enter or Space opens it. */
export function ProjectTableRow({ row, index, current, chartCursor, tabStop, measureRef, onOpen, onKeyDown, onFocusRow }: ProjectTableRowProps) {
  return (
    <tr
      ref={measureRef}
      data-index={index}
      data-row-id={row.id}
      // Row 1 is the header row.
      aria-rowindex={index + 2}
      className={chartCursor ? 'project-row is-chart-cursor' : 'project-row'}
      data-chart-cursor={chartCursor ? 'true' : undefined}
      aria-current={current ? 'true' : undefined}
      tabIndex={tabStop ? 0 : -1}
      onClick={() => onOpen(row.id)}
      onKeyDown={(event) => onKeyDown(event, index)}
      onFocus={(event) => event.target === event.currentTarget && onFocusRow(row.id)}
    >
      {row.getAllCells().map((cell) => {
        const meta = cell.column.columnDef.meta
        return meta?.rowHeader === true ? (
          <th key={cell.id} scope="row" data-col={cell.column.id}>
            <FlexRender cell={cell} />
          </th>
        ) : (
          <td key={cell.id} className={meta?.numeric === true ? 'num' : undefined} data-col={cell.column.id}>
            <FlexRender cell={cell} />
          </td>
        )
      })}
    </tr>
  )
}
