import { useAppStore } from '../store/app-store.ts'
import { useLocale } from '../store/use-messages.ts'
import { messagesFor } from '../i18n/catalogue.ts'
import './import.css'

/**
 * Import results and problems, in the interface language: errors as alerts, the rest as status.
 * Errors and warnings (an import that lost values) stay until dismissed; of the infos, the last three show.
 */
export function Notices() {
  const locale = useLocale()
  const t = messagesFor(locale)
  const notices = useAppStore((s) => s.notices)
  const dismiss = useAppStore((s) => s.dismissNotice)
  const errors = notices.filter((n) => n.level === 'error')
  const recentInfos = new Set(notices.filter((n) => n.level === 'info').slice(-3))
  const statuses = notices.filter((n) => n.level === 'warning' || recentInfos.has(n))
  return (
    <div className="notices">
      <div role="alert">
        {errors.map((n) => (
          <p key={n.id} className="notice notice-error">
            <span>{n.text[locale]}</span>
            <button type="button" aria-label={t.imports.dismiss} onClick={() => dismiss(n.id)}>
              ×
            </button>
          </p>
        ))}
      </div>
      <div role="status">
        {statuses.map((n) => (
          <p key={n.id} className={`notice notice-${n.level}`}>
            <span>{n.text[locale]}</span>
            <button type="button" aria-label={t.imports.dismiss} onClick={() => dismiss(n.id)}>
              ×
            </button>
          </p>
        ))}
      </div>
    </div>
  )
}
