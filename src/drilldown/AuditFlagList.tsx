import type { AuditFlagId } from '../domain/audit-flags.ts'
import { useMessages } from '../store/use-messages.ts'
import './themes.css'

export interface AuditFlagListProps {
  /** The open project's flags (auditFlagsOf(dataset, row)). */
  flags: readonly AuditFlagId[]
}

/** The open project's audit flags, each with what set it; says so when there is none. */
export function AuditFlagList({ flags }: AuditFlagListProps) {
  const t = useMessages()
  if (flags.length === 0) return <p className="muted">{t.drawer.noFlags}</p>
  return (
    <ul className="audit-flags" aria-label={t.drawer.flags}>
      {flags.map((id) => {
        const flag = t.flags[id]
        return (
          <li key={id} className="audit-flag" title={flag.description}>
            {flag.label}
          </li>
        )
      })}
    </ul>
  )
}
