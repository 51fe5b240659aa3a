import { datasetLabel } from '../domain/dataset-record.ts'
import type { ViewModel } from '../store/view-model.ts'

export interface DatasetHeaderProps {
  view: ViewModel
}

export function DatasetHeader({ view }: DatasetHeaderProps) {
  const { active } = view
  if (active === null) {
    return (
      <header className="dataset-header">
        <p className="brand">jixiao 绩效 · 项目绩效评价结果</p>
        <h1>全部数据集比较</h1>
        <p className="dataset-facts">{view.inView.map((d) => datasetLabel(d)).join('；')}</p>
      </header>
    )
  }
  const { dataset } = active
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
        {active.meta.importedAt !== null && (
          <div>
            <dt>导入时间</dt>
            <dd>{new Date(active.meta.importedAt).toLocaleString('zh-CN')}</dd>
          </div>
        )}
      </dl>
    </header>
  )
}
