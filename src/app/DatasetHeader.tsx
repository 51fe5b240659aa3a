import { datasetLabels } from '../domain/dataset-record.ts'
import { useMessages } from '../store/use-messages.ts'
import type { ViewModel } from '../store/view-model.ts'

export interface DatasetHeaderProps {
  view: ViewModel
}

/** What the page shows: the report's own title, department and source (as published), or the datasets compared. */
export function DatasetHeader({ view }: DatasetHeaderProps) {
  const t = useMessages()
  const { active } = view
  if (active === null) {
    return (
      <header className="dataset-header">
        <p className="brand">{t.page.brand}</p>
        <h1>{t.datasetHeader.comparing}</h1>
        <p className="dataset-facts" lang="zh-CN">
          {datasetLabels(view.inView).join('；')}
        </p>
      </header>
    )
  }
  const { dataset } = active
  return (
    <header className="dataset-header">
      <p className="brand">{t.page.brand}</p>
      {dataset.title === null ? <h1>{t.datasetHeader.untitled}</h1> : <h1 lang="zh-CN">{dataset.title}</h1>}
      <dl className="dataset-facts">
        <div>
          <dt>{t.datasetHeader.department}</dt>
          {dataset.department === null ? <dd>{t.common.notDisclosed}</dd> : <dd lang="zh-CN">{dataset.department}</dd>}
        </div>
        <div>
          <dt>{t.datasetHeader.year}</dt>
          <dd>{dataset.year ?? t.common.notDisclosed}</dd>
        </div>
        <div>
          <dt>{t.datasetHeader.source}</dt>
          <dd>{dataset.sourceName}</dd>
        </div>
        {active.meta.importedAt !== null && (
          <div>
            <dt>{t.datasetHeader.importedAt}</dt>
            <dd>{t.common.dateTime(new Date(active.meta.importedAt))}</dd>
          </div>
        )}
      </dl>
    </header>
  )
}
