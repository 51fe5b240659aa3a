/**
 * Accessibility: axe-core finds no serious or critical violation on the dashboard and with the
 * drill-down open, in the light and the dark scheme — the system's (prefers-color-scheme) and the
 * one chosen with the page's 配色 toggle (data-theme on <html>). The choice is remembered, the
 * charts follow it, and reduced motion stops the page's transitions.
 *
 * axe is injected with page.evaluate(source): evaluation from the test runner is not subject to the
 * built page's Content-Security-Policy (script-src 'self'), so unlike page.addScriptTag it needs no
 * bypassCSP, and the page keeps the policy it ships with.
 */
import type { Locator, Page } from 'playwright-core'
import { afterAll, describe, expect, it } from 'vitest'
import { expectNoSeriousViolation } from './axe.ts'
import { suiteHarness, type Harness } from './harness.ts'
import {
  chart,
  chartCanvas,
  drawer,
  expectCleanRun,
  expectDrawerOpen,
  expectSaid,
  lightLabelPixels,
  openApp,
  POLL,
  projectRows,
  projectTable,
  settled,
  showCharts,
} from './helpers.ts'

const FIRST = '2018年基层党建及队伍教育管理'

const themeAttribute = (page: Page): Promise<string | null> => page.evaluate(() => document.documentElement.getAttribute('data-theme'))

/** The page's background colour, as computed. */
const pageBackground = (page: Page): Promise<string> => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)

const themeRadio = (page: Page, name: string): Locator => page.getByRole('group', { name: '配色' }).getByRole('radio', { name })

/** The app with no colour-scheme choice stored (a failed test must not leave its choice to the next). */
async function openWithoutChoice(harness: Harness): Promise<Page> {
  const page = await openApp(harness)
  if ((await themeAttribute(page)) !== null) {
    await page.evaluate(() => localStorage.removeItem('jixiao.theme'))
    await page.reload()
    await settled(page)
  }
  return page
}

async function openFirstProject(page: Page): Promise<void> {
  await projectRows(page).first().click()
  await expectDrawerOpen(page, FIRST)
}

describe('accessibility (axe) in both colour schemes', () => {
  const harness = suiteHarness()

  afterAll(() => {
    expectCleanRun(harness)
  })

  it.each(['light', 'dark'] as const)('has no serious violation with the system in %s, on the dashboard and with the drill-down open', async (scheme) => {
    const page = await openWithoutChoice(harness)
    await page.emulateMedia({ colorScheme: scheme })
    expect(await themeAttribute(page)).toBeNull()
    expect(await pageBackground(page)).toBe(scheme === 'dark' ? 'rgb(13, 17, 23)' : 'rgb(255, 255, 255)')
    await expectNoSeriousViolation(page, `system ${scheme}, dashboard`)
    await openFirstProject(page)
    await expectNoSeriousViolation(page, `system ${scheme}, drill-down`)
    await page.close()
  })

  it.each(['light', 'dark'] as const)('has no serious violation with a chart focused and its keyboard cursor shown, the system in %s', async (scheme) => {
    const page = await openWithoutChoice(harness)
    await page.emulateMedia({ colorScheme: scheme })
    await showCharts(page)
    const scatter = chart(page, '决算金额与评价分值')
    await scatter.focus()
    await page.keyboard.press('ArrowRight')
    await expectSaid(page, '2018年干部考评和人才发展工作经费，决算金额 139.30 万元，评价分值 94.51，评价结论 优，1 / 8')
    await expect.poll(() => projectTable(page).locator('tr[data-chart-cursor="true"]').count(), POLL).toBe(1)
    await expectNoSeriousViolation(page, `system ${scheme}, scatter cursor`)
    await page.close()
  })

  it('chooses dark over a light system with the toggle, remembers it, and the charts follow; no serious violation', async () => {
    const page = await openWithoutChoice(harness)
    await page.emulateMedia({ colorScheme: 'light' })
    const grades = chartCanvas(page, '评价等级分布')
    await grades.waitFor()
    expect(await themeRadio(page, '跟随系统').isChecked()).toBe(true)
    expect(await lightLabelPixels(grades)).toBe(0)

    await themeRadio(page, '深色').check()
    await expect.poll(() => themeAttribute(page), POLL).toBe('dark')
    expect(await pageBackground(page)).toBe('rgb(13, 17, 23)')
    // The chart is redrawn with ECharts' dark theme: light labels on the dark page.
    await expect.poll(() => lightLabelPixels(grades), POLL).toBeGreaterThan(50)
    await expectNoSeriousViolation(page, 'chosen dark, dashboard')
    await openFirstProject(page)
    await expectNoSeriousViolation(page, 'chosen dark, drill-down')

    // Remembered across a reload, applied before the charts are drawn.
    await page.reload()
    await settled(page)
    expect(await themeAttribute(page)).toBe('dark')
    expect(await themeRadio(page, '深色').isChecked()).toBe(true)
    await expect.poll(() => lightLabelPixels(chartCanvas(page, '评价等级分布')), POLL).toBeGreaterThan(50)

    // Back to the system's light scheme.
    await themeRadio(page, '跟随系统').check()
    await expect.poll(() => themeAttribute(page), POLL).toBeNull()
    expect(await pageBackground(page)).toBe('rgb(255, 255, 255)')
    await expect.poll(() => lightLabelPixels(chartCanvas(page, '评价等级分布')), POLL).toBe(0)
    await page.close()
  })

  it('chooses light over a dark system; no serious violation with the drill-down open', async () => {
    const page = await openWithoutChoice(harness)
    await page.emulateMedia({ colorScheme: 'dark' })
    await themeRadio(page, '浅色').check()
    await expect.poll(() => themeAttribute(page), POLL).toBe('light')
    expect(await pageBackground(page)).toBe('rgb(255, 255, 255)')
    await openFirstProject(page)
    await expectNoSeriousViolation(page, 'chosen light on a dark system, drill-down')
    await themeRadio(page, '跟随系统').check()
    await expect.poll(() => pageBackground(page), POLL).toBe('rgb(13, 17, 23)')
    await page.close()
  })

  it('turns transitions off when the system asks for reduced motion', async () => {
    const page = await openWithoutChoice(harness)
    // A transition anywhere on the page, as a component would declare it.
    const duration = () =>
      drawer(page)
        .or(page.locator('main'))
        .first()
        .evaluate((el) => {
          el.style.transition = 'opacity 300ms'
          return getComputedStyle(el).transitionDuration
        })
    await page.emulateMedia({ reducedMotion: 'no-preference' })
    expect(await duration()).toBe('0.3s')
    await page.emulateMedia({ reducedMotion: 'reduce' })
    expect(Number.parseFloat(await duration())).toBeLessThan(0.001)
    await page.close()
  })
})
