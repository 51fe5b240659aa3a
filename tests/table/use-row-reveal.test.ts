import { describe, expect, it } from 'vitest'
import { rowDistance } from '../../src/table/use-row-reveal.ts'

/** An element laid out at `top`…`bottom` of the viewport: all rowDistance reads of it. */
function laidOut(top: number, bottom: number, inside = { clientTop: 0, clientHeight: bottom - top }): HTMLElement {
  return { getBoundingClientRect: () => ({ top, bottom }), ...inside } as unknown as HTMLElement
}

// The box from the failing CI run: top 331.19, a 1 px border, 536 px inside, a 43 px sticky header.
const box = laidOut(331.19, 868.78, { clientTop: 1, clientHeight: 536 })
const HEADER = 43
const headerBottom = 331.19 + 1 + HEADER
const boxBottom = 331.19 + 1 + 536

describe('rowDistance: how far a row lies outside the band between the sticky header and the box’s bottom edge', () => {
  it.each([
    ['wholly in the band, right below the header', headerBottom, headerBottom + 44, 0],
    ['wholly in the band, on the bottom edge', boxBottom - 44, boxBottom, 0],
    ['the last row left below the bottom edge (the CI failure: 872.38 − 868.19)', 828.28, 872.38, 4.19],
    ['0.9 px under the header (rounding, forgiven)', headerBottom - 0.9, headerBottom + 43, 0],
    ['1.2 px under the header', headerBottom - 1.2, headerBottom + 43, 1.2],
    ['0.9 px past the bottom edge (rounding, forgiven)', boxBottom - 43, boxBottom + 0.9, 0],
    ['1.1 px past the bottom edge', boxBottom - 43, boxBottom + 1.1, 1.1],
    ['half under the header', headerBottom - 20, headerBottom + 24, 20],
    ['above the box', 100, 144, headerBottom - 100],
    ['far below the box', boxBottom + 500, boxBottom + 544, 544],
    ['taller than the band, starting right below the header', headerBottom, headerBottom + 900, 0],
    ['taller than the band, starting 5 px below the header', headerBottom + 5, headerBottom + 900, 5],
  ])('%s', (_, top, bottom, distance) => {
    expect(rowDistance(laidOut(top, bottom), box, HEADER)).toBeCloseTo(distance, 9)
  })
})
