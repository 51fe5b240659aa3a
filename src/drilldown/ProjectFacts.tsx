import { formatPercent, formatScore, formatWan } from '../domain/format.ts'
import type { Project } from '../domain/types.ts'
import { messagesFor } from '../i18n/catalogue.ts'
import { useLocale } from '../store/use-messages.ts'
import { GradeBadge } from '../ui/GradeBadge.tsx'
import { FormFacts } from './FormFacts.tsx'
import { SourceFact } from './SourceFact.tsx'

export interface ProjectFactsProps {
  project: Project
  sourceName: string
}

/** The record's figures and where it was read; a self-evaluation form has its own (FormFacts). */
export function ProjectFacts({ project: p, sourceName }: ProjectFactsProps) {
  const locale = useLocale()
  const t = messagesFor(locale)
  if (p.form !== 'result') return <FormFacts project={p} sourceName={sourceName} locale={locale} />
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
      <SourceFact source={p.source} sourceName={sourceName} t={t} />
    </dl>
  )
}
