import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { AUDIT_FLAG_IDS } from '../../src/domain/audit-flags.ts'
import { GRADES } from '../../src/domain/grade.ts'
import { THEME_IDS } from '../../src/domain/problem-themes.ts'
import { CHANGE_KINDS } from '../../src/domain/series-changes.ts'
import { FORM_KINDS, NO_RANGE, SORT_COLUMNS } from '../../src/domain/view.ts'
import { DEFAULT_URL_STATE, decodeUrlState, encodeUrlState, type UrlState } from '../../src/store/url-state.ts'

const sample: UrlState = {
  filters: {
    grades: ['优', '良'],
    query: '合同 台账&x=1',
    amount: { min: 100, max: null },
    score: { min: 80.5, max: 95 },
    rate: { min: null, max: null },
    problems: { min: null, max: null },
    brush: { amount: [200, 400], score: [85, 91] },
    themes: [],
    flags: [],
    forms: [],
    changes: [],
    departments: [],
    years: [],
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

  it('adds the rate and problem ranges after the score, departments and years last, without a version bump', () => {
    const state: UrlState = {
      ...DEFAULT_URL_STATE,
      filters: {
        ...DEFAULT_URL_STATE.filters,
        score: { min: 60, max: null },
        rate: { min: 80, max: 100 },
        problems: { min: 2, max: null },
        changes: ['fell'],
        departments: ['上海市财政局', '上海市教育委员会'],
        years: [2019, 2018],
      },
    }
    expect(decodeURIComponent(encodeUrlState(state))).toBe(
      '?score=60~&rate=80~100&problems=2~&change=fell&dept=上海市财政局,上海市教育委员会&year=2018,2019&v=1',
    )
    expect(decodeUrlState(encodeUrlState(state)).filters).toEqual({ ...state.filters, years: [2018, 2019] })
    expect(decodeUrlState('?grade=优&v=1').filters).toMatchObject({ rate: NO_RANGE, problems: NO_RANGE, departments: [], years: [] })
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
    // 问题与建议、整改条数不一 (count-mismatch) became two flags: an older link filters by both.
    ['?v=1&flag=count-mismatch,parse-doubt', {
      ...DEFAULT_URL_STATE,
      filters: { ...DEFAULT_URL_STATE.filters, flags: ['suggestions-mismatch', 'rectifications-mismatch', 'parse-doubt'] },
    }],
    ['?v=1&flag=rectifications-mismatch,count-mismatch', {
      ...DEFAULT_URL_STATE,
      filters: { ...DEFAULT_URL_STATE.filters, flags: ['suggestions-mismatch', 'rectifications-mismatch'] },
    }],
    ['?v=1&flag=toString,constructor', DEFAULT_URL_STATE],
    ['?v=1&form=result,Result,bogus,,result', {
      ...DEFAULT_URL_STATE,
      filters: { ...DEFAULT_URL_STATE.filters, forms: ['result'] },
    }],
    ['?v=1&form=', DEFAULT_URL_STATE],
    ['?v=1&rate=100~80&problems=~3', {
      ...DEFAULT_URL_STATE,
      filters: { ...DEFAULT_URL_STATE.filters, rate: { min: 80, max: 100 }, problems: { min: null, max: 3 } },
    }],
    ['?v=1&dept= 甲部门 ,,乙部门,甲部门&year=2019,19,2018,x,2019', {
      ...DEFAULT_URL_STATE,
      filters: { ...DEFAULT_URL_STATE.filters, departments: ['甲部门', '乙部门'], years: [2018, 2019] },
    }],
    ['?v=1&dept=&year=', DEFAULT_URL_STATE],
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
        rate: range,
        problems: range,
        brush: fc.option(fc.record({ amount: sortedPair, score: sortedPair }), { nil: null }),
        themes: fc.subarray([...THEME_IDS]),
        flags: fc.subarray([...AUDIT_FLAG_IDS]),
        forms: fc.subarray([...FORM_KINDS]),
        changes: fc.subarray([...CHANGE_KINDS]),
        departments: fc.uniqueArray(
          fc.string({ minLength: 1 }).filter((name) => !name.includes(',') && name.trim() === name && name !== ''),
          { maxLength: 3 },
        ),
        years: fc.uniqueArray(fc.integer({ min: 1000, max: 9999 }), { maxLength: 3 }).map((ys) => ys.toSorted((a, b) => a - b)),
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
