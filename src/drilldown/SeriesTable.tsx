import { formatPercent, formatScore, formatWan, MISSING } from '../domain/format.ts'
import type { ProjectRow } from '../domain/project-row.ts'
import type { ProjectSeries } from '../domain/series.ts'
import { changeOfRow, type RowChange } from '../domain/series-changes.ts'
import { useMessages } from '../store/use-messages.ts'
import { yearLabel } from './series-labels.ts'

export interface SeriesTableProps {
  series: ProjectSeries
  /** The open record's row id: its row is marked current, the others open their record. */
  openId: string
  changes: ReadonlyMap<string, RowChange>
  onOpen: (row: ProjectRow) => void
}

/** The score's change from the previous year: "↓2.30", "↑1.05" (the arrow read as a word, as in the table); nothing for the first year. */
function ScoreDelta({ delta, same, words }: { delta: number | null; same: string; words: { down: string; up: string } }) {
  if (delta === null) return null
  if (delta === 0) return <span className="series-delta">{` ${same}`}</span>
  const fell = delta < 0
  return (
    <span className={fell ? 'series-delta fell' : 'series-delta rose'}>
      {' '}
      <span aria-hidden="true">{fell ? '↓' : '↑'}</span>
      <span className="visually-hidden">{fell ? words.down : words.up}</span>
      {formatScore(Math.abs(delta))}
    </span>
  )
}

/** One row per record of the series, in year order: year, amount, score with its change, grade (良→中 when it moved), rate. */
export function SeriesTable({ series, openId, changes, onOpen }: SeriesTableProps) {
  const t = useMessages()
  const s = t.seriesPanel
  return (
    <table className="series-table">
      <caption>{s.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{s.headers.year}</th>
          <th scope="col" className="series-amount">
            <span className="series-word">{s.headers.amount}</span>
            <span className="series-word">{s.headers.amountUnit}</span>
          </th>
          <th scope="col">{s.headers.score}</th>
          <th scope="col">{s.headers.grade}</th>
          <th scope="col">{s.headers.rate}</th>
        </tr>
      </thead>
      <tbody>
        {series.members.map((m) => {
          const { project } = m.row
          const change = changeOfRow(changes, m.row.id)
          const label = yearLabel(m.year, m.row)
          const current = m.row.id === openId
          return (
            <tr key={m.row.id} aria-current={current ? 'true' : undefined} className={current ? 'series-current' : undefined}>
              <th scope="row">
                {current ? (
                  label
                ) : (
                  <button type="button" className="link-button" aria-label={s.open(label)} onClick={() => onOpen(m.row)}>
                    {label}
                  </button>
                )}
              </th>
              <td className="num">{formatWan(project.amountWan)}</td>
              <td className="num">
                {formatScore(project.score)}
                <ScoreDelta delta={change.scoreDelta} same={s.same} words={t.changes} />
              </td>
              <td className="series-grade">{change.gradeFrom === null ? (project.grade ?? MISSING) : `${change.gradeFrom}→${project.grade}`}</td>
              <td className="num">{formatPercent(project.executionRate, MISSING)}</td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
