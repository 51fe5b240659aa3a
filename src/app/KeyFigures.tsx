import { formatScore, formatWan, formatYi, YI_READS_BETTER_FROM } from '../domain/format.ts'
import { GRADES } from '../domain/grade.ts'
import type { CommonTheme } from '../domain/problem-themes.ts'
import type { Summary } from '../domain/stats.ts'

export interface KeyFiguresProps {
  summary: Summary
  /** Projects in the dataset before filtering. */
  total: number
  commonTheme: CommonTheme | null
}

/** The figures a reader quotes first; they follow the filters. */
export function KeyFigures({ summary, total, commonTheme }: KeyFiguresProps) {
  const filtered = summary.count !== total
  return (
    <section className="key-figures" aria-label="关键数字">
      <dl>
        <div>
          <dt>项目数</dt>
          <dd>
            {summary.count}
            {filtered && <span className="muted"> / {total}</span>}
          </dd>
        </div>
        <div>
          <dt>决算金额合计</dt>
          <dd>
            {summary.amountCount === 0 ? '—' : `${formatWan(summary.totalWan)} 万元`}
            {summary.totalWan >= YI_READS_BETTER_FROM && (
              <span className="muted sub-figure">约 {formatYi(summary.totalWan)} 亿元</span>
            )}
            {summary.amountCount < summary.count && (
              <span className="muted">（{summary.count - summary.amountCount} 个项目未披露金额）</span>
            )}
          </dd>
        </div>
        <div>
          <dt>平均分</dt>
          <dd>{summary.meanScore === null ? '—' : formatScore(summary.meanScore)}</dd>
        </div>
        <div>
          <dt title="按决算金额加权的平均评价分值">金额加权平均分</dt>
          <dd>{summary.weightedMeanScore === null ? '—' : formatScore(summary.weightedMeanScore)}</dd>
        </div>
        <div>
          <dt>评价结论</dt>
          <dd>{GRADES.map((g) => `${g} ${summary.gradeCounts[g]}`).join(' · ')}</dd>
        </div>
        <div>
          <dt>披露预算执行率</dt>
          <dd>
            {summary.withRateCount} / {summary.count} 个项目
          </dd>
        </div>
        <div>
          <dt title="出现在最多项目中的问题主题（按关键词归类）">最常见问题主题</dt>
          <dd>
            {commonTheme === null ? '—' : commonTheme.label}
            {commonTheme !== null && (
              <span className="muted sub-figure">
                {commonTheme.projects} / {summary.count} 个项目，{commonTheme.items} 条问题
              </span>
            )}
          </dd>
        </div>
      </dl>
    </section>
  )
}
