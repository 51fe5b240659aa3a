import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractPdfInNode } from '../../src/cli/pdf-node.ts'
import { tableGrid } from '../../src/domain/cell-table.ts'
import { pdfDocument } from '../../src/ingest/pdf-cells.ts'

const coordinate = fc.integer({ min: 0, max: 600 })
const item = fc.record({ str: fc.constantFrom('项目名称', '338.62', '优', '（1）问题', ' ', '-1-'), x: coordinate, y: coordinate, width: fc.integer({ min: 0, max: 200 }), height: fc.constantFrom(0, 9, 12) })
/** Mostly grid lines on a 40 pt lattice, so tables form; some anywhere. */
const lattice = fc.integer({ min: 1, max: 14 }).map((n) => n * 40)
const segment = fc.oneof(
  fc.record({ at: lattice, from: lattice, to: lattice }).map(({ at, from, to }) => ({ x0: from, y0: at, x1: to, y1: at })),
  fc.record({ at: lattice, from: lattice, to: lattice }).map(({ at, from, to }) => ({ x0: at, y0: from, x1: at, y1: to })),
  fc.record({ x0: coordinate, y0: coordinate, x1: coordinate, y1: coordinate }),
)

describe('the PDF reader on arbitrary input', () => {
  it('builds documents from any text and rules: tables that tile their grid, numbered in order', () => {
    const page = fc.record({ items: fc.array(item, { maxLength: 30 }), rules: fc.array(segment, { maxLength: 40 }) })
    fc.assert(
      fc.property(fc.array(page, { minLength: 1, maxLength: 3 }), (pages) => {
        const document = pdfDocument(pages.map((p, i) => ({ page: i + 1, ...p })))
        const tables = document.parts.flatMap((part) => (part.kind === 'table' ? [part.table] : []))
        expect(tables.map((table) => table.index)).toEqual(tables.map((_, i) => i + 1))
        for (const table of tables) {
          const covered = tableGrid(table).flat().filter((cell) => cell !== null).length
          const area = table.cells.reduce((sum, cell) => sum + cell.rowSpan * cell.colSpan, 0)
          expect(covered).toBe(area)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('reads a damaged PDF to a result or a reason, never a throw', async () => {
    const original = new Uint8Array(readFileSync(join(import.meta.dirname, '../fixtures/tables/pdf/self-evaluation-form.pdf')))
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ at: fc.nat(original.length - 1), byte: fc.nat(255) }), { minLength: 1, maxLength: 40 }), async (flips) => {
        const bytes = original.slice()
        for (const { at, byte } of flips) bytes[at] = byte
        const result = await extractPdfInNode(bytes)
        expect(result.ok || ['not-a-pdf', 'no-text-layer', 'encrypted', 'failed'].includes(result.reason)).toBe(true)
      }),
      { numRuns: 12 },
    )
  }, 60_000)
})
