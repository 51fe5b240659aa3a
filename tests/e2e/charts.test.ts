/**
 * The charts as a user works them with the mouse: a click on the 良 bar filters by grade, the
 * scatter's tooltip names a point (as text), a click on a point opens it, and a rectangle drawn with
 * the toolbox brush filters the table and the URL until it is cleared.
 *
 * The canvas has no DOM for its marks, so positions come from the canvas itself: the grade bars from
 * the chart's box and its grid margins (checked against the bar's colour before clicking), the
 * scatter points from the pixels of their symbols (see findMarks), the toolbox icons from their
 * pixels in the top-right corner. Every wait is for a condition (pixels, URL, rows, tooltip text).
 */
import type { Locator, Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { suiteHarness } from './harness.ts'
import {
  chart,
  chartTooltip,
  chartCanvas,
  drawerHeading,
  expectCleanRun,
  expectDrawerOpen,
  expectRowNames,
  findMarks,
  lightLabelPixels,
  gotoApp,
  type Mark,
  openApp,
  POLL,
  PROJECT_NAMES,
  rowNames,
  urlParams,
  waitForUrl,
} from './helpers.ts'

const SCATTER = '决算金额与评价分值'
const GRADES_CHART = '评价等级分布'

/** A project name with markup that would run if a tooltip rendered it as HTML. */
const HOSTILE_NAME = '2018年干部考评<img src=x onerror=window.xssRan=1>人才发展工作经费'

type Rgb = readonly [number, number, number]

/** GRADE_COLORS.良 (#0969da) and .优 (#1a7f37) of src/charts/chart-style.ts. */
const GOOD_BLUE: Rgb = [0x09, 0x69, 0xda]
const EXCELLENT_GREEN: Rgb = [0x1a, 0x7f, 0x37]
/** The 良 bar's stripes: its blue under the decals' half-transparent white (DECAL_COLOR). */
const GOOD_STRIPE: Rgb = [132, 180, 237]

const near = (colour: Rgb, target: Rgb): boolean => colour.every((c, i) => Math.abs(c - (target[i] ?? 0)) < 24)

/** The opaque colours of a square of canvas `2 × radius + 1` CSS px wide around (x, y). */
async function patchColours(canvas: Locator, x: number, y: number, radius: number): Promise<Rgb[]> {
  return canvas.evaluate(
    (c: HTMLCanvasElement, [px, py, r]) => {
      const scale = c.width / c.getBoundingClientRect().width
      const size = Math.round((2 * r + 1) * scale)
      const d = c.getContext('2d')?.getImageData(Math.round((px - r) * scale), Math.round((py - r) * scale), size, size).data
      if (d === undefined) return []
      const colours: [number, number, number][] = []
      for (let i = 0; i < d.length; i += 4) if ((d[i + 3] ?? 0) > 200) colours.push([d[i] ?? 0, d[i + 1] ?? 0, d[i + 2] ?? 0])
      return colours
    },
    [x, y, radius] as const,
  )
}

/** Whether a patch shows the 良 bar's pattern: its blue and its stripes. */
const stripedBlue = (colours: readonly Rgb[]): boolean => colours.some((c) => near(c, GOOD_BLUE)) && colours.some((c) => near(c, GOOD_STRIPE))
/** Whether a patch is the 优 bar's solid green, and nothing else. */
const solidGreen = (colours: readonly Rgb[]): boolean => colours.length > 50 && colours.every((c) => near(c, EXCELLENT_GREEN))

const GOOD_PROJECTS = ['2018年党建服务工作经费项目', '2018年上海市党员干部现代远程教育工作经费', '2018年组织部门建设和管理工作']
/** The two projects above 900 万元, far right of the scatter. */
const LARGEST_PROJECTS = ['2018年度在线学习工作经费项目', '2018年组织部门建设和管理工作']

interface Box {
  x: number
  y: number
  width: number
  height: number
}

/** Scrolls the chart to the middle of the viewport and returns its box in viewport pixels. */
async function chartBox(target: Locator): Promise<Box> {
  await target.evaluate((el) => el.scrollIntoView({ block: 'center', inline: 'nearest' }))
  const box = await target.boundingBox()
  if (box === null) throw new Error('chart is not rendered')
  return box
}

/** The scatter's plot area inside its canvas: grid { left: 52, right: 48, top: 44, bottom: 46 } (scatter-option.ts). */
const plotArea = (box: Box) => ({ left: 52, top: 44, right: box.width - 48, bottom: box.height - 46 })

/**
 * The scatter's points once drawn: 8 projects, of which two (267.36/90.13 and 269.59/89.6) overlap,
 * so at least six whole symbols. Waits for the entry animation to bring them to size.
 */
async function scatterMarks(page: Page): Promise<{ box: Box; marks: Mark[] }> {
  const box = await chartBox(chart(page, SCATTER))
  let marks: Mark[] = []
  await expect
    .poll(async () => {
      marks = await findMarks(chartCanvas(page, SCATTER), plotArea(box))
      return marks.filter((m) => m.pixels >= 50).length
    }, POLL)
    .toBeGreaterThanOrEqual(6)
  return { box, marks: marks.filter((m) => m.pixels >= 50).toSorted((a, b) => a.x - b.x) }
}

/** The scatter's tooltip: an HTML element ECharts puts in the chart container. */
const scatterTooltip = (page: Page): Locator => chartTooltip(page, SCATTER, '评价分值：')

/** Hovers a point and waits for the tooltip naming `name`; returns the tooltip. */
async function hoverMark(page: Page, box: Box, mark: Mark, name: string): Promise<Locator> {
  await page.mouse.move(box.x + mark.x, box.y + mark.y)
  const tooltip = scatterTooltip(page)
  await expect.poll(async () => (await tooltip.count()) > 0 && (await tooltip.locator('strong').textContent()), POLL).toBe(name)
  await tooltip.waitFor({ state: 'visible' })
  return tooltip
}

/** Centres of the toolbox icons (框选区域, 清除框选), left to right, from their pixels in the top-right corner. */
async function toolboxIcons(page: Page): Promise<{ x: number; y: number }[]> {
  return chartCanvas(page, SCATTER).evaluate((c: HTMLCanvasElement) => {
    const scale = c.width / c.getBoundingClientRect().width
    const top = Math.round(40 * scale)
    const from = c.width - Math.round(120 * scale)
    const data = c.getContext('2d')?.getImageData(0, 0, c.width, top).data
    if (data === undefined) return []
    const inked = (x: number, y: number) => (data[(y * c.width + x) * 4 + 3] ?? 0) > 100
    const icons: { x0: number; x1: number; y0: number; y1: number }[] = []
    for (let x = from; x < c.width; x++) {
      for (let y = 0; y < top; y++) {
        if (!inked(x, y)) continue
        const last = icons.at(-1)
        if (last !== undefined && x - last.x1 <= 3 * scale) {
          last.x1 = x
          last.y0 = Math.min(last.y0, y)
          last.y1 = Math.max(last.y1, y)
        } else icons.push({ x0: x, x1: x, y0: y, y1: y })
      }
    }
    return icons.map((i) => ({ x: (i.x0 + i.x1) / 2 / scale, y: (i.y0 + i.y1) / 2 / scale }))
  })
}

/** Drags a rectangle over the scatter around the two rightmost points (the two projects above 900 万元). */
async function brushLargest(page: Page): Promise<void> {
  const { box, marks } = await scatterMarks(page)
  const area = plotArea(box)
  const [third, second, first] = marks.slice(-3)
  if (third === undefined || second === undefined || first === undefined) throw new Error('too few points')
  const ys = marks.map((m) => m.y)
  const left = (third.x + second.x) / 2
  const right = Math.min(first.x + 30, area.right - 2)
  const top = Math.max(Math.min(...ys) - 15, area.top + 2)
  const bottom = Math.min(Math.max(...ys) + 15, area.bottom - 2)
  await page.mouse.move(box.x + left, box.y + top)
  await page.mouse.down()
  await page.mouse.move(box.x + right, box.y + bottom, { steps: 5 })
  await page.mouse.up()
}

/** The brush in the URL as [amount from, amount to, score from, score to], or null. */
function urlBrush(page: Page): number[] | null {
  const brush = urlParams(page).get('brush')
  return brush === null ? null : brush.split('~').map(Number)
}

async function expectBrushedToLargest(page: Page): Promise<void> {
  await waitForUrl(page, (p) => p.has('brush'))
  await expectRowNames(page, LARGEST_PROJECTS)
  const [a0, a1, s0, s1] = urlBrush(page) ?? []
  // Between the 338.62 and 989.28 万元 points, past 1,059.83; every score of the two inside.
  expect(a0).toBeGreaterThan(338.62)
  expect(a0).toBeLessThan(989.28)
  expect(a1).toBeGreaterThanOrEqual(1059.83)
  expect(s0).toBeLessThanOrEqual(89.81)
  expect(s1).toBeGreaterThanOrEqual(90.61)
}

describe('chart interactions', () => {
  const harness = suiteHarness()
  let page: Page

  beforeAll(async () => {
    page = await openApp(harness)
  })

  it('toggles the grade filter with a click on the 良 bar', async () => {
    const box = await chartBox(chart(page, GRADES_CHART))
    // grid { left: 40, right: 12, top: 44, bottom: 28 } (grade-option.ts); bars 优 良 中 差, left to right.
    const x = 40 + ((box.width - 40 - 12) * 1.5) / 4
    const y = box.height - 28 - 10
    // The 良 bar (3 projects) is drawn there, grown past its base, in its blue with white stripes.
    await expect.poll(async () => stripedBlue(await patchColours(chartCanvas(page, GRADES_CHART), x, y, 6)), POLL).toBe(true)
    const goodChip = page.getByRole('group', { name: '按评价结论筛选' }).getByRole('button', { name: /^良/ })

    await page.mouse.click(box.x + x, box.y + y)
    await expectRowNames(page, GOOD_PROJECTS)
    expect(await goodChip.getAttribute('aria-pressed')).toBe('true')
    await waitForUrl(page, (p) => p.get('grade') === '良')

    await page.mouse.click(box.x + x, box.y + y)
    await expectRowNames(page, PROJECT_NAMES)
    expect(await goodChip.getAttribute('aria-pressed')).toBe('false')
    await waitForUrl(page, (p) => !p.has('grade'))
  })

  it('tells the grades apart by pattern, not colour alone: 良 striped, 优 solid, in light and dark', async () => {
    const box = await chartBox(chart(page, GRADES_CHART))
    const column = (i: number) => 40 + ((box.width - 40 - 12) * (i + 0.5)) / 4
    const y = box.height - 28 - 10
    const canvas = chartCanvas(page, GRADES_CHART)
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme })
      // Redrawn in the scheme's ECharts theme first: light axis labels on the dark page, none on the light one.
      if (scheme === 'dark') await expect.poll(() => lightLabelPixels(canvas), POLL).toBeGreaterThan(50)
      else await expect.poll(() => lightLabelPixels(canvas), POLL).toBe(0)
      await expect.poll(async () => stripedBlue(await patchColours(canvas, column(1), y, 6)), POLL).toBe(true)
      await expect.poll(async () => solidGreen(await patchColours(canvas, column(0), y, 6)), POLL).toBe(true)
    }
    await page.emulateMedia({ colorScheme: 'light' })
  })

  it('shows a point’s project in its tooltip, as text', async () => {
    const { box, marks } = await scatterMarks(page)
    // The leftmost point: the smallest amount, 139.30 万元.
    const leftmost = marks[0]
    if (leftmost === undefined) throw new Error('no point found')
    const tooltip = await hoverMark(page, box, leftmost, '2018年干部考评和人才发展工作经费')
    const text = (await tooltip.textContent()) ?? ''
    expect(text).toContain('决算金额：139.30 万元')
    expect(text).toContain('评价分值：94.51')
    expect(text).toContain('评价结论：优')
    expect(await tooltip.locator('img').count()).toBe(0)
  })

  it('keeps report text that looks like HTML as text in the tooltip', async () => {
    // The same report, with markup in a project name: the tooltip must show it, not run it.
    const hostile = await harness.open('about:blank')
    hostile.setDefaultTimeout(POLL.timeout)
    await hostile.route('**/data/shanghai-organization-department-2018.txt', async (route) => {
      const response = await route.fetch()
      const text = (await response.text()).replace('项目名称 2018年干部考评和人才发展工作经费', `项目名称 ${HOSTILE_NAME}`)
      await route.fulfill({ response, body: text })
    })
    await gotoApp(harness, hostile)
    expect(await rowNames(hostile)).toContain(HOSTILE_NAME)

    const { box, marks } = await scatterMarks(hostile)
    const leftmost = marks[0]
    if (leftmost === undefined) throw new Error('no point found')
    const tooltip = await hoverMark(hostile, box, leftmost, HOSTILE_NAME)
    expect(await tooltip.locator('img').count()).toBe(0)
    expect(await hostile.evaluate(() => (window as { xssRan?: unknown }).xssRan)).toBeUndefined()
    await hostile.close()
  })

  it('filters the table to a rectangle brushed on the scatter, until the brush is cleared', async () => {
    const [rectIcon, clearIcon] = await toolboxIcons(page)
    if (rectIcon === undefined || clearIcon === undefined) throw new Error('toolbox icons not found')
    const box = await chartBox(chart(page, SCATTER))
    await page.mouse.click(box.x + rectIcon.x, box.y + rectIcon.y)

    await brushLargest(page)
    await expectBrushedToLargest(page)
    const pill = page.getByRole('group', { name: '当前筛选' }).getByRole('button', { name: /^清除框选：金额/ })
    await pill.click()
    await expectRowNames(page, PROJECT_NAMES)
    await waitForUrl(page, (p) => !p.has('brush'))

    // The brush tool stays on: draw again, then clear with the toolbox's own button.
    await brushLargest(page)
    await expectBrushedToLargest(page)
    const again = await chartBox(chart(page, SCATTER))
    await page.mouse.click(again.x + clearIcon.x, again.y + clearIcon.y)
    await expectRowNames(page, PROJECT_NAMES)
    await waitForUrl(page, (p) => !p.has('brush'))
  })

  it('opens the project of a clicked point', async () => {
    const { box, marks } = await scatterMarks(page)
    // The rightmost point: the largest amount, 1,059.83 万元.
    const rightmost = marks.at(-1)
    if (rightmost === undefined) throw new Error('no point found')
    const tooltip = await hoverMark(page, box, rightmost, '2018年组织部门建设和管理工作')
    const name = (await tooltip.locator('strong').textContent()) ?? ''
    await page.mouse.click(box.x + rightmost.x, box.y + rightmost.y)
    await expectDrawerOpen(page, name)
    expect(await drawerHeading(page).textContent()).toBe('2018年组织部门建设和管理工作')
    await waitForUrl(page, (p) => p.get('open') !== null)
  })

  it('logs no console error or page error and sends no request to another origin', () => {
    expectCleanRun(harness)
  })
})
