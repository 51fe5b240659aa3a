import { describe, expect, it } from 'vitest'
import { DIAGNOSTIC_CODES } from '../../src/domain/diagnostic-codes.ts'
import { diagnosticLine, diagnosticText } from '../../src/i18n/diagnostic-text.ts'
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
  const diagnostic = { code: 'amount-unparseable' as const, message: '项目“甲”的决算金额“abc”无法读成数字' }

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

  it('gives a meaning for every code, the code a JSON file carried but this version does not know included', () => {
    for (const code of DIAGNOSTIC_CODES) expect(diagnosticText({ code, message: '某条提示' }, 'en').original).toBe('某条提示')
    expect(diagnosticLine({ code: 'unknown-code', message: '某条提示（诊断代码：future-code）' }, 'en')).toBe(
      'A note from the imported JSON file whose code this version does not know; the code follows the note — 某条提示（诊断代码：future-code）',
    )
  })
})
