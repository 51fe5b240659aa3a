import { formatScore, formatWan, YI_READS_BETTER_FROM } from '../domain/format.ts'
import type { CommonTheme } from '../domain/problem-themes.ts'
import type { Summary } from '../domain/stats.ts'
import { useMessages } from '../store/use-messages.ts'

export interface KeyFiguresProps {
  summary: Summary
  /** Projects in the dataset before filtering. */
  total: number
  commonTheme: CommonTheme | null
}

/**
 * The figures a reader quotes first; they follow the filters. Amounts are 万元 in Chinese (with
 * 亿元 from 1,000 万元) and the same numbers in "10k CNY" in English (with CNY millions).
 */
export function KeyFigures({ summary, total, commonTheme }: KeyFiguresProps) {
  const t = useMessages()
  const k = t.keyFigures
  const filtered = summary.count !== total
  return (
    <section className="key-figures" aria-label={k.region}>
      <dl>
        <div>
          <dt>{k.count}</dt>
          <dd>
            {summary.count}
            {filtered && <span className="muted"> / {total}</span>}
          </dd>
        </div>
        <div>
          <dt>{k.total}</dt>
          <dd>
            {summary.amountCount === 0 ? t.common.missing : k.totalValue(formatWan(summary.totalWan))}
            {summary.totalWan >= YI_READS_BETTER_FROM && <span className="muted sub-figure">{k.totalApprox(summary.totalWan)}</span>}
            {summary.amountCount < summary.count && <span className="muted">{k.noAmount(summary.count - summary.amountCount)}</span>}
          </dd>
        </div>
        <div>
          <dt>{k.mean}</dt>
          <dd>{summary.meanScore === null ? t.common.missing : formatScore(summary.meanScore)}</dd>
        </div>
        <div>
          <dt title={k.weightedTitle}>{k.weighted}</dt>
          <dd>{summary.weightedMeanScore === null ? t.common.missing : formatScore(summary.weightedMeanScore)}</dd>
        </div>
        <div>
          <dt>{k.grades}</dt>
          <dd>{k.gradeCounts(summary.gradeCounts)}</dd>
        </div>
        <div>
          <dt>{k.rates}</dt>
          <dd>{summary.count === 0 ? t.common.missing : k.ratesValue(summary.withRateCount, summary.count)}</dd>
        </div>
        <div>
          <dt title={k.commonThemeTitle}>{k.commonTheme}</dt>
          <dd>
            {commonTheme === null ? t.common.missing : t.themes[commonTheme.theme].label}
            {commonTheme !== null && (
              <span className="muted sub-figure">{k.commonThemeDetail(commonTheme.projects, summary.count, commonTheme.items)}</span>
            )}
          </dd>
        </div>
      </dl>
    </section>
  )
}
