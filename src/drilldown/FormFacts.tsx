import { formatDecimal, formatPercent, formatScore, formatWan, MISSING } from '../domain/format.ts'
import type { Project } from '../domain/types.ts'
import { messagesFor } from '../i18n/catalogue.ts'
import type { Locale } from '../i18n/locale.ts'
import { GradeBadge } from '../ui/GradeBadge.tsx'
import { SourceFact } from './SourceFact.tsx'

export interface FormFactsProps {
  project: Project
  sourceName: string
  locale: Locale
}

/** A fact stated in words, on its own line; nothing when the form does not state it. */
function text(label: string, value: string | null, lang?: string) {
  return (
    value !== null && (
      <div className="fact-wide">
        <dt>{label}</dt>
        <dd lang={lang}>{value}</dd>
      </div>
    )
  )
}

/** A funds-table 得分 or 分值 as the indicator table writes points: "8.6", "10"; — when not stated. */
const points = (n: number | null): string => (n === null ? MISSING : formatDecimal(n, 2, true))

/**
 * The facts of a self-evaluation form: which form, its code, 主管部门 and 实施单位 (when stated),
 * 全年预算数, 年初预算数, 全年执行数 (the record's amount), 执行率, the funds table's 得分 / 分值
 * for budget execution when it states either (鄂州 writes the form's totals there: shown as stated),
 * 自评得分 as stated, a grade only when the form states one, and where the form was.
 */
export function FormFacts({ project: p, sourceName, locale }: FormFactsProps) {
  const t = messagesFor(locale)
  const facts = t.drawer.facts
  const money = (wan: number | null) => (wan === null ? t.common.missing : facts.amountValue(formatWan(wan)))
  return (
    <dl className="facts">
      {text(facts.form, t.forms[p.form].long)}
      {text(facts.code, p.code)}
      {text(facts.department, p.department, 'zh-CN')}
      {text(facts.implementingUnit, p.unit, 'zh-CN')}
      <div>
        <dt>{facts.budget}</dt>
        <dd>{money(p.budgetWan)}</dd>
      </div>
      <div>
        <dt>{facts.initialBudget}</dt>
        <dd>{money(p.initialBudgetWan)}</dd>
      </div>
      <div>
        <dt>{facts.executed}</dt>
        <dd>{money(p.amountWan)}</dd>
      </div>
      <div>
        <dt>{facts.executionRate}</dt>
        <dd className={p.executionRate === null ? 'muted' : undefined}>{formatPercent(p.executionRate, t.common.notDisclosed)}</dd>
      </div>
      {(p.executionScore !== null || p.executionWeight !== null) && (
        <div>
          <dt>{facts.executionPoints}</dt>
          <dd>{`${points(p.executionScore)} / ${points(p.executionWeight)}`}</dd>
        </div>
      )}
      <div>
        <dt>{facts.selfScore}</dt>
        <dd>{formatScore(p.score)}</dd>
      </div>
      {p.grade !== null && (
        <div>
          <dt>{facts.grade}</dt>
          <dd>
            <GradeBadge grade={p.grade} locale={locale} />
          </dd>
        </div>
      )}
      <SourceFact source={p.source} sourceName={sourceName} t={t} />
    </dl>
  )
}
