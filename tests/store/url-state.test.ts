import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { AUDIT_FLAG_IDS } from '../../src/domain/audit-flags.ts'
import { GRADES } from '../../src/domain/grade.ts'
import { THEME_IDS } from '../../src/domain/problem-themes.ts'
import { CHANGE_KINDS } from '../../src/domain/series-changes.ts'
import { FORM_KINDS, SORT_COLUMNS } from '../../src/domain/view.ts'
import { DEFAULT_URL_STATE, decodeUrlState, encodeUrlState, type UrlState } from '../../src/store/url-state.ts'

const sample: UrlState = {
  filters: {
    grades: ['优', '良'],
    query: '合同 台账&x=1',
    amount: { min: 100, max: null },
    score: { min: 80.5, max: 95 },
    brush: { amount: [200, 400], score: [85, 91] },
    themes: [],
    flags: [],
    forms: [],
    changes: [],
  },
  sorting: [
    { id: 'score', desc: true },
    { id: 'amount', desc: false },
  ],
  openId: 'bundled/3',
}

describe('URL state', () => {
  it('encodes a view as a readable, versioned query string', () => {
    expect(decodeURIComponent(encodeUrlState(sample))).toBe(
      '?grade=优良&q=合同+台账&x=1&amount=100~&score=80.5~95&brush=200~400~85~91&sort=-score,amount&open=bundled/3&v=1',
    )
  })

  it('adds the theme and flag filters after the brush, ids in table order, without a version bump', () => {
    const state: UrlState = {
      ...DEFAULT_URL_STATE,
      filters: { ...DEFAULT_URL_STATE.filters, grades: ['良'], themes: ['records', 'budgeting'], flags: ['parse-doubt', 'no-execution-rate'] },
    }
    expect(decodeURIComponent(encodeUrlState(state))).toBe(
      '?grade=良&theme=budgeting,records&flag=no-execution-rate,parse-doubt&v=1',
    )
    expect(decodeUrlState(encodeUrlState(state)).filters).toMatchObject({
      themes: ['budgeting', 'records'],
      flags: ['no-execution-rate', 'parse-doubt'],
    })
  })

  it('adds the change filter after the form kinds, kinds in filter order, without a version bump', () => {
    const state: UrlState = { ...DEFAULT_URL_STATE, filters: { ...DEFAULT_URL_STATE.filters, forms: ['result'], changes: ['gone', 'fell'] } }
    expect(decodeURIComponent(encodeUrlState(state))).toBe('?form=result&change=fell,gone&v=1')
    expect(decodeUrlState('?change=fell,nonsense,fell,new&v=1').filters.changes).toEqual(['fell', 'new'])
  })

  it('reads a URL written before themes and flags as filtering by neither', () => {
    expect(decodeUrlState('?grade=优&v=1').filters).toMatchObject({ grades: ['优'], themes: [], flags: [] })
  })

  it('adds the form-kind filter after the flags, kinds in facet order, and sorts by budget, without a version bump', () => {
    const state: UrlState = {
      filters: { ...DEFAULT_URL_STATE.filters, flags: ['parse-doubt'], forms: ['department-self-evaluation', 'project-self-evaluation'] },
      sorting: [{ id: 'budget', desc: true }],
      openId: null,
    }
    expect(decodeURIComponent(encodeUrlState(state))).toBe(
      '?flag=parse-doubt&form=project-self-evaluation,department-self-evaluation&sort=-budget&v=1',
    )
    expect(decodeUrlState(encodeUrlState(state))).toEqual({
      ...state,
      filters: { ...state.filters, forms: ['project-self-evaluation', 'department-self-evaluation'] },
    })
  })

  it('reads a URL written before the form filter (a link shared today) exactly as before: every form kind', () => {
    expect(decodeUrlState('?grade=良&theme=budgeting&flag=parse-doubt&sort=-score&open=bundled/3&v=1')).toEqual({
      filters: { ...DEFAULT_URL_STATE.filters, grades: ['良'], themes: ['budgeting'], flags: ['parse-doubt'], forms: [] },
      sorting: [{ id: 'score', desc: true }],
      openId: 'bundled/3',
    })
  })

  it('encodes the default view as no query string at all', () => {
    expect(encodeUrlState(DEFAULT_URL_STATE)).toBe('')
    expect(decodeUrlState('')).toEqual(DEFAULT_URL_STATE)
  })

  it('decodes what it encodes', () => {
    expect(decodeUrlState(encodeUrlState(sample))).toEqual(sample)
  })

  it.each([
    ['?v=2&grade=优', DEFAULT_URL_STATE],
    ['?grade=优', DEFAULT_URL_STATE],
    ['?v=1&grade=优X良优&sort=-bogus,score,score&amount=a~5&brush=1~2~3&score=1~2~3', {
      ...DEFAULT_URL_STATE,
      filters: { ...DEFAULT_URL_STATE.filters, grades: ['优', '良'], amount: { min: null, max: 5 } },
      sorting: [{ id: 'score', desc: false }],
    }],
    ['?v=1&amount=500~100&score=0x10~', {
      ...DEFAULT_URL_STATE,
      filters: { ...DEFAULT_URL_STATE.filters, amount: { min: 100, max: 500 } },
    }],
    ['?v=1&brush=400~200~91~85', {
      ...DEFAULT_URL_STATE,
      filters: { ...DEFAULT_URL_STATE.filters, brush: { amount: [200, 400], score: [85, 91] } },
    }],
    ['?v=1&theme=contracts,bogus,,contracts,budgeting&flag=parse-doubt,,NO-EXECUTION-RATE', {
      ...DEFAULT_URL_STATE,
      filters: { ...DEFAULT_URL_STATE.filters, themes: ['budgeting', 'contracts'], flags: ['parse-doubt'] },
    }],
    ['?v=1&theme=&flag=', DEFAULT_URL_STATE],
    ['?v=1&form=result,Result,bogus,,result', {
      ...DEFAULT_URL_STATE,
      filters: { ...DEFAULT_URL_STATE.filters, forms: ['result'] },
    }],
    ['?v=1&form=', DEFAULT_URL_STATE],
  ])('reads %s leniently', (search, expected) => expect(decodeUrlState(search)).toEqual(expected))

  it('round-trips any state', () => {
    const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }).map((n) => (n === 0 ? 0 : n))
    const bound = fc.option(finite, { nil: null })
    const range = fc
      .tuple(bound, bound)
      .map(([a, b]) => (a !== null && b !== null && a > b ? { min: b, max: a } : { min: a, max: b }))
    const sortedPair = fc.tuple(finite, finite).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const)
    const state = fc.record({
      filters: fc.record({
        grades: fc.subarray([...GRADES]),
        query: fc.string(),
        amount: range,
        score: range,
        brush: fc.option(fc.record({ amount: sortedPair, score: sortedPair }), { nil: null }),
        themes: fc.subarray([...THEME_IDS]),
        flags: fc.subarray([...AUDIT_FLAG_IDS]),
        forms: fc.subarray([...FORM_KINDS]),
        changes: fc.subarray([...CHANGE_KINDS]),
      }),
      sorting: fc
        .uniqueArray(fc.constantFrom(...SORT_COLUMNS), { maxLength: 3 })
        .chain((ids) => fc.tuple(...ids.map((id) => fc.boolean().map((desc) => ({ id, desc }))))),
      openId: fc.option(fc.string({ minLength: 1 }), { nil: null }),
    })
    fc.assert(
      fc.property(state, (s) => {
        expect(decodeUrlState(encodeUrlState(s))).toEqual(s)
      }),
      { numRuns: 300 },
    )
  })
})
