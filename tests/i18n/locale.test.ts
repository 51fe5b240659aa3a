import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DIAGNOSTIC_MEANINGS_EN, diagnosticLine, diagnosticText } from '../../src/i18n/diagnostic-text.ts'
import { detectLocale, isLocale, LANG_TAG } from '../../src/i18n/locale.ts'

describe('detectLocale', () => {
  it.each([
    [['zh-CN'], 'zh'],
    [['zh-CN', 'en-US'], 'zh'],
    [['zh-Hant-TW'], 'zh'],
    [['zh_TW'], 'zh'],
    [['ZH'], 'zh'],
    [['en-US'], 'en'],
    [['en-GB', 'zh-CN'], 'en'],
    // The first Chinese or English language decides; others before it do not count.
    [['fr-FR', 'zh-CN', 'en-US'], 'zh'],
    [['de-DE', 'en-GB', 'zh-CN'], 'en'],
    // Neither: English, the language foreign readers share.
    [['fr-FR', 'ja-JP'], 'en'],
    [[], 'en'],
    // "zhx" or "eng" are not zh or en.
    [['zhx', 'eng'], 'en'],
  ] as const)('%j → %s', (languages, locale) => expect(detectLocale(languages)).toBe(locale))

  it('knows the two locales and their tags', () => {
    expect([isLocale('zh'), isLocale('en'), isLocale('zh-CN'), isLocale(null)]).toEqual([true, true, false, false])
    expect(LANG_TAG).toEqual({ zh: 'zh-CN', en: 'en' })
  })
})

describe('diagnostics in the interface language', () => {
  const diagnostic = { code: 'amount-unparseable', message: '项目“甲”的决算金额“abc”无法读成数字' }

  it('shows the parser’s Chinese message as it is in Chinese', () => {
    expect(diagnosticText(diagnostic, 'zh')).toEqual({ text: diagnostic.message, original: null })
    expect(diagnosticLine(diagnostic, 'zh')).toBe(diagnostic.message)
  })

  it('gives the code’s meaning in English and keeps the Chinese message, which quotes the report', () => {
    expect(diagnosticText(diagnostic, 'en')).toEqual({
      text: 'The final amount cannot be read as a number',
      original: diagnostic.message,
    })
    expect(diagnosticLine(diagnostic, 'en')).toBe('The final amount cannot be read as a number — 项目“甲”的决算金额“abc”无法读成数字')
  })

  it('shows only the message of a code it does not know', () => {
    expect(diagnosticText({ code: 'made-up', message: '某条提示' }, 'en')).toEqual({ text: '某条提示', original: null })
  })

  it('has an English meaning for every code the parser and the CSV reader emit', () => {
    const dir = resolve(import.meta.dirname, '../../src/ingest')
    const emitted = new Set<string>()
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(join(dir, file), 'utf8')
      for (const m of source.matchAll(/\b(?:warn|fail)\(diagnostics,\s*'([a-z-]+)'/g)) emitted.add(m[1] ?? '')
      for (const m of source.matchAll(/\b(?:warning|error)\(\s*'([a-z-]+)'/g)) emitted.add(m[1] ?? '')
    }
    expect(emitted.size).toBeGreaterThan(15)
    expect([...emitted].filter((code) => DIAGNOSTIC_MEANINGS_EN[code] === undefined)).toEqual([])
  })
})
