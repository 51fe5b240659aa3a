import { describe, expect, it } from 'vitest'
import { isRowKey, type RowKey, targetRowIndex } from '../../src/table/row-navigation.ts'

describe('targetRowIndex', () => {
  it.each<[RowKey, number, number, number, number]>([
    // key, from, count, page size, expected
    ['ArrowDown', 0, 10_000, 15, 1],
    ['ArrowDown', 9_999, 10_000, 15, 9_999],
    ['ArrowUp', 5, 10_000, 15, 4],
    ['ArrowUp', 0, 10_000, 15, 0],
    ['PageDown', 10, 10_000, 15, 25],
    ['PageDown', 9_990, 10_000, 15, 9_999],
    ['PageUp', 10, 10_000, 15, 0],
    ['PageUp', 100, 10_000, 15, 85],
    ['PageDown', 3, 10, 0, 4],
    ['Home', 4_321, 10_000, 15, 0],
    ['End', 0, 10_000, 15, 9_999],
    ['End', 0, 1, 15, 0],
  ])('%s from row %i of %i (page %i) goes to row %i', (key, from, count, page, expected) => {
    expect(targetRowIndex(key, from, count, page)).toBe(expected)
  })
})

describe('isRowKey', () => {
  it.each([
    ['ArrowDown', true],
    ['PageUp', true],
    ['End', true],
    ['Enter', false],
    ['ArrowLeft', false],
    ['Tab', false],
  ])('%s → %s', (key, expected) => {
    expect(isRowKey(key)).toBe(expected)
  })
})
