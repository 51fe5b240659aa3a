import { describe, expect, it } from 'vitest'
import { messagesFor } from '../../src/i18n/catalogue.ts'
import { headerPieces } from '../../src/table/header-words.ts'

/** Words as [text], the text between them as (text). */
const picture = (header: string, words: readonly string[] | undefined): string =>
  headerPieces(header, words)
    .map((p) => (p.word ? `[${p.text}]` : `(${p.text})`))
    .join('')

describe('headerPieces', () => {
  it.each<[string, readonly string[] | undefined, string]>([
    ['预算（万元）', ['预算', '（万元）'], '[预算][（万元）]'],
    ['决算金额（万元）', ['决算', '金额', '（万元）'], '[决算][金额][（万元）]'],
    ['Final amount (10k CNY)', ['Final', 'amount', '(10k CNY)'], '[Final]( )[amount]( )[(10k CNY)]'],
    ['Execution rate', ['Execution', 'rate'], '[Execution]( )[rate]'],
    // No words: the whole header, one line.
    ['问题数', undefined, '[问题数]'],
    // Words that do not spell the header leave it whole.
    ['评价分值', ['评价', '分数'], '[评价分值]'],
    ['评价分值', ['分值', '评价'], '[评价分值]'],
    ['评价分值', ['评价'], '[评价分值]'],
    ['评价分值', ['评价', ''], '[评价分值]'],
  ])('%s with %j → %s', (header, words, expected) => {
    expect(picture(header, words)).toBe(expected)
  })

  it.each(['zh', 'en'] as const)('spells every header of the %s catalogue with its words', (locale) => {
    const { headers, headerWords } = messagesFor(locale).table
    for (const [key, words] of Object.entries(headerWords)) {
      const header = headers[key as keyof typeof headers]
      expect(headerPieces(header, words).filter((p) => p.word).map((p) => p.text), header).toEqual(words)
    }
  })
})
