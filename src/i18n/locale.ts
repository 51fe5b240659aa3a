/** The interface languages. Report text is never translated: only the interface follows this. */
export type Locale = 'zh' | 'en'

export const isLocale = (value: unknown): value is Locale => value === 'zh' || value === 'en'

/** Where the reader's choice is remembered (localStorage). */
export const LOCALE_STORAGE_KEY = 'jixiao.locale'

/** The BCP 47 tag for `<html lang>` and for `lang` attributes on text in that language. */
export const LANG_TAG: Readonly<Record<Locale, string>> = { zh: 'zh-CN', en: 'en' }

/**
 * The interface language for a browser's preferred languages (navigator.languages, most
 * preferred first): the first that is Chinese (zh, zh-CN, zh-Hant-TW …) or English (en, en-GB …)
 * decides; a browser that prefers neither gets English, the language foreign readers share.
 */
export function detectLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0]
    if (primary === 'zh') return 'zh'
    if (primary === 'en') return 'en'
  }
  return 'en'
}
