/**
 * axe-core for the end-to-end tests. axe is injected with page.evaluate(source): evaluation from
 * the test runner is not subject to the built page's Content-Security-Policy (script-src 'self'),
 * so unlike page.addScriptTag it needs no bypassCSP, and the page keeps the policy it ships with.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'
import { expect } from 'vitest'

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

interface Violation {
  id: string
  impact: string | null
  help: string
  nodes: string[]
}

/** Every violation axe reports on the whole document, with the elements and why, for the failure message. */
async function axeViolations(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE)
  return page.evaluate(async () => {
    type AxeNode = { target: string[]; failureSummary?: string }
    type AxeResult = { id: string; impact: string | null; help: string; nodes: AxeNode[] }
    const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: AxeResult[] }> } }).axe
    const { violations } = await axe.run(document, { resultTypes: ['violations'] })
    return violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`),
    }))
  })
}

/** Fails with the serious and critical violations spelled out; prints the lesser ones. */
export async function expectNoSeriousViolation(page: Page, where: string): Promise<void> {
  // The charts are a lazy chunk: audit the page they are part of, not the loading placeholder.
  await page.locator('.chart-canvas canvas').first().waitFor()
  const violations = await axeViolations(page)
  const minor = violations.filter((v) => v.impact !== 'serious' && v.impact !== 'critical')
  if (minor.length > 0) console.info(`axe (${where}), moderate or minor:\n${JSON.stringify(minor, null, 2)}`)
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious, `axe (${where}):\n${JSON.stringify(serious, null, 2)}`).toEqual([])
}
