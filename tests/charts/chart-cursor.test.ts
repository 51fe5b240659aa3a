import { describe, expect, it } from 'vitest'
import { CURSOR_KEYS, type CursorKey, type CursorLayout, isCursorKey, moveCursor } from '../../src/charts/chart-cursor.ts'

const line: CursorLayout = { kind: 'line', count: 4 }

describe('isCursorKey', () => {
  it.each([
    ['ArrowLeft', true],
    ['ArrowRight', true],
    ['ArrowUp', true],
    ['ArrowDown', true],
    ['Home', true],
    ['End', true],
    ['PageDown', false],
    ['Enter', false],
    ['Escape', false],
    [' ', false],
  ])('%s → %s', (key, expected) => {
    expect(isCursorKey(key)).toBe(expected)
  })
})

describe('moveCursor: line (bars)', () => {
  it.each<[CursorKey, number | null, number | null]>([
    // No cursor yet: every arrow and Home start at the first point, End at the last.
    ['ArrowRight', null, 0],
    ['ArrowLeft', null, 0],
    ['ArrowUp', null, 0],
    ['ArrowDown', null, 0],
    ['Home', null, 0],
    ['End', null, 3],
    // Right and Down forward, Left and Up back.
    ['ArrowRight', 1, 2],
    ['ArrowDown', 1, 2],
    ['ArrowLeft', 2, 1],
    ['ArrowUp', 2, 1],
    // Never past an end.
    ['ArrowRight', 3, 3],
    ['ArrowDown', 3, 3],
    ['ArrowLeft', 0, 0],
    ['ArrowUp', 0, 0],
    ['Home', 2, 0],
    ['End', 0, 3],
    // A cursor left outside the points (they changed) starts again.
    ['ArrowRight', 7, 0],
    ['ArrowLeft', -1, 0],
  ])('%s from %s → %s', (key, from, expected) => {
    expect(moveCursor(key, from, line)).toBe(expected)
  })

  it('has nowhere to go without points', () => {
    for (const key of CURSOR_KEYS) expect(moveCursor(key, null, { kind: 'line', count: 0 })).toBeNull()
    expect(moveCursor('ArrowRight', 0, { kind: 'grid', cells: [] })).toBeNull()
  })
})

describe('moveCursor: ranks (the scatter: Left/Right by amount, Up/Down by score)', () => {
  // Points 0..4 left to right; by score, lowest first: 3, 0, 4, 1, 2.
  const ranks: CursorLayout = { kind: 'ranks', count: 5, upOrder: [3, 0, 4, 1, 2] }

  it.each<[CursorKey, number | null, number | null]>([
    ['ArrowRight', 0, 1],
    ['ArrowLeft', 4, 3],
    ['ArrowRight', 4, 4],
    // Up: the next higher score; Down: the next lower.
    ['ArrowUp', 3, 0],
    ['ArrowUp', 0, 4],
    ['ArrowUp', 4, 1],
    ['ArrowUp', 1, 2],
    ['ArrowUp', 2, 2],
    ['ArrowDown', 2, 1],
    ['ArrowDown', 0, 3],
    ['ArrowDown', 3, 3],
    ['ArrowUp', null, 0],
    ['End', 1, 4],
  ])('%s from %s → %s', (key, from, expected) => {
    expect(moveCursor(key, from, ranks)).toBe(expected)
  })

  it('walks every point with Up from the lowest score to the highest', () => {
    const visited = [3]
    for (let i = 0; i < 5; i++) visited.push(moveCursor('ArrowUp', visited.at(-1) ?? null, ranks) ?? -1)
    expect(visited).toEqual([3, 0, 4, 1, 2, 2])
  })
})

describe('moveCursor: grid (the heat map: rows are projects, columns themes)', () => {
  // Reading order: row 0 has columns 0 and 3; row 1 none; row 2 has columns 1, 2 and 5; row 3 has column 4.
  const grid: CursorLayout = {
    kind: 'grid',
    cells: [
      { row: 0, column: 0 },
      { row: 0, column: 3 },
      { row: 2, column: 1 },
      { row: 2, column: 2 },
      { row: 2, column: 5 },
      { row: 3, column: 4 },
    ],
  }

  it.each<[CursorKey, number | null, number | null]>([
    // Left/Right in reading order, across rows.
    ['ArrowRight', 0, 1],
    ['ArrowRight', 1, 2],
    ['ArrowLeft', 2, 1],
    ['ArrowRight', 5, 5],
    // Down from (0,0): row 1 is empty, so row 2; nearest column to 0 is 1.
    ['ArrowDown', 0, 2],
    // Down from (0,3): columns 2 and 5 of row 2 are 1 and 2 away: column 2.
    ['ArrowDown', 1, 3],
    // Down from (2,5) to (3,4); from the last row, nowhere.
    ['ArrowDown', 4, 5],
    ['ArrowDown', 5, 5],
    // Up from (3,4): row 2, column 5 and column 2 are 1 and 2 away: column 5.
    ['ArrowUp', 5, 4],
    // Up from (2,2): row 0, columns 0 and 3 are 2 and 1 away: column 3.
    ['ArrowUp', 3, 1],
    // Up from (2,1): columns 0 and 3 are 1 and 2 away: column 0; from row 0, nowhere.
    ['ArrowUp', 2, 0],
    ['ArrowUp', 0, 0],
    ['Home', 4, 0],
    ['End', 0, 5],
    ['ArrowDown', null, 0],
  ])('%s from %s → %s', (key, from, expected) => {
    expect(moveCursor(key, from, grid)).toBe(expected)
  })

  it('takes the left one of two cells as near', () => {
    const tie: CursorLayout = {
      kind: 'grid',
      cells: [
        { row: 0, column: 2 },
        { row: 1, column: 1 },
        { row: 1, column: 3 },
      ],
    }
    expect(moveCursor('ArrowDown', 0, tie)).toBe(1)
    expect(moveCursor('ArrowUp', 2, tie)).toBe(0)
  })
})
