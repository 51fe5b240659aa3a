import { messagesFor } from '../i18n/catalogue.ts'
import { useAppStore } from '../store/app-store.ts'
import { useLocale } from '../store/use-messages.ts'
import '../ui/ui.css'

/**
 * One click to the other interface language. The label names that language in that language
 * ("English" on the Chinese page, "中文" on the English one), so a reader who cannot read the page
 * can still find it; the choice is remembered.
 */
export function LanguageSwitch() {
  const locale = useLocale()
  const setLocale = useAppStore((s) => s.setLocale)
  const t = messagesFor(locale)
  return (
    <button
      type="button"
      className="secondary-button language-switch"
      lang={t.language.switchLang}
      title={t.language.switchTitle}
      onClick={() => setLocale(locale === 'zh' ? 'en' : 'zh')}
    >
      {t.language.switchLabel}
    </button>
  )
}
