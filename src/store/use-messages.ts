import { messagesFor } from '../i18n/catalogue.ts'
import type { Locale } from '../i18n/locale.ts'
import type { Messages } from '../i18n/messages.ts'
import { useAppStore } from './app-store.ts'

/** The interface language. */
export function useLocale(): Locale {
  return useAppStore((s) => s.locale)
}

/** The interface text in the current language. */
export function useMessages(): Messages {
  return messagesFor(useLocale())
}
