import { FlexRender, type Row } from '@tanstack/react-table'
import { type KeyboardEvent, useRef } from 'react'
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

interface SelectionEnds {
  anchorNode: Node | null
  anchorOffset: number
  focusNode: Node | null
  focusOffset: number
}

/** The ends of the text selected inside the row, or null when nothing in it is selected. */
function selectionIn(row: HTMLElement): SelectionEnds | null {
  const selection = row.ownerDocument.getSelection()
  if (selection === null || selection.isCollapsed) return null
  for (let i = 0; i < selection.rangeCount; i++) {
    if (selection.getRangeAt(i).intersectsNode(row)) {
      const { anchorNode, anchorOffset, focusNode, focusOffset } = selection
      return { anchorNode, anchorOffset, focusNode, focusOffset }
    }
  }
  return null
}

const sameEnds = (a: SelectionEnds, b: SelectionEnds | null): boolean =>
  b !== null && a.anchorNode === b.anchorNode && a.anchorOffset === b.anchorOffset && a.focusNode === b.focusNode && a.focusOffset === b.focusOffset

/** One project: the name as the row header, the figures as cells; click, Enter or Space opens it, a drag-select does not. */
export function ProjectTableRow({ row, index, current, chartCursor, tabStop, measureRef, onOpen, onKeyDown, onFocusRow }: ProjectTableRowProps) {
  // What was selected when the button went down: a click on text selected before (Chrome keeps the
  // selection until after the click) still opens; a selection made by this press (a drag) does not.
  const selectedAtPress = useRef<SelectionEnds | null>(null)
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
      onMouseDown={(event) => {
        selectedAtPress.current = selectionIn(event.currentTarget)
      }}
      onClick={(event) => {
        const selected = selectionIn(event.currentTarget)
        if (selected === null || sameEnds(selected, selectedAtPress.current)) onOpen(row.id)
      }}
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
