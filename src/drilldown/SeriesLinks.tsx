import type { LinkDecision, ProjectSeries } from '../domain/series.ts'
import { useMessages } from '../store/use-messages.ts'
import { yearLabel } from './series-labels.ts'

export interface SeriesLinksProps {
  series: ProjectSeries
  openId: string
  /** Records the user's decision and says it (the store's decideLink, then an announcement). */
  onDecide: (decision: LinkDecision, said: string) => void
}

/**
 * Why each record is in the series (编码相同, 名称相同, 已确认), and the user's say: "不是同一项目"
 * takes another record out, "确认" keeps an automatic link as the user's own.
 */
export function SeriesLinks({ series, openId, onDecide }: SeriesLinksProps) {
  const s = useMessages().seriesPanel
  return (
    <>
      <h4>{s.linksHeading}</h4>
      <ul className="series-links">
        {series.members.map((m) => {
          const label = yearLabel(m.year, m.row)
          const current = m.row.id === openId
          return (
            <li key={m.row.id}>
              <span>{s.member(label, s.basis[m.basis], current)}</span>
              {!current && m.row.project.name !== null && (
                <span className="series-member-name" lang="zh-CN">
                  {m.row.project.name}
                </span>
              )}
              {!current && (
                <span className="series-actions">
                  {m.basis !== 'user' && (
                    <button
                      type="button"
                      className="secondary-button"
                      aria-label={s.confirmLabel(label)}
                      onClick={() => onDecide({ op: 'join', row: m.row.id, with: openId }, s.confirmed(label))}
                    >
                      {s.confirm}
                    </button>
                  )}
                  <button
                    type="button"
                    className="secondary-button"
                    aria-label={s.detachLabel(label)}
                    onClick={() => onDecide({ op: 'detach', row: m.row.id }, s.detached(label))}
                  >
                    {s.detach}
                  </button>
                </span>
              )}
            </li>
          )
        })}
      </ul>
    </>
  )
}
