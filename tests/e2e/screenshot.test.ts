/**
 * The screenshot README.md shows: the built dashboard with the bundled 2018 report, 1280 px wide,
 * in the Chinese interface, its charts drawn. Written to tests/screenshots/dashboard.png on every
 * run, so it stays current. Made to come out the same each time: reduced motion (the charts are
 * drawn without their entry animation), the light scheme, the fonts loaded, every chart finished,
 * nothing focused or hovered, no caret.
 */
import { mkdir, readFile, stat } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { suiteHarness } from './harness.ts'
import { chartCanvas, expectCleanRun, gotoApp, pageIdle, paintedPixels, POLL, showCharts } from './helpers.ts'

const SCREENSHOT = resolve(import.meta.dirname, '../screenshots/dashboard.png')
const VIEWPORT = { width: 1280, height: 800 }
/** Below the last chart shown, the page's background before the cut. */
const MARGIN_BELOW = 24
const CHART_HEADINGS = ['决算金额与评价分值', '评价等级分布', '预算执行率', '问题主题'] as const

describe('the README screenshot', () => {
  const harness = suiteHarness()

  it('saves the dashboard of the bundled report, charts drawn, to tests/screenshots/dashboard.png', async () => {
    const page = await harness.open('about:blank', { viewport: VIEWPORT })
    page.setDefaultTimeout(POLL.timeout)
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' })
    await gotoApp(harness, page)
    await showCharts(page)
    for (const heading of CHART_HEADINGS) {
      // Pixels, not just an element: the canvas must have been painted, and stopped changing.
      let last = -1
      await expect
        .poll(async () => {
          const now = await paintedPixels(chartCanvas(page, heading).first())
          const steady = now > 500 && now === last
          last = now
          return steady
        }, POLL)
        .toBe(true)
    }
    await page.evaluate(async () => {
      await document.fonts.ready
      ;(document.activeElement as HTMLElement | null)?.blur()
      window.scrollTo(0, 0)
    })
    await page.mouse.move(0, 0)
    await pageIdle(page)
    // From the top down to the grade and execution-rate charts' row (about 1,330 px): the first
    // screen and the charts below it; the heat map and the table are left out.
    const height = await page
      .getByRole('region', { name: '预算执行率' })
      .evaluate((el, margin) => Math.ceil(el.getBoundingClientRect().bottom + window.scrollY + margin), MARGIN_BELOW)

    await mkdir(dirname(SCREENSHOT), { recursive: true })
    await page.screenshot({
      path: SCREENSHOT,
      type: 'png',
      fullPage: true,
      clip: { x: 0, y: 0, width: VIEWPORT.width, height },
      animations: 'disabled',
      caret: 'hide',
    })
    const png = await readFile(SCREENSHOT)
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    // IHDR: the clip at device pixel ratio 1.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([VIEWPORT.width, height])
    expect((await stat(SCREENSHOT)).size).toBeLessThan(400_000)
    await page.close()
  })

  it('logs no console error or page error and sends no request to another origin', () => {
    expectCleanRun(harness)
  })
})
