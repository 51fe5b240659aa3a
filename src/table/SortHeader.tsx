import { FlexRender, type Header } from '@tanstack/react-table'
import type { ProjectRow } from '../domain/project-row.ts'
import type { projectTableFeatures } from './columns.tsx'

export interface SortHeaderProps {
  header: Header<typeof projectTableFeatures, ProjectRow>
  /** How many columns the table is sorted by: order numbers show only in a multi-sort. */
  sortCount: number
  /** Says a secondary key's place and direction, in the interface language: "（第 2 排序，降序）". */
  sortOrder: (position: number, descending: boolean) => string
  /**
   * The header's text whole, the button's accessible name: the header wraps between its words,
   * which Chromium would otherwise read with spaces between them (评价 分值).
   */
  label: string
}

const ARROWS = { asc: '↑', desc: '↓' } as const

/**
 * A column header: a <button> that toggles the sort (Shift adds a secondary sort) inside a <th> with
 * aria-sort; a column that does not sort has its label only.
 */
export function SortHeader({ header, sortCount, sortOrder, label }: SortHeaderProps) {
  const { column } = header
  if (!column.getCanSort()) {
    return (
      <th scope="col" data-col={column.id}>
        <span className="plain-header">
          <FlexRender header={header} />
        </span>
      </th>
    )
  }
  const direction = column.getIsSorted()
  const index = column.getSortIndex()
  // aria-sort belongs on one header at a time (ARIA): the primary key; secondary keys say it in text.
  const ariaSort = index === 0 && direction !== false ? (direction === 'desc' ? 'descending' : 'ascending') : 'none'
  return (
    <th scope="col" aria-sort={ariaSort} className={column.columnDef.meta?.numeric === true ? 'num' : undefined} data-col={column.id}>
      <button
        type="button"
        className="sort-button"
        aria-label={index > 0 && direction !== false ? `${label}${sortOrder(index + 1, direction === 'desc')}` : label}
        onClick={column.getToggleSortingHandler()}
      >
        <FlexRender header={header} />
        <span className="sort-indicator" aria-hidden="true">
          {direction === false ? '↕' : ARROWS[direction]}
        </span>
        {sortCount > 1 && index >= 0 && (
          <span className="sort-order" aria-hidden="true">
            {index + 1}
          </span>
        )}
      </button>
    </th>
  )
}
