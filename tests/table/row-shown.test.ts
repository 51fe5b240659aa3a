// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { rowDistance } from '../../src/table/use-row-reveal.ts'

/** An element laid out at `top`…`bottom` of the viewport (jsdom has no layout: its rectangle is set here). */
function laidOut(top: number, bottom: number, box?: { clientTop: number; clientHeight: number }): HTMLElement {
  const element = document.createElement('div')
  element.getBoundingClientRect = () => DOMRect.fromRect({ x: 0, y: top, width: 100, height: bottom - top })
  if (box !== undefined) {
    Object.defineProperty(element, 'clientTop', { value: box.clientTop })
    Object.defineProperty(element, 'clientHeight', { value: box.clientHeight })
  }
  return element
}

// The box from the failing CI run: top 331.19, a 1 px border, 536 px inside, a 43 px sticky header.
const box = laidOut(331.19, 868.78, { clientTop: 1, clientHeight: 536 })
const HEADER = 43
const headerBottom = 331.19 + 1 + HEADER
const boxBottom = 331.19 + 1 + 536

describe('rowDistance: is the row shown (0)?', () => {
  it('is true for a row wholly between the header and the bottom edge', () => {
    expect(rowDistance(laidOut(headerBottom, headerBottom + 44), box, HEADER)).toBe(0)
    expect(rowDistance(laidOut(boxBottom - 44, boxBottom), box, HEADER)).toBe(0)
  })

  it('is false for the last row left 3.6 px below the bottom edge (the CI failure)', () => {
    expect(rowDistance(laidOut(828.28, 872.38), box, HEADER)).toBeGreaterThan(0)
  })

  it('forgives a pixel of rounding at either edge', () => {
    expect(rowDistance(laidOut(headerBottom - 0.9, headerBottom + 43), box, HEADER)).toBe(0)
    expect(rowDistance(laidOut(boxBottom - 43, boxBottom + 0.9), box, HEADER)).toBe(0)
    expect(rowDistance(laidOut(boxBottom - 43, boxBottom + 1.1), box, HEADER)).toBeGreaterThan(0)
  })

  it('is false for a row under the sticky header', () => {
    expect(rowDistance(laidOut(headerBottom - 20, headerBottom + 24), box, HEADER)).toBeGreaterThan(0)
  })

  it('is true for a row taller than the box when it starts right below the header', () => {
    expect(rowDistance(laidOut(headerBottom, headerBottom + 900), box, HEADER)).toBe(0)
    expect(rowDistance(laidOut(headerBottom + 5, headerBottom + 900), box, HEADER)).toBeGreaterThan(0)
  })
})

describe('rowDistance', () => {
  it('is 0 for a shown row, and how far it lies beyond the edge it crosses otherwise', () => {
    expect(rowDistance(laidOut(headerBottom, headerBottom + 44), box, HEADER)).toBe(0)
    // The CI failure: 872.38 − 868.19.
    expect(rowDistance(laidOut(828.28, 872.38), box, HEADER)).toBeCloseTo(4.19, 6)
    expect(rowDistance(laidOut(headerBottom - 20, headerBottom + 24), box, HEADER)).toBeCloseTo(20, 6)
    expect(rowDistance(laidOut(boxBottom + 500, boxBottom + 544), box, HEADER)).toBeCloseTo(544, 6)
  })

  it('for a row taller than the box, is how far its top lies below the header', () => {
    expect(rowDistance(laidOut(headerBottom + 5, headerBottom + 900), box, HEADER)).toBeCloseTo(5, 6)
  })
})
