import { useAppStore } from '../store/app-store.ts'
import { useLocale } from '../store/use-messages.ts'
import { messagesFor } from '../i18n/catalogue.ts'
import './import.css'

/** Import results and problems: errors as alerts that stay until dismissed, the rest as status; in the interface language. */
export function Notices() {
  const locale = useLocale()
  const t = messagesFor(locale)
  const notices = useAppStore((s) => s.notices)
  const dismiss = useAppStore((s) => s.dismissNotice)
  const errors = notices.filter((n) => n.level === 'error')
  const infos = notices.filter((n) => n.level === 'info')
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
        {infos.slice(-3).map((n) => (
          <p key={n.id} className="notice notice-info">
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
