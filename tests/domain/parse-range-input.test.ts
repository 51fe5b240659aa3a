import { describe, expect, it } from 'vitest'
import {
  appliedBound,
  parseAmountInput,
  parseCountInput,
  parseRateInput,
  parseScoreInput,
  type RangeInput,
} from '../../src/domain/parse-range-input.ts'

const value = (v: number): RangeInput => ({ kind: 'value', value: v })
const EMPTY: RangeInput = { kind: 'empty' }
const UNREADABLE: RangeInput = { kind: 'invalid', reason: 'unreadable' }

describe('parseAmountInput (万元)', () => {
  it.each<[string, RangeInput]>([
    ['1,000', value(1000)],
    ['1,059.83', value(1059.83)],
    ['１０００', value(1000)],
    ['１，０００．５', value(1000.5)],
    ['0.1亿', value(1000)],
    ['0.1亿元', value(1000)],
    ['1.23亿元', value(12300)],
    ['5万元', value(5)],
    ['5万', value(5)],
    ['5 万元', value(5)],
    ['50000元', value(5)],
    ['3,386,200元', value(338.62)],
    ['1元', value(0.0001)],
    [' 12.5 ', value(12.5)],
    ['\u300012.5\u3000', value(12.5)],
    ['85.', value(85)],
    ['.5', value(0.5)],
    ['0', value(0)],
    ['-0', value(0)],
    ['1,', value(1)],
    ['1,00', value(100)],
    ['', EMPTY],
    ['   ', EMPTY],
    ['abc', UNREADABLE],
    ['.', UNREADABLE],
    ['-', UNREADABLE],
    ['万元', UNREADABLE],
    ['5元元', UNREADABLE],
    ['5美元', UNREADABLE],
    ['1 000', UNREADABLE],
    [',5', UNREADABLE],
    ['1e3', UNREADABLE],
    ['-5', { kind: 'invalid', reason: 'negative' }],
    ['－5万元', { kind: 'invalid', reason: 'negative' }],
  ])('%j → %j', (text, expected) => expect(parseAmountInput(text)).toEqual(expected))

  it('converts units on the decimal digits, without binary float error', () => {
    expect(0.07 * 10000).toBe(700.0000000000001)
    expect(parseAmountInput('0.07亿')).toEqual(value(700))
    expect(0.0338 * 10000).toBe(337.99999999999994)
    expect(parseAmountInput('0.0338亿元')).toEqual(value(338))
    expect(parseAmountInput('1.005亿元')).toEqual(value(10050))
    expect(parseAmountInput('33,862元')).toEqual(value(3.3862))
  })
})

describe('parseScoreInput (0–100)', () => {
  it.each<[string, RangeInput]>([
    ['85', value(85)],
    ['８５．５', value(85.5)],
    [' 90 ', value(90)],
    ['0', value(0)],
    ['100', value(100)],
    ['85.', value(85)],
    ['', EMPTY],
    ['abc', UNREADABLE],
    ['85分', UNREADABLE],
    ['-5', { kind: 'invalid', reason: 'out-of-range' }],
    ['100.01', { kind: 'invalid', reason: 'out-of-range' }],
    ['120', { kind: 'invalid', reason: 'out-of-range' }],
  ])('%j → %j', (text, expected) => expect(parseScoreInput(text)).toEqual(expected))
})

describe('parseRateInput (percent)', () => {
  it.each<[string, RangeInput]>([
    ['85', value(85)],
    ['85%', value(85)],
    ['85 %', value(85)],
    ['８５．５％', value(85.5)],
    ['102.5%', value(102.5)],
    ['0%', value(0)],
    ['85.', value(85)],
    ['', EMPTY],
    ['%', UNREADABLE],
    ['85%%', UNREADABLE],
    ['百分之八十', UNREADABLE],
    ['0.85‰', UNREADABLE],
    ['-5%', { kind: 'invalid', reason: 'negative' }],
  ])('%j → %j', (text, expected) => expect(parseRateInput(text)).toEqual(expected))
})

describe('parseCountInput (items)', () => {
  it.each<[string, RangeInput]>([
    ['2', value(2)],
    ['０', value(0)],
    ['2条', value(2)],
    ['2 个', value(2)],
    ['1,000', value(1000)],
    ['3.', value(3)],
    ['', EMPTY],
    ['两', UNREADABLE],
    ['2条条', UNREADABLE],
    ['2.5', { kind: 'invalid', reason: 'not-whole' }],
    ['-1', { kind: 'invalid', reason: 'negative' }],
  ])('%j → %j', (text, expected) => expect(parseCountInput(text)).toEqual(expected))
})

describe('appliedBound', () => {
  it.each<[RangeInput, number | null]>([
    [value(5), 5],
    [value(0), 0],
    [EMPTY, null],
    [UNREADABLE, null],
  ])('%j → %j', (input, bound) => expect(appliedBound(input)).toBe(bound))
})
