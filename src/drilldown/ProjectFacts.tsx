import { formatPercent, formatScore, formatWan } from '../domain/format.ts'
import type { Project } from '../domain/types.ts'
import { messagesFor } from '../i18n/catalogue.ts'
import { useLocale } from '../store/use-messages.ts'
import { GradeBadge } from '../ui/GradeBadge.tsx'

export interface ProjectFactsProps {
  project: Project
  sourceName: string
}

export function ProjectFacts({ project: p, sourceName }: ProjectFactsProps) {
  const locale = useLocale()
  const t = messagesFor(locale)
  const facts = t.drawer.facts
  return (
    <dl className="facts">
      <div>
        <dt>{facts.amount}</dt>
        <dd>{p.amountWan === null ? t.common.missing : facts.amountValue(formatWan(p.amountWan))}</dd>
      </div>
      <div>
        <dt>{facts.score}</dt>
        <dd>{formatScore(p.score)}</dd>
      </div>
      <div>
        <dt>{facts.grade}</dt>
        <dd>
          <GradeBadge grade={p.grade} locale={locale} />
        </dd>
      </div>
      <div>
        <dt>{facts.executionRate}</dt>
        <dd className={p.executionRate === null ? 'muted' : undefined}>{formatPercent(p.executionRate, t.common.notDisclosed)}</dd>
      </div>
      {p.unit !== null && (
        <div className="fact-wide">
          <dt>{facts.unit}</dt>
          <dd lang="zh-CN">{p.unit}</dd>
        </div>
      )}
      <div className="fact-wide">
        <dt>{facts.source}</dt>
        <dd>
          {facts.sourceWhere(sourceName, p.source.startLine, p.source.endLine, p.source.page)}
          {p.source.page !== undefined && <span className="muted">{facts.pdfLines}</span>}
        </dd>
      </div>
    </dl>
  )
}
