import { en } from './en.ts'
import type { Locale } from './locale.ts'
import type { Messages } from './messages.ts'
import { zh } from './zh.ts'

const CATALOGUES: Readonly<Record<Locale, Messages>> = { zh, en }

/** The interface text of a language. */
export function messagesFor(locale: Locale): Messages {
  return CATALOGUES[locale]
}

/**
 * A sentence in every interface language, for text that is kept and shown later (notices, the load
 * error): switching the language then changes what is already on screen too.
 */
export type Localized = Readonly<Record<Locale, string>>

/** Says the same thing in every language: `localized((t) => t.imports.empty(name))`. */
export function localized(say: (t: Messages, locale: Locale) => string): Localized {
  return { zh: say(zh, 'zh'), en: say(en, 'en') }
}
