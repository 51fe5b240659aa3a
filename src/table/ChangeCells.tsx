import { use } from 'react'
import { formatScore, formatWan } from '../domain/format.ts'
import { changeOfRow } from '../domain/series-changes.ts'
import type { Grade } from '../domain/types.ts'
import type { Messages } from '../i18n/messages.ts'
import { deltaOf } from './change-scope.ts'
import { RowChangesContext } from './row-changes.ts'

interface ChangeCellProps {
  rowId: string
  /** The interface text of the columns' language. */
  t: Messages
}

/** A change as text: ↓2.30, ↑1.00, 0.00, or — when not known; the arrow is read as a word (下降, 上升), not only shown in colour. */
function DeltaText({ value, format, t, coloured }: { value: number | null; format: (n: number) => string; t: Messages; coloured: boolean }) {
  const delta = deltaOf(value)
  if (delta === null) return <span className="missing">{t.common.missing}</span>
  return (
    <span className={coloured ? `delta delta-${delta.direction}` : 'delta'}>
      {delta.direction !== 'same' && (
        <>
          <span aria-hidden="true">{delta.arrow}</span>
          <span className="visually-hidden">{t.changes[delta.direction]}</span>
        </>
      )}
      {format(delta.size)}
    </span>
  )
}

export function ScoreDeltaCell({ rowId, t }: ChangeCellProps) {
  return <DeltaText value={changeOfRow(use(RowChangesContext), rowId).scoreDelta} format={formatScore} t={t} coloured />
}

export function AmountDeltaCell({ rowId, t }: ChangeCellProps) {
  // More or less money is neither good nor bad in itself: no colour for it.
  return <DeltaText value={changeOfRow(use(RowChangesContext), rowId).amountDelta} format={formatWan} t={t} coloured={false} />
}

/** The previous year's grade and this one's, 良→中, when they differ; — otherwise. */
export function GradeChangeCell({ rowId, grade, t }: ChangeCellProps & { grade: Grade | null }) {
  const { gradeFrom } = changeOfRow(use(RowChangesContext), rowId)
  if (gradeFrom === null || grade === null) return <span className="missing">{t.common.missing}</span>
  const said = t.changes.gradeMoved(gradeFrom, grade)
  return (
    <span className="grade-change" title={said}>
      <span aria-hidden="true" lang="zh-CN">{`${gradeFrom}→${grade}`}</span>
      <span className="visually-hidden">{said}</span>
    </span>
  )
}
