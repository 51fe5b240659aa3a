import type { Dataset } from '../domain/types.ts'

export interface DatasetHeaderProps {
  dataset: Dataset
}

export function DatasetHeader({ dataset }: DatasetHeaderProps) {
  return (
    <header className="dataset-header">
      <p className="brand">jixiao 绩效 · 项目绩效评价结果</p>
      <h1>{dataset.title ?? '项目绩效评价结果'}</h1>
      <dl className="dataset-facts">
        <div>
          <dt>部门</dt>
          <dd>{dataset.department ?? '未披露'}</dd>
        </div>
        <div>
          <dt>年度</dt>
          <dd>{dataset.year ?? '未披露'}</dd>
        </div>
        <div>
          <dt>来源</dt>
          <dd>{dataset.sourceName}</dd>
        </div>
      </dl>
    </header>
  )
}
