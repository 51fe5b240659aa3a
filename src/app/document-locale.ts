import { messagesFor } from '../i18n/catalogue.ts'
import { isLocale, LANG_TAG, type Locale, LOCALE_STORAGE_KEY } from '../i18n/locale.ts'
import type { AppState } from '../store/app-store.ts'

interface LocaleStore {
  getState: () => Pick<AppState, 'locale'>
  setState: (partial: Pick<AppState, 'locale'>) => void
  subscribe: (listener: (state: AppState, previous: AppState) => void) => () => void
}

/** `<html lang>` and the document's title in the interface language. */
function applyDocumentLocale(locale: Locale, doc: Document = document): void {
  doc.documentElement.lang = LANG_TAG[locale]
  doc.title = messagesFor(locale).page.documentTitle
}

/**
 * Keeps the document in the store's language from now on: applied at once (before React renders,
 * so the page never announces itself in the wrong language), on every switch, and when another tab
 * switches (the storage event), so two open tabs do not disagree after a reload.
 */
export function followDocumentLocale(store: LocaleStore): () => void {
  applyDocumentLocale(store.getState().locale)
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.locale !== previous.locale) applyDocumentLocale(state.locale)
  })
  const onStorage = (event: StorageEvent) => {
    if (event.key === LOCALE_STORAGE_KEY && isLocale(event.newValue) && event.newValue !== store.getState().locale) {
      store.setState({ locale: event.newValue })
    }
  }
  window.addEventListener('storage', onStorage)
  return () => {
    unsubscribe()
    window.removeEventListener('storage', onStorage)
  }
}
