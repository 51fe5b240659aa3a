import { GradeBadge } from '../ui/GradeBadge.tsx'
import { formatPercent, formatScore, formatWan } from '../domain/format.ts'
import type { Project } from '../domain/types.ts'

export interface ProjectFactsProps {
  project: Project
  sourceName: string
}

export function ProjectFacts({ project: p, sourceName }: ProjectFactsProps) {
  return (
    <dl className="facts">
      <div>
        <dt>决算金额</dt>
        <dd>{p.amountWan === null ? '—' : `${formatWan(p.amountWan)} 万元`}</dd>
      </div>
      <div>
        <dt>评价分值</dt>
        <dd>{formatScore(p.score)}</dd>
      </div>
      <div>
        <dt>评价结论</dt>
        <dd>
          <GradeBadge grade={p.grade} />
        </dd>
      </div>
      <div>
        <dt>预算执行率</dt>
        <dd className={p.executionRate === null ? 'muted' : undefined}>{formatPercent(p.executionRate)}</dd>
      </div>
      {p.unit !== null && (
        <div className="fact-wide">
          <dt>项目单位</dt>
          <dd>{p.unit}</dd>
        </div>
      )}
      <div className="fact-wide">
        <dt>出处</dt>
        <dd>
          {sourceName}
          {p.source.page !== undefined && `，第 ${p.source.page} 页`}，第 {p.source.startLine}–{p.source.endLine} 行
          {p.source.page !== undefined && <span className="muted">（行号指从 PDF 提取的文字）</span>}
        </dd>
      </div>
    </dl>
  )
}
