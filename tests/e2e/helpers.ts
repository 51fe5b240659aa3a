/**
 * Page helpers shared by the end-to-end files: how a user finds the table, the charts and the
 * drawer, and conditions to wait for. Everything waits for a state, never for a fixed time.
 */
import type { Locator, Page } from 'playwright-core'
import { expect } from 'vitest'
import type { Harness } from './harness.ts'

/** The eight projects of the bundled 2018 report, in document order. */
export const PROJECT_NAMES = [
  '2018年基层党建及队伍教育管理',
  '2018年党代表工作经费',
  '2018年干部考评和人才发展工作经费',
  '2018年度领导干部培训经费项目',
  '2018年党建服务工作经费项目',
  '2018年度在线学习工作经费项目',
  '2018年上海市党员干部现代远程教育工作经费',
  '2018年组织部门建设和管理工作',
] as const

/** How long a polled condition may take; generous for a 2-core CI machine, never slept through. */
export const POLL = { timeout: 10_000 } as const

/** Opens `path` and waits until the report has loaded (or failed to). */
export async function openApp(harness: Harness, path = '', viewport?: { width: number; height: number }): Promise<Page> {
  const page = await harness.open(path, { viewport })
  // A missing element fails in 10 s, not Playwright's default 30 s.
  page.setDefaultTimeout(POLL.timeout)
  await settled(page)
  return page
}

/** Navigates the page to `path` (a fresh view) and waits for the report. */
export async function gotoApp(harness: Harness, page: Page, path = ''): Promise<void> {
  await page.goto(new URL(path, harness.baseUrl).href)
  await settled(page)
}

/**
 * Waits until the page has finished loading the report, whatever the outcome, and has laid out
 * what follows the first screen (the table and the charts' place come in a transition after it).
 */
export async function settled(page: Page): Promise<void> {
  await page.locator('main[aria-busy="false"]').waitFor()
  await page.locator('.page-pending').waitFor({ state: 'detached' })
}

/**
 * Waits until the page has nothing left to do: two frames (so what an input changed has been
 * rendered and painted), then two idle periods in a row. React renders a transition or a deferred
 * value (the rows below the first screen, the charts' input) in slices, each in a task of its own,
 * so the browser finds no idle time until that render is over. A check that something did NOT
 * happen means something only after this; two frames alone can pass before the deferred render.
 */
export async function pageIdle(page: Page, timeout: number = POLL.timeout): Promise<void> {
  await page.evaluate(
    (ms) =>
      new Promise<void>((resolve, reject) => {
        const idle = (then: () => void) =>
          requestIdleCallback((deadline) => (deadline.didTimeout ? reject(new Error(`the page was not idle within ${ms} ms`)) : then()), {
            timeout: ms,
          })
        requestAnimationFrame(() => requestAnimationFrame(() => idle(() => idle(resolve))))
      }),
    timeout,
  )
}

/** The project table, in either interface language; its caption names it, which tells it apart from the drawer's table. */
export const projectTable = (page: Page): Locator =>
  page.getByRole('table', { name: /^(项目绩效评价结果|Project performance-evaluation results)/ })

/** The table's project rows (not the "no match" row). */
export const projectRows = (page: Page): Locator => projectTable(page).locator('tbody tr[data-row-id]')

/** The names in the table's row headers, in document order. */
export async function rowNames(page: Page): Promise<string[]> {
  // The name only, not the search snippet under it.
  const names = await projectRows(page).locator('th[scope="row"] .project-name').allTextContents()
  return names.map((name) => name.trim())
}

/** Waits until the table lists exactly `names`, in this order. */
export async function expectRowNames(page: Page, names: readonly string[]): Promise<void> {
  await expect.poll(() => rowNames(page), POLL).toEqual(names)
}

/** The search box, by its label. */
export const searchBox = (page: Page): Locator => page.getByRole('searchbox', { name: '搜索项目、问题与整改' })

/** A column header's sort button, by the header text (the arrow beside it is aria-hidden). */
export const sortButton = (page: Page, header: string): Locator =>
  projectTable(page).locator('thead').getByRole('button', { name: header, exact: true })

/** The <th> holding a column's sort button. */
export const columnHeader = (page: Page, header: string): Locator =>
  projectTable(page)
    .locator('thead th')
    .filter({ has: page.getByRole('button', { name: header, exact: true }) })

/** aria-sort of every column header, keyed by header text. */
export async function ariaSorts(page: Page): Promise<Record<string, string | null>> {
  return projectTable(page)
    .locator('thead th')
    .evaluateAll((cells) =>
      Object.fromEntries(
        cells.map((th) => [th.querySelector('button')?.firstChild?.textContent?.trim() ?? '', th.getAttribute('aria-sort')]),
      ),
    )
}

/** The drill-down drawer and its heading. */
export const drawer = (page: Page): Locator => page.locator('aside[aria-labelledby="drawer-title"]')
export const drawerHeading = (page: Page): Locator => page.locator('#drawer-title')

/** Waits until the drawer shows `name`. */
export async function expectDrawerOpen(page: Page, name: string): Promise<void> {
  await expect.poll(async () => (await drawerHeading(page).count()) > 0 && (await drawerHeading(page).textContent()), POLL).toBe(name)
}

/** Waits until no drawer is shown. */
export async function expectDrawerClosed(page: Page): Promise<void> {
  await drawer(page).waitFor({ state: 'detached' })
}

