import type { AuditFlagId } from '../domain/audit-flags.ts'
import { useMessages } from '../store/use-messages.ts'
import type { FlagNotes } from './flag-notes.ts'
import './themes.css'

export interface AuditFlagListProps {
  /** The open project's flags, in table order. */
  flags: readonly AuditFlagId[]
  /** The numbers that set each flag (flagNotes), shown under it; a flag without notes shows its label alone. */
  notes?: FlagNotes
}

const NO_NOTES: FlagNotes = {}

/** The open project's audit flags, each with what set it; says so when there is none. */
export function AuditFlagList({ flags, notes = NO_NOTES }: AuditFlagListProps) {
  const t = useMessages()
  if (flags.length === 0) return <p className="muted">{t.drawer.noFlags}</p>
  const explained = flags.some((id) => (notes[id]?.length ?? 0) > 0)
  return (
    <ul className={explained ? 'audit-flags explained' : 'audit-flags'} aria-label={t.drawer.flags}>
      {flags.map((id) => {
        const flag = t.flags[id]
        const lines = notes[id] ?? []
        if (lines.length === 0) {
          return (
            <li key={id} className="audit-flag" title={flag.description}>
              {flag.label}
            </li>
          )
        }
        return (
          <li key={id} className="audit-flag-explained">
            <span className="audit-flag" title={flag.description}>
              {flag.label}
            </span>
            {lines.map((line, i) => (
              <p key={i} className="flag-note">
                {line}
              </p>
            ))}
          </li>
        )
      })}
    </ul>
  )
}
