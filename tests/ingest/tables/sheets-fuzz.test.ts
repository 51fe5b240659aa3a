import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { TableReadResult } from '../../../src/domain/cell-table.ts'
import { readXls } from '../../../src/ingest/tables/read-xls.ts'
import { readXlsx } from '../../../src/ingest/tables/read-xlsx.ts'

const SHEETS = join(import.meta.dirname, '../../fixtures/tables/sheets')
const REASONS = ['encrypted', 'macro-enabled', 'too-large', 'damaged', 'word-97', 'not-a-document']
const LIMITS = { maxInflatedBytes: 8 * 1024 * 1024, maxCells: 100_000 }

/** A result, or a reason with a Chinese sentence: never a throw. */
const answered = (result: TableReadResult): boolean =>
  result.ok ? result.document.parts.every((part) => part.kind === 'text' || part.table.cells.length <= LIMITS.maxCells) : REASONS.includes(result.reason) && result.detail !== ''

describe.each([
  ['read-xlsx', 'workbook.xlsx', readXlsx],
  ['read-xls', 'workbook.xls', readXls],
] as const)('%s on damaged bytes', (_, fixture, read) => {
  const original = new Uint8Array(readFileSync(join(SHEETS, fixture)))

  it('answers every flipped, cut or spliced file with tables or a reason', () => {
    const damage = fc.oneof(
      fc.array(fc.record({ at: fc.nat(original.length - 1), byte: fc.nat(255) }), { minLength: 1, maxLength: 30 }).map((flips) => {
        const bytes = original.slice()
        for (const { at, byte } of flips) bytes[at] = byte
        return bytes
      }),
      fc.nat(original.length).map((end) => original.slice(0, end)),
      fc.tuple(fc.nat(original.length), fc.uint8Array({ maxLength: 512 })).map(([at, junk]) => {
        const bytes = new Uint8Array(original.length + junk.length)
        bytes.set(original.subarray(0, at))
        bytes.set(junk, at)
        bytes.set(original.subarray(at), at + junk.length)
        return bytes
      }),
    )
    fc.assert(
      fc.property(damage, (bytes) => {
        expect(answered(read(bytes, LIMITS))).toBe(true)
      }),
      { seed: 1203, numRuns: 300 },
    )
  })
})
