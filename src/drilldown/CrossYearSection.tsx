import type { ProjectRow } from '../domain/project-row.ts'
import type { LinkDecision, SeriesIndex } from '../domain/series.ts'
import type { RowChange } from '../domain/series-changes.ts'
import { ALL_DATASETS, useAppStore } from '../store/app-store.ts'
import { announce } from '../ui/announcer.ts'
import { LinkCandidates } from './LinkCandidates.tsx'
import { LinkSearch } from './LinkSearch.tsx'
import { SeriesSection } from './SeriesSection.tsx'

export interface CrossYearSectionProps {
  row: ProjectRow
  series: SeriesIndex
  changes: ReadonlyMap<string, RowChange>
}

/** After a change that removes the focused control, the focus goes to the first of these still on the page. */
const FOCUS_AFTER = ['series-heading', 'candidates-heading', 'drawer-title']

function focusAfterRender(ids: readonly string[]): void {
  requestAnimationFrame(() => {
    for (const id of ids) {
      const target = document.getElementById(id)
      if (target !== null) {
        target.focus()
        return
      }
    }
  })
}

/** The open record's series (when it is in one), the records that may be the same project, and a search to link any other. */
export function CrossYearSection({ row, series, changes }: CrossYearSectionProps) {
  const datasets = useAppStore((s) => s.datasets)
  const activeDatasetId = useAppStore((s) => s.activeDatasetId)
  const setActiveDataset = useAppStore((s) => s.setActiveDataset)
  const openProject = useAppStore((s) => s.openProject)
  const decideLink = useAppStore((s) => s.decideLink)
  const own = series.byRow.get(row.id)

  // Another year's record opens in the view that holds it: the dataset switcher moves to its dataset unless all are compared.
  const onOpen = (target: ProjectRow) => {
    if (activeDatasetId !== ALL_DATASETS && activeDatasetId !== target.datasetId) setActiveDataset(target.datasetId)
    openProject(target.id)
    focusAfterRender(['drawer-title'])
  }
  const onDecide = (decision: LinkDecision, said: string) => {
    decideLink(decision)
    announce(said)
    focusAfterRender(FOCUS_AFTER)
  }

  return (
    <>
      {own !== undefined && <SeriesSection series={own} openId={row.id} changes={changes} onOpen={onOpen} onDecide={onDecide} />}
      <LinkCandidates openId={row.id} sources={datasets} index={series} onDecide={onDecide} />
      <LinkSearch key={row.id} row={row} sources={datasets} index={series} onDecide={onDecide} />
    </>
  )
}
