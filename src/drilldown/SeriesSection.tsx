import type { ProjectRow } from '../domain/project-row.ts'
import type { LinkDecision, ProjectSeries } from '../domain/series.ts'
import { changeOfRow, type RowChange } from '../domain/series-changes.ts'
import { useMessages } from '../store/use-messages.ts'
import { SeriesLinks } from './SeriesLinks.tsx'
import { SeriesTable } from './SeriesTable.tsx'
import { YearPair } from './YearPair.tsx'

export interface SeriesSectionProps {
  series: ProjectSeries
  openId: string
  changes: ReadonlyMap<string, RowChange>
  onOpen: (row: ProjectRow) => void
  onDecide: (decision: LinkDecision, said: string) => void
}

/**
 * The open project across years: its figures per year, why each record is linked (with the user's
 * say), then each year's problems beside the previous year's rectifications.
 */
export function SeriesSection({ series, openId, changes, onOpen, onDecide }: SeriesSectionProps) {
  const s = useMessages().seriesPanel
  const pairs = series.members.flatMap((current) => {
    const previous = changeOfRow(changes, current.row.id).previous
    return previous === null ? [] : [{ current, previous }]
  })
  return (
    <section className="series" aria-labelledby="series-heading">
      <h3 id="series-heading" tabIndex={-1}>
        {s.heading(series.members.length)}
      </h3>
      <SeriesTable series={series} openId={openId} changes={changes} onOpen={onOpen} />
      <SeriesLinks series={series} openId={openId} onDecide={onDecide} />
      {pairs.length > 0 && (
        <>
          <h4>{s.pairs}</h4>
          <p className="series-note">{s.pairsNote}</p>
          {pairs.map(({ current, previous }) => (
            <YearPair
              key={current.row.id}
              current={current}
              previous={previous}
              open={current.row.id === openId || previous.row.id === openId}
            />
          ))}
        </>
      )}
    </section>
  )
}
