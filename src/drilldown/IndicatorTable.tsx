import { useId } from 'react'
import { formatDecimal, MISSING } from '../domain/format.ts'
import type { Indicator } from '../domain/types.ts'
import type { Messages } from '../i18n/messages.ts'
import { useMessages } from '../store/use-messages.ts'
import { type IndicatorRow, indicatorRows, indicatorValue } from './indicator-rows.ts'

export interface IndicatorTableProps {
  indicators: readonly Indicator[]
}

/** Weights and scores as the form writes them: 10, 9.5 (not 10.00). */
const points = (n: number | null): string => (n === null ? MISSING : formatDecimal(n, 2, true))

/** The ids of the headers a cell belongs to, those that exist. */
const headers = (...ids: (string | null)[]): string => ids.filter((id) => id !== null).join(' ')

interface IndicatorLinesProps {
  row: IndicatorRow
  n: number
  /** The table's id prefix: headings and row headers are `${base}-…`. */
  base: string
  t: Messages
}

/**
 * One indicator: its 一级 and 二级 headings when it starts their run, its row (name, target →
 * actual, score / weight, and the word 失分 when it lost points), and its 偏差原因 on a line of its own.
 */
function IndicatorLines({ row, n, base, t }: IndicatorLinesProps) {
  const { indicator: i, level1At, level2At, lostPoints } = row
  const text = t.drawer.indicators
  const level1 = level1At === null ? null : `${base}-l1-${level1At}`
  const level2 = level2At === null ? null : `${base}-l2-${level2At}`
  const rowHeader = `${base}-r${n}`
  const lost = lostPoints ? ' lost-points' : ''
  return (
    <>
      {level1At === n && (
        <tr className="indicator-level1">
          <th colSpan={3} id={level1 ?? undefined}>
            {i.level1}
          </th>
        </tr>
      )}
      {level2At === n && (
        <tr className="indicator-level2">
          <th colSpan={3} id={level2 ?? undefined} headers={level1 ?? undefined}>
            {i.level2}
          </th>
        </tr>
      )}
      <tr className={`indicator${lost}`}>
        <th scope="row" id={rowHeader} headers={headers(level1, level2, `${base}-name`)}>
          {i.name}
        </th>
        <td headers={headers(level1, level2, rowHeader, `${base}-values`)}>
          {indicatorValue(i.target, i.direction, i.unit) ?? MISSING}
          <span className="indicator-arrow"> → </span>
          {indicatorValue(i.actual, null, i.unit) ?? MISSING}
        </td>
        <td className="points" headers={headers(level1, level2, rowHeader, `${base}-points`)}>
          <span className="points-figures">{`${points(i.score)} / ${points(i.weight)}`}</span>
          {lostPoints && ' '}
          {lostPoints && (
            <span className="lost-mark" lang={t.lang}>
              {text.lostPoints}
            </span>
          )}
        </td>
      </tr>
      {i.note !== null && (
        <tr className={`indicator-note${lost}`}>
          <td colSpan={3} headers={headers(level1, level2, rowHeader)}>
            <span className="indicator-note-label" lang={t.lang}>
              {text.note}
            </span>
            {i.note}
          </td>
        </tr>
      )}
    </>
  )
}

/**
 * A self-evaluation form's 绩效指标 in three columns that fit a phone: the indicator, its target →
 * actual value, its score / weight. 一级 and 二级 are headings over the rows that share them, and a
 * 偏差原因 is a full-width line under its indicator. An indicator whose score is below its weight is
 * marked by a word (失分) as well as by colour. Every cell names its headers, headings included.
 */
export function IndicatorTable({ indicators }: IndicatorTableProps) {
  const t = useMessages()
  const base = useId()
  if (indicators.length === 0) return null
  const text = t.drawer.indicators
  const rows = indicatorRows(indicators)
  const lost = rows.filter((r) => r.lostPoints).length
  const h = text.headers
  return (
    <section className="indicators-section" aria-labelledby={`${base}-heading`}>
      <h3 id={`${base}-heading`}>{text.heading}</h3>
      <table className="indicators">
        <caption>{text.caption(rows.length, lost)}</caption>
        <colgroup>
          <col />
          <col className="indicators-values" />
          <col className="indicators-points" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col" id={`${base}-name`}>
              {h.name}
            </th>
            <th scope="col" id={`${base}-values`}>
              {h.values}
            </th>
            <th scope="col" id={`${base}-points`} className="points">
              {h.points}
            </th>
          </tr>
        </thead>
        <tbody lang="zh-CN">
          {rows.map((row, n) => (
            <IndicatorLines key={n} row={row} n={n} base={base} t={t} />
          ))}
        </tbody>
      </table>
    </section>
  )
}
