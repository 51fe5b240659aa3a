import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { matchesQuery, parseSearchQuery, type SearchLiteral } from '../../src/domain/search-query.ts'
import { highlightSegments, normalizeForSearch, searchTerms } from '../../src/domain/search-text.ts'
import { EMPTY_FILTERS, filterRows } from '../../src/domain/view.ts'
import { bundledRows } from '../support/bundled.ts'

const has = (term: string): SearchLiteral => ({ term, negated: false })
const not = (term: string): SearchLiteral => ({ term, negated: true })

describe('parseSearchQuery', () => {
  it.each<[string, SearchLiteral[][]]>([
    ['', []],
    ['   ', []],
    ['合同', [[has('合同')]]],
    ['合同 验收', [[has('合同')], [has('验收')]]],
    ['合同\u3000验收', [[has('合同')], [has('验收')]]],
    ['合同 -验收', [[has('合同')], [not('验收')]]],
    ['合同 －验收', [[has('合同')], [not('验收')]]],
    ['-验收', [[not('验收')]]],
    ['合同 OR 采购', [[has('合同'), has('采购')]]],
    ['合同 | 采购', [[has('合同'), has('采购')]]],
    ['合同|采购', [[has('合同'), has('采购')]]],
    ['合同｜采购｜台账', [[has('合同'), has('采购'), has('台账')]]],
    ['合同 ＯＲ 采购', [[has('合同'), has('采购')]]],
    ['资金 合同 OR 采购', [[has('资金')], [has('合同'), has('采购')]]],
    ['合同 OR -验收', [[has('合同'), not('验收')]]],
    ['合同 or 采购', [[has('合同')], [has('or')], [has('采购')]]],
    ['"资金 使用"', [[has('资金使用')]]],
    ['“资金 使用”', [[has('资金使用')]]],
    ['＂资金 使用＂ 合同', [[has('资金使用')], [has('合同')]]],
    ['-"资金 使用"', [[not('资金使用')]]],
    ['"OR"', [[has('or')]]],
    ['"-5"', [[has('-5')]]],
    ['"资金 使用', [[has('资金使用')]]],
    ['""', []],
    ['合同 -', [[has('合同')]]],
    ['合同 OR', [[has('合同')]]],
    ['OR 合同', [[has('合同')]]],
    ['合同 OR OR 采购', [[has('合同'), has('采购')]]],
    ['51000021R-工资', [[has('51000021r-工资')]]],
    ['ＥＲＰ Sys', [[has('erp')], [has('sys')]]],
  ])('%j', (query, clauses) => expect(parseSearchQuery(query)).toEqual({ clauses }))
})

describe('searchTerms: what the drawer marks', () => {
  it.each<[string, string[]]>([
    ['合同 -验收', ['合同']],
    ['合同 OR 采购', ['合同', '采购']],
    ['"资金 使用" 合同 合同', ['资金使用', '合同']],
    ['-合同', []],
  ])('%j → %j', (query, terms) => expect(searchTerms(query)).toEqual(terms))

  it('marks only the positive terms', () => {
    expect(highlightSegments('合同验收不及时', searchTerms('合同 -验收')).map((s) => [s.text, s.match])).toEqual([
      ['合同', true],
      ['验收不及时', false],
    ])
  })
})

const found = (query: string) => filterRows(bundledRows, { ...EMPTY_FILTERS, query }).map((r) => r.index)

describe('the search on the bundled report', () => {
  it.each<[string, number[]]>([
    ['合同', [0, 2, 5, 6, 7]],
    ['验收', [0, 2, 5]],
    ['满意度', [2, 3, 5]],
    ['合同 -验收', [6, 7]],
    ['合同 -满意度', [0, 6, 7]],
    ['-合同', [1, 3, 4]],
    ['合同 OR 台账', [0, 2, 4, 5, 6, 7]],
    ['合同 ｜ 台账', [0, 2, 4, 5, 6, 7]],
    ['台账|预算执行率', [2, 3, 4]],
    ['基层党建 OR 台账 -满意度', [0, 4]],
    // Project 3 holds 资金 and 使用, never 资金使用: the phrase leaves it out, the two terms do not.
    ['资金 使用', [0, 3, 4, 5, 7]],
    ['"资金 使用"', [0, 4, 5, 7]],
    ['-"资金 使用"', [1, 2, 3, 6]],
    // Half-typed: what is not yet an operator or a term changes nothing.
    ['合同 -', [0, 2, 5, 6, 7]],
    ['合同 OR', [0, 2, 5, 6, 7]],
  ])('%j finds %j', (query, indexes) => expect(found(query)).toEqual(indexes))
})

// The search before operators: split on whitespace, each term normalised, every term must occur.
const termsBefore = (query: string): string[] =>
  query
    .split(/[\s\u3000]+/)
    .map(normalizeForSearch)
    .filter((t) => t !== '')
const matchedBefore = (text: string, query: string): boolean => termsBefore(query).every((t) => text.includes(t))

/** Neither an operator, nor a term negated or quoted: a word as any query before held it. */
const isPlainWord = (word: string): boolean =>
  !/^[-"“]/.test(word.normalize('NFKC')) && ![...word].some((c) => c.normalize('NFKC') === '|') && word.normalize('NFKC') !== 'OR'

describe('a query of plain terms behaves exactly as before', () => {
  const char = fc.constantFrom(...'合同验收资金使用aAbBoOrR1１２ＥｅΩ"“|-－ \u3000\t\u00a0'.split(''), 'ᄀ', '\u{20000}')
  const plainQuery = fc.string({ unit: char, maxLength: 24 }).filter((q) => q.split(/\s+/).every((w) => w === '' || isPlainWord(w)))
  const text = fc.string({ unit: char, maxLength: 40 })

  it('matches the same texts', () => {
    fc.assert(
      fc.property(plainQuery, text, (query, raw) => {
        const searchText = normalizeForSearch(raw)
        expect(matchesQuery(searchText, parseSearchQuery(query))).toBe(matchedBefore(searchText, query))
      }),
      { numRuns: 2000 },
    )
  })

  it('marks the same text', () => {
    fc.assert(
      fc.property(plainQuery, text, (query, raw) => {
        expect(highlightSegments(raw, searchTerms(query))).toEqual(highlightSegments(raw, termsBefore(query)))
      }),
      { numRuns: 1000 },
    )
  })

  it('keeps every term a clause of its own', () => {
    fc.assert(
      fc.property(plainQuery, (query) => {
        expect(parseSearchQuery(query).clauses).toEqual(termsBefore(query).map((term) => [has(term)]))
      }),
      { numRuns: 1000 },
    )
  })
})

describe('matchesQuery', () => {
  it('is the negation of the positive query for a negated term, on any text', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 4 }), fc.string({ maxLength: 30 }), (term, raw) => {
        const bare = term.replace(/[\s"“”|\-－＂｜]/g, '')
        fc.pre(normalizeForSearch(bare) !== '' && bare.normalize('NFKC') !== 'OR' && !/^[-"“]/.test(bare.normalize('NFKC')))
        const text = normalizeForSearch(raw)
        expect(matchesQuery(text, parseSearchQuery(`-${bare}`))).toBe(!matchesQuery(text, parseSearchQuery(bare)))
      }),
    )
  })
})
