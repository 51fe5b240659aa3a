import { detectLocale, isLocale, type Locale, LOCALE_STORAGE_KEY } from '../i18n/locale.ts'

/** Storage may be missing, full or forbidden (private windows, file://): the choice then lasts the visit. */
function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null
  }
}

/** The browser's preferred languages, most preferred first; none outside a browser. */
function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return []
  if (Array.isArray(navigator.languages) && navigator.languages.length > 0) return navigator.languages
  return typeof navigator.language === 'string' ? [navigator.language] : []
}

/** The language the reader chose before, if it was remembered. */
function readStoredLocale(): Locale | null {
  try {
    const value = storage()?.getItem(LOCALE_STORAGE_KEY)
    return isLocale(value) ? value : null
  } catch {
    return null
  }
}

/** The interface language to start with: the reader's remembered choice, else what the browser prefers. */
export function initialLocale(): Locale {
  return readStoredLocale() ?? detectLocale(browserLanguages())
}

/** Remembers the reader's choice; where storage is unavailable it still applies, for this visit. */
export function storeLocale(locale: Locale): void {
  try {
    storage()?.setItem(LOCALE_STORAGE_KEY, locale)
  } catch {
    // Not remembered, still applied.
  }
}
