import { type AuditFlagId, auditFlagById } from '../domain/audit-flags.ts'
import './themes.css'

export interface AuditFlagListProps {
  /** The open project's flags (auditFlagsOf(dataset, row)). */
  flags: readonly AuditFlagId[]
}

/** The open project's audit flags, each with what set it; says so when there is none. */
export function AuditFlagList({ flags }: AuditFlagListProps) {
  if (flags.length === 0) return <p className="muted">没有审计提示。</p>
  return (
    <ul className="audit-flags" aria-label="审计提示">
      {flags.map((id) => {
        const flag = auditFlagById(id)
        return (
          <li key={id} className="audit-flag" title={flag.description}>
            {flag.label}
          </li>
        )
      })}
    </ul>
  )
}
