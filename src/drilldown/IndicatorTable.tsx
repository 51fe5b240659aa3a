import { formatDecimal, MISSING } from '../domain/format.ts'
import type { Indicator } from '../domain/types.ts'
import { useMessages } from '../store/use-messages.ts'
import { indicatorRows, indicatorValue } from './indicator-rows.ts'

export interface IndicatorTableProps {
  indicators: readonly Indicator[]
}

/** Weights and scores as the form writes them: 10, 9.5 (not 10.00). */
const points = (n: number | null): string => (n === null ? MISSING : formatDecimal(n, 2, true))

/**
 * A self-evaluation form's 绩效指标, one row per indicator, 一级/二级 written once per group; an
 * indicator whose score is below its weight is marked by a word (失分) as well as by colour.
 */
export function IndicatorTable({ indicators }: IndicatorTableProps) {
  const t = useMessages()
  if (indicators.length === 0) return null
  const text = t.drawer.indicators
  const rows = indicatorRows(indicators)
  const lost = rows.filter((r) => r.lostPoints).length
  const h = text.headers
  return (
    <>
      <h3>{text.heading}</h3>
      <div className="indicators-scroll" role="region" aria-label={text.heading} tabIndex={0}>
        <table className="indicators">
          <caption>{text.caption(rows.length, lost)}</caption>
          <thead>
            <tr>
              <th scope="col">{h.level1}</th>
              <th scope="col">{h.level2}</th>
              <th scope="col">{h.name}</th>
              <th scope="col">{h.target}</th>
              <th scope="col">{h.actual}</th>
              <th scope="col" className="num">{h.weight}</th>
              <th scope="col" className="num">{h.score}</th>
              <th scope="col">{h.note}</th>
            </tr>
          </thead>
          <tbody lang="zh-CN">
            {rows.map(({ indicator: i, level1Span, level2Span, lostPoints }, n) => (
              <tr key={n} className={lostPoints ? 'lost-points' : undefined}>
                {level1Span > 0 && <td rowSpan={level1Span}>{i.level1}</td>}
                {level2Span > 0 && <td rowSpan={level2Span}>{i.level2}</td>}
                <th scope="row">{i.name}</th>
                <td>{indicatorValue(i.target, i.direction, i.unit) ?? MISSING}</td>
                <td>{indicatorValue(i.actual, null, i.unit) ?? MISSING}</td>
                <td className="num">{points(i.weight)}</td>
                <td className="num">
                  {points(i.score)}
                  {lostPoints && ' '}
                  {lostPoints && (
                    <span className="lost-mark" lang={t.lang}>
                      {text.lostPoints}
                    </span>
                  )}
                </td>
                <td>{i.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}