/** The query parameters of the page's current URL. */
export const urlParams = (page: Page): URLSearchParams => new URL(page.url()).searchParams

/** Waits until the URL's query satisfies `test` (the app writes it ~250 ms after a change). */
export async function waitForUrl(page: Page, test: (params: URLSearchParams) => boolean): Promise<void> {
  await expect.poll(() => test(urlParams(page)), POLL).toBe(true)
}

/**
 * A chart's ECharts container, found by its panel heading: a keyboard-operable tab stop
 * (role="application", named by the chart's description).
 */
export const chart = (page: Page, heading: string): Locator => page.getByRole('region', { name: heading }).getByRole('application')

/** The page's one polite live region (src/ui/LiveRegion.tsx): what it says now. */
export const liveRegion = (page: Page): Locator => page.locator('.live-region[role="status"]')

/** Waits until the live region says exactly `text`. */
export async function expectSaid(page: Page, text: string): Promise<void> {
  await expect.poll(async () => (await liveRegion(page).textContent()) ?? '', POLL).toBe(text)
}

/** The chart's HTML tooltip holding `text`: a child of the ECharts container, next to its canvas layer. */
export const chartTooltip = (page: Page, heading: string, text: string): Locator =>
  chart(page, heading).locator('.chart-canvas > div').filter({ hasText: text })

/** The canvas a chart draws on. */
export const chartCanvas = (page: Page, heading: string): Locator => chart(page, heading).locator('canvas')

/** Pixels of a canvas that something was drawn on (the charts' background is transparent). */
export async function paintedPixels(canvas: Locator): Promise<number> {
  return canvas.evaluate((c: HTMLCanvasElement) => {
    const context = c.getContext('2d')
    if (context === null || c.width === 0 || c.height === 0) return 0
    const data = context.getImageData(0, 0, c.width, c.height).data
    let painted = 0
    for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) painted++
    return painted
  })
}

/**
 * Opaque light pixels in the bottom strip of a chart's canvas, where the category axis labels are
 * (优 良 中 差 on the grade chart): light text in ECharts' dark theme, none in the light one.
 */
export async function lightLabelPixels(canvas: Locator): Promise<number> {
  return canvas.evaluate((c: HTMLCanvasElement) => {
    const top = Math.floor(c.height * 0.92)
    const data = c.getContext('2d')?.getImageData(0, top, c.width, c.height - top).data
    if (data === undefined) return 0
    let light = 0
    for (let i = 0; i < data.length; i += 4) {
      if ((data[i + 3] ?? 0) > 200 && Math.min(data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0) > 150) light++
    }
    return light
  })
}

/** A filled mark found on a canvas: its centre in CSS pixels relative to the canvas, and its size. */
export interface Mark {
  x: number
  y: number
  pixels: number
}

/**
 * The scatter's points, found in the canvas image: symbols are drawn at opacity 0.85 on a
 * transparent canvas, so their pixels have alpha ≈ 217, unlike the opaque axes, lines and text.
 * Connected blobs of at least `minPixels` such pixels inside `area` are points; overlapping
 * symbols merge or split, so callers pick isolated ones.
 */
export async function findMarks(
  canvas: Locator,
  area: { left: number; top: number; right: number; bottom: number },
  minPixels = 40,
): Promise<Mark[]> {
  return canvas.evaluate(
    (c: HTMLCanvasElement, [a, min]) => {
      const scale = c.width / c.getBoundingClientRect().width
      const w = c.width
      const h = c.height
      const data = c.getContext('2d')?.getImageData(0, 0, w, h).data
      if (data === undefined) return []
      const seen = new Uint8Array(w * h)
      const isMark = (i: number): boolean => {
        const alpha = data[i * 4 + 3] ?? 0
        return alpha >= 180 && alpha <= 240
      }
      const marks: { x: number; y: number; pixels: number }[] = []
      for (let y = Math.round(a.top * scale); y < Math.round(a.bottom * scale); y++) {
        for (let x = Math.round(a.left * scale); x < Math.round(a.right * scale); x++) {
          const start = y * w + x
          if (seen[start] === 1 || !isMark(start)) continue
          seen[start] = 1
          const stack = [start]
          let n = 0
          let sx = 0
          let sy = 0
          while (stack.length > 0) {
            const i = stack.pop() ?? 0
            n++
            sx += i % w
            sy += Math.floor(i / w)
            for (const j of [i - 1, i + 1, i - w, i + w]) {
              if (j >= 0 && j < w * h && seen[j] !== 1 && isMark(j)) {
                seen[j] = 1
                stack.push(j)
              }
            }
          }
          if (n >= min * scale * scale) marks.push({ x: sx / n / scale, y: sy / n / scale, pixels: Math.round(n / scale / scale) })
        }
      }
      return marks
    },
    [area, minPixels] as const,
  )
}

/** Scrolls the charts' place into view, which loads them, and waits for the first chart's canvas. */
export async function showCharts(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelector('.charts')?.scrollIntoView())
  await page.locator('.chart-canvas canvas').first().waitFor()
}

/** Every console error, page error and off-origin request seen by the suite's pages. */
export function expectCleanRun(harness: Harness): void {
  expect(harness.logs.flatMap((log) => log.consoleErrors)).toEqual([])
  expect(harness.logs.flatMap((log) => log.pageErrors)).toEqual([])
  expect(harness.foreignRequests).toEqual([])
}
