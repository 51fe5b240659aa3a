import { useMemo } from 'react'
import type { LinkDecision, SeriesIndex, SeriesSource } from '../domain/series.ts'
import { linkCandidates } from '../domain/series-candidates.ts'
import { useMessages } from '../store/use-messages.ts'

export interface LinkCandidatesProps {
  openId: string
  /** Every loaded dataset: a candidate may be in a dataset out of view. */
  sources: readonly SeriesSource[]
  index: SeriesIndex
  onDecide: (decision: LinkDecision, said: string) => void
}

/**
 * Records of other datasets that may be the same project but are not linked (linkCandidates): offered,
 * never asserted, each with "关联". Worked out only while the drawer shows this record.
 */
export function LinkCandidates({ openId, sources, index, onDecide }: LinkCandidatesProps) {
  const s = useMessages().seriesPanel
  const candidates = useMemo(() => linkCandidates(openId, sources, index), [openId, sources, index])
  if (candidates.length === 0) return null
  return (
    <section className="link-candidates" aria-labelledby="candidates-heading">
      <h3 id="candidates-heading" tabIndex={-1}>
        {s.candidates}
      </h3>
      <p className="series-note">{s.candidatesNote}</p>
      <ul>
        {candidates.map((c) => {
          const name = c.row.project.name ?? ''
          return (
            <li key={c.row.id}>
              <span className="candidate-name" lang="zh-CN">
                {name}
              </span>
              <span className="candidate-why">
                {s.candidate(c.row.datasetLabel, c.reason, Math.round(c.likeness * 100), c.sameDepartment)}
              </span>
              <button
                type="button"
                className="secondary-button"
                aria-label={s.joinLabel(name, c.row.datasetLabel)}
                onClick={() => onDecide({ op: 'join', row: openId, with: c.row.id }, s.joined(name))}
              >
                {s.join}
              </button>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
