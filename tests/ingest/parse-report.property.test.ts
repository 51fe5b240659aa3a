import { readFileSync } from 'node:fs'
import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseReport } from '../../src/ingest/parse-report.ts'

const bundled = readFileSync(
  new URL('../../public/data/shanghai-organization-department-2018.txt', import.meta.url),
  'utf8',
)
const bundledLines = bundled.split('\n')

/** Checks the shape every result must have, whatever the input. */
function expectWellFormed(text: string): void {
  const result = parseReport(text, { sourceName: 'fuzz.txt' })
  expect(result.dataset.sourceName).toBe('fuzz.txt')
  const lineCount = text.split(/\r\n|\r|\n/).length
  for (const project of result.dataset.projects) {
    expect(project.source.startLine).toBeGreaterThanOrEqual(1)
    expect(project.source.endLine).toBeGreaterThanOrEqual(project.source.startLine)
    expect(project.source.endLine).toBeLessThanOrEqual(lineCount)
    if (project.score !== null) expect(project.score).toBeLessThanOrEqual(100)
    if (project.amountWan !== null) expect(Number.isFinite(project.amountWan)).toBe(true)
  }
  for (const d of result.diagnostics) {
    expect(['error', 'warning']).toContain(d.level)
    expect(d.message.length).toBeGreaterThan(0)
  }
  if (result.dataset.projects.length === 0) {
    expect(result.diagnostics.map((d) => d.code)).toContain('no-blocks')
  }
}

const reportAlphabet = fc.constantFrom(
  ...'绩效评价结果信息表项目名称决算金额评价分值结论主要存在问题整改建议情况优良中差万元亿（）()1234567890.、:：%预算执行率为 \n\r\f\t'.split(''),
)

// Property runs take seconds on a loaded 2-core machine; the limit is generous so only a hang fails.
describe('parseReport never throws', { timeout: 30_000 }, () => {
  it('on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), expectWellFormed), { numRuns: 300 })
  })

  it('on strings made of report vocabulary', () => {
    fc.assert(fc.property(fc.string({ unit: reportAlphabet, maxLength: 600 }), expectWellFormed), { numRuns: 500 })
  })

  it('on the bundled report cut at any point', () => {
    fc.assert(
      fc.property(fc.nat({ max: bundled.length }), fc.nat({ max: bundled.length }), (a, b) => {
        expectWellFormed(bundled.slice(Math.min(a, b), Math.max(a, b)))
      }),
      { numRuns: 200 },
    )
  })

  it('on the bundled report with its lines shuffled', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(bundledLines, { minLength: 0 }), (lines) => expectWellFormed(lines.join('\n'))),
      { numRuns: 100 },
    )
  })

  it('on the bundled report with characters replaced, inserted and deleted', () => {
    const edit = fc.record({
      at: fc.nat({ max: bundled.length }),
      remove: fc.nat({ max: 20 }),
      insert: fc.string({ unit: reportAlphabet, maxLength: 20 }),
    })
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 30 }), (edits) => {
        let text = bundled
        for (const e of edits) text = text.slice(0, e.at) + e.insert + text.slice(e.at + e.remove)
        expectWellFormed(text)
      }),
      { numRuns: 150 },
    )
  })
})
