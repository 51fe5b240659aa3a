/**
 * Layouts and print: the page never scrolls sideways from 375 px to 2560 px; at 375 px the charts
 * stack, the key figures wrap, the table keeps name and score and the drill-down takes the screen;
 * at 2560 px the content is wider and the charts share one row. Printed (print media, and a PDF),
 * the page is the audit memo: the open project with its aligned items and source, or the selection
 * with its charts at paper width and its table — and nothing of the app's chrome. Printed through
 * window.print() (stubbed: `beforeprint`, what would print, `afterprint`) or a bare `beforeprint`
 * (Ctrl+P), the page renders for paper before the event returns: print snapshots of the charts,
 * every row, the memo's sources. Of 300 projects, the memo's head states its filters, order, dataset
 * and print time, its pages are numbered, it fills the paper's width and its citation numbers print
 * whole.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import type { Locator, Page } from 'playwright-core'
import { afterAll, describe, expect, it } from 'vitest'
import { generateReport } from '../../src/generate/generate-report.ts'
import { suiteHarness, type Harness } from './harness.ts'
import { chooseFiles } from './import-helpers.ts'
import {
  drawer,
  drawerHeading,
  expectCleanRun,
  expectDrawerOpen,
  openApp,
  pageIdle,
  POLL,
  projectRows,
  projectTable,
  searchBox,
  settled,
  showCharts,
  sortButton,
} from './helpers.ts'

const TRAINING = '2018年度领导干部培训经费项目'

const PHONE = { width: 375, height: 800 } as const

async function openAt(harness: Harness, width: number, height = 900): Promise<Page> {
  const page = await openApp(harness, '', { width, height })
  // The charts load when their place scrolls into view; measure the page with them in it.
  await showCharts(page)
  return page
}

const scrollWidth = (page: Page): Promise<number> => page.evaluate(() => document.documentElement.scrollWidth)

/** The texts of the table's column headers that are displayed. */
async function visibleHeaders(page: Page): Promise<string[]> {
  return projectTable(page)
    .locator('thead th')
    .evaluateAll((cells) =>
      cells
        .filter((th) => getComputedStyle(th).display !== 'none')
        .map((th) => th.querySelector('button')?.firstChild?.textContent?.trim() ?? (th.textContent ?? '').trim()),
    )
}

/** How many cells of each project row are displayed. */
async function visibleCellsPerRow(page: Page): Promise<number[]> {
  return projectRows(page).evaluateAll((rows) =>
    rows.map((row) => Array.from(row.children).filter((cell) => getComputedStyle(cell).display !== 'none').length),
  )
}

/** The left edge and top of each chart panel's cell. */
async function chartCells(page: Page): Promise<{ left: number; top: number; width: number }[]> {
  return page.locator('.chart-cell').evaluateAll((cells) =>
    cells.map((cell) => {
      const box = cell.getBoundingClientRect()
      return { left: Math.round(box.left), top: Math.round(box.top), width: Math.round(box.width) }
    }),
  )
}

const distinct = (values: number[]): number => new Set(values).size

/** The height the problem-theme heat map's canvas is given (src/charts/theme-option.ts: taller with upright theme names). */
const heatMapHeight = (page: Page): Promise<string> =>
  page.getByRole('region', { name: '问题主题' }).locator('.chart-canvas').evaluate((el) => (el as HTMLElement).style.height)

const isShown = (locator: Locator): Promise<boolean> =>
  locator.evaluateAll((els) => els.some((el) => el instanceof HTMLElement && el.offsetParent !== null && getComputedStyle(el).visibility !== 'hidden'))

async function openTraining(page: Page): Promise<void> {
  await projectRows(page).filter({ has: page.getByRole('rowheader', { name: TRAINING, exact: true }) }).click()
  await expectDrawerOpen(page, TRAINING)
}

/** The app's controls, by what a user sees: none of them may print. */
function chrome(page: Page): Record<string, Locator> {
  return {
    importButton: page.getByText('导入报告…'),
    printButton: page.getByRole('button', { name: '打印审计备忘录' }),
    copyLinkButton: page.getByRole('button', { name: '复制链接' }),
    themeToggle: page.locator('.theme-toggle'),
    searchBox: searchBox(page),
    gradeChips: page.locator('.grade-chips'),
    rangeFilters: page.locator('.range-filters'),
    exportButtons: page.getByRole('button', { name: /^导出/ }),
    pngButtons: page.getByRole('button', { name: '下载 PNG' }),
    drawerBar: page.getByRole('button', { name: /上一个|下一个|关闭项目详情/ }),
    copyCitation: page.getByRole('button', { name: '复制引用' }),
  }
}

async function shownChrome(page: Page): Promise<string[]> {
  const shown: string[] = []
  for (const [name, locator] of Object.entries(chrome(page))) if (await isShown(locator)) shown.push(name)
  return shown
}

/**
 * Chrome's CJK fonts map some ideographs to Kangxi radicals (NFKC undoes those) or to CJK radical
 * supplement forms (NFKC keeps those: mapped here). Full-width punctuation becomes half-width.
 */
const RADICALS: Readonly<Record<string, string>> = { '⻔': '门', '⻓': '长', '⻆': '角', '⻅': '见', '⻢': '马', '⻜': '飞', '⻚': '页' }
const plain = (text: string): string => text.normalize('NFKC').replace(/[\u2E80-\u2EFF]/g, (c) => RADICALS[c] ?? c)

/** A PDF's text, page after page, in plain() form. */
async function pdfText(pdf: Buffer): Promise<{ pages: number; text: string }> {
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise
  let text = ''
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent()
    text += content.items.map((item) => ('str' in item ? item.str : '')).join('')
  }
  const pages = doc.numPages
  await doc.destroy()
  return { pages, text: plain(text) }
}

/** A piece of a PDF page's text: its words, in plain() form, and where it ends on the page (pt from the left). */
interface PdfItem {
  str: string
  left: number
  right: number
}

/** A PDF's pages: their width (pt) and text pieces, in content-stream order. */
async function pdfPages(pdf: Buffer): Promise<{ width: number; items: PdfItem[] }[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise
  const pages: { width: number; items: PdfItem[] }[] = []
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n)
    const items = (await page.getTextContent()).items.flatMap((item) =>
      'str' in item
        ? [{ str: plain(item.str), left: item.transform[4] as number, right: (item.transform[4] as number) + item.width }]
        : [],
    )
    pages.push({ width: page.getViewport({ scale: 1 }).width, items })
  }
  await doc.destroy()
  return pages
}

/** print.css's side margins of the page, 12 mm, in pt. */
const SIDE_MARGIN = (12 / 25.4) * 72

/** What the page holds for paper at one moment: the charts and their print snapshots, the table's rows, the memo's sources. */
interface PaperView {
  charts: number
  snapshots: number
  /** Per snapshot, the pixels not left white (its background): 0 for one drawn blank. */
  snapshotInk: number[]
  rows: number
  sources: number
}

/** One window.print() call: what printed (right after `beforeprint`), and what stayed after `afterprint`. */
interface PrintCall {
  during: PaperView
  after: PaperView
}

/** What installPrintProbe adds to the page's window. */
interface ProbedWindow {
  paperView: () => PaperView
  printCalls: PrintCall[]
}

/**
 * Replaces window.print with what the browser does, less the dialog: `beforeprint`, the page laid
 * out and printed at once — recorded here, in the same task, before any microtask or frame, as the
 * browser takes its snapshot — then `afterprint`. Also gives the page paperView() for a print
 * started without print() (Ctrl+P).
 */
async function installPrintProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const probed = window as unknown as Window & ProbedWindow
    probed.paperView = () => {
      const snapshots = Array.from(document.querySelectorAll<HTMLCanvasElement>('canvas.chart-print-snapshot'))
      const table = Array.from(document.querySelectorAll('table')).find((t) => t.caption?.textContent?.startsWith('项目绩效评价结果') === true)
      return {
        charts: document.querySelectorAll('.chart-canvas').length,
        snapshots: snapshots.length,
        snapshotInk: snapshots.map((canvas) => {
          if (canvas.width === 0 || canvas.height === 0) return 0
          const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data
          if (data === undefined) return 0
          let ink = 0
          for (let i = 0; i < data.length; i += 4) if (Math.min(data[i] ?? 255, data[i + 1] ?? 255, data[i + 2] ?? 255) < 240) ink++
          return ink
        }),
        rows: table?.querySelectorAll('tbody tr[data-row-id]').length ?? -1,
        sources: document.querySelectorAll('.print-memo-sources ol > li').length,
      }
    }
    probed.printCalls = []
    window.print = () => {
      window.dispatchEvent(new Event('beforeprint'))
      const during = probed.paperView()
      window.dispatchEvent(new Event('afterprint'))
      probed.printCalls.push({ during, after: probed.paperView() })
    }
  })
}

const printCalls = (page: Page): Promise<PrintCall[]> => page.evaluate(() => (window as unknown as ProbedWindow).printCalls)

/** The charts' placeholder says they load on scroll, and no chart is there: the charts have not loaded. */
async function expectChartsNotLoaded(page: Page): Promise<void> {
  await pageIdle(page)
  expect(await page.locator('.charts [role="status"]').textContent()).toBe('图表在滚动到此处时加载。')
  expect(await page.locator('.chart-canvas').count()).toBe(0)
}

/** Every snapshot has something drawn on it: at least this many pixels not white. */
const INKED = 2_000

describe('layouts from 375 px to 2560 px', () => {
  const harness = suiteHarness()

  afterAll(() => {
    expectCleanRun(harness)
  })

  it('on a phone, loads the charts (and ECharts) only when their place is scrolled into view', async () => {
    const page = await harness.open('', { viewport: { width: 375, height: 800 } })
    page.setDefaultTimeout(POLL.timeout)
    const scripts: string[] = []
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname)
    })
    await settled(page)
    await expect.poll(() => page.locator('.charts [role="status"]').textContent(), POLL).toBe('图表在滚动到此处时加载。')
    expect(scripts.filter((p) => p.includes('ChartsPanel'))).toEqual([])
    expect(await page.locator('.chart-canvas').count()).toBe(0)

    await showCharts(page)
    expect(scripts.filter((p) => p.includes('ChartsPanel'))).toHaveLength(1)
    expect(await page.locator('.chart-canvas').count()).toBe(4)
    await page.close()
  })

  it('at 375 px: no sideways scroll, charts in one column, key figures wrapped, name and score only, full-width drill-down', async () => {
    const page = await openAt(harness, 375, 800)
    expect(await scrollWidth(page)).toBeLessThanOrEqual(375)

    const cells = await chartCells(page)
    expect(cells.length).toBeGreaterThanOrEqual(3)
    expect(distinct(cells.map((c) => c.left))).toBe(1)
    expect(distinct(cells.map((c) => c.top))).toBe(cells.length)

    // The heat map's theme names stand upright under columns too narrow for them: 72 px taller than at 1024 px.
    expect(await heatMapHeight(page)).toBe('352px')

    const figureTops = await page.locator('.key-figures dl > div').evaluateAll((items) => items.map((i) => Math.round(i.getBoundingClientRect().top)))
    expect(distinct(figureTops)).toBeGreaterThan(1)

    expect(await visibleHeaders(page)).toEqual(['项目名称', '评价分值'])
    expect(await visibleCellsPerRow(page)).toEqual(Array(8).fill(2))
    const firstRow = projectRows(page).first()
    expect(await firstRow.locator('th').textContent()).toBe('2018年基层党建及队伍教育管理')
    expect(await firstRow.locator('td.num').filter({ hasText: /^\d+\.\d\d$/ }).evaluateAll((tds) =>
      tds.filter((td) => getComputedStyle(td).display !== 'none').map((td) => td.textContent),
    )).toEqual(['93.17'])

    // The rest of the row is one tap away, in the drill-down, which covers the screen.
    await openTraining(page)
    const box = await drawer(page).boundingBox()
    expect(box?.x).toBe(0)
    expect(box?.width).toBe(375)
    expect(await drawer(page).locator('dl.facts').textContent()).toContain('267.36 万元')
    expect(await scrollWidth(page)).toBeLessThanOrEqual(375)
    await page.close()
  })

  it('at 1024 px: no sideways scroll, with or without the drill-down, and every column shown', async () => {
    const page = await openAt(harness, 1024)
    expect(await scrollWidth(page)).toBeLessThanOrEqual(1024)
    expect(await visibleHeaders(page)).toHaveLength(6)
    expect(await heatMapHeight(page)).toBe('280px')
    await openTraining(page)
    expect(await scrollWidth(page)).toBeLessThanOrEqual(1024)
    await page.close()
  })

  it('at 2560 px: the content is wider than 1440 px and the first three charts share one row', async () => {
    const page = await openAt(harness, 2560, 1300)
    expect(await scrollWidth(page)).toBeLessThanOrEqual(2560)
    const width = await page.locator('.workspace').evaluate((el) => el.getBoundingClientRect().width)
    expect(width).toBeGreaterThan(1440)
    const firstRow = (await chartCells(page)).slice(0, 3)
    expect(distinct(firstRow.map((c) => c.top))).toBe(1)
    expect(distinct(firstRow.map((c) => c.left))).toBe(3)
    await page.close()
  })
})

describe('the printed audit memo', () => {
  const harness = suiteHarness()

  afterAll(() => {
    expectCleanRun(harness)
  })

  it('with a project open: its name, facts, source and aligned items, without the chrome, charts or table', async () => {
    const page = await openAt(harness, 1280)
    await openTraining(page)
    await page.emulateMedia({ media: 'print' })

    expect(await isShown(page.getByText('审计备忘录', { exact: true }))).toBe(true)
    expect(await isShown(drawerHeading(page))).toBe(true)
    expect(await drawerHeading(page).textContent()).toBe(TRAINING)
    const items = drawer(page).getByRole('table').locator('tbody tr')
    expect(await items.count()).toBe(4)
    expect(await isShown(items.first())).toBe(true)
    expect(await isShown(drawer(page).getByText('出处'))).toBe(true)
    expect(await isShown(page.locator('.key-figures'))).toBe(true)
    expect(await shownChrome(page)).toEqual([])
    expect(await isShown(page.locator('.charts'))).toBe(false)
    expect(await isShown(projectTable(page))).toBe(false)
    // The drawer is part of the page, not a panel over it.
    expect(await drawer(page).evaluate((el) => [getComputedStyle(el).position, getComputedStyle(el).boxShadow])).toEqual(['static', 'none'])

    const { pages, text } = await pdfText(await page.pdf({ format: 'A4' }))
    expect(pages).toBeGreaterThanOrEqual(1)
    for (const expected of ['审计备忘录', `范围：项目“${TRAINING}”`, '引用：', '第 1 页，共', TRAINING, '决算金额', '267.36 万元', '第 178–256 行', '预算执行率为80.21%，预算执行率偏低。']) {
      expect(text).toContain(plain(expected))
    }
    for (const absent of ['导入报告', '打印审计备忘录', '复制链接', '复制引用', '上一个', '下载 PNG', '导出 CSV', '跟随系统', '搜索项目']) {
      expect(text).not.toContain(plain(absent))
    }
    await page.emulateMedia({ media: 'screen' })
    await page.close()
  })

  it('with no project open: key figures, the charts at paper width and the table of the projects in view, with their sources', async () => {
    const page = await openAt(harness, 1280)
    await page.emulateMedia({ media: 'print' })

    expect(await isShown(page.getByText(/^范围：当前筛选的 8 \/ 8 个项目/))).toBe(true)
    expect(await isShown(page.locator('.key-figures'))).toBe(true)
    expect(await isShown(projectTable(page))).toBe(true)
    expect(await visibleCellsPerRow(page)).toEqual(Array(8).fill(6))
    expect(await shownChrome(page)).toEqual([])

    // One chart under another, each printed as one canvas drawn for the paper's width at more
    // than the screen's resolution (echarts-setup.ts), not a screen canvas scaled down.
    const cells = await chartCells(page)
    expect(distinct(cells.map((c) => c.left))).toBe(1)
    const chartCount = await page.locator('.chart-canvas').count()
    await expect.poll(() => page.locator('.chart-print-snapshot').count(), POLL).toBe(chartCount)
    const charts = await page.locator('.chart-canvas').evaluateAll((boxes) =>
      boxes.map((box) => {
        const snapshot = box.querySelector<HTMLCanvasElement>(':scope > canvas.chart-print-snapshot')
        const css = snapshot?.getBoundingClientRect().width ?? 0
        return { box: box.clientWidth, css, scale: css === 0 ? 0 : (snapshot?.width ?? 0) / css }
      }),
    )
    expect(charts.length).toBeGreaterThanOrEqual(3)
    for (const c of charts) {
      expect(c.box).toBeLessThan(720)
      expect(c.css).toBeCloseTo(c.box, 0)
      // A whole multiple of the laid-out width (to layout rounding): drawn for it, not scaled.
      expect(Math.round(c.scale)).toBeGreaterThanOrEqual(2)
      expect(Math.abs(c.scale - Math.round(c.scale))).toBeLessThan(0.01)
    }

    const { text } = await pdfText(await page.pdf({ format: 'A4' }))
    for (const expected of ['审计备忘录', '决算金额与评价分值', '评价等级分布', '2018年组织部门建设和管理工作', '项目出处', '第518–570行']) {
      expect(text).toContain(plain(expected))
    }
    for (const absent of ['导入报告', '打印审计备忘录', '下载 PNG', '导出 CSV', '跟随系统', '搜索项目']) {
      expect(text).not.toContain(plain(absent))
    }

    // Back on screen, the charts are the screen's again.
    await page.emulateMedia({ media: 'screen' })
    await expect
      .poll(() => page.locator('.chart-cell').first().evaluate((cell) => cell.getBoundingClientRect().width), POLL)
      .toBeGreaterThan(1000)
    // (The media change reaches the charts at the next rendering step, after the layout.)
    await expect.poll(() => page.locator('.chart-print-snapshot').count(), POLL).toBe(0)
    await page.close()
  })

  it('on a phone, 打印审计备忘录 loads the charts first and prints them as snapshots, with every row and source, once', async () => {
    const page = await openApp(harness, '', PHONE)
    await expectChartsNotLoaded(page)
    await installPrintProbe(page)

    await page.getByRole('button', { name: '打印审计备忘录' }).click()
    await expect.poll(async () => (await printCalls(page)).length, POLL).toBe(1)
    await pageIdle(page)
    const calls = await printCalls(page)
    expect(calls).toHaveLength(1)
    const [{ during, after }] = calls as [PrintCall]
    const { snapshotInk, ...printed } = during
    expect(printed).toEqual({ charts: 4, snapshots: 4, rows: 8, sources: 8 })
    expect(snapshotInk).toHaveLength(4)
    for (const ink of snapshotInk) expect(ink).toBeGreaterThan(INKED)
    expect(after).toEqual({ charts: 4, snapshots: 0, snapshotInk: [], rows: 8, sources: 0 })
    // The button printed from the top of the page: the charts loaded off-screen, not by a scroll.
    expect(await page.evaluate(() => window.scrollY)).toBe(0)
    expect(await page.locator('.chart-print-snapshot').count()).toBe(0)
    await page.close()
  })

  it('on a phone, a bare beforeprint (Ctrl+P) prints every row and source without the charts, and asks for them for the next print', async () => {
    const page = await openApp(harness, '', PHONE)
    await expectChartsNotLoaded(page)
    await installPrintProbe(page)

    // Ctrl+P: no print(), the browser dispatches `beforeprint` and lays the page out for paper at once.
    const { during, after } = await page.evaluate(() => {
      const probed = window as unknown as ProbedWindow
      window.dispatchEvent(new Event('beforeprint'))
      const view = probed.paperView()
      window.dispatchEvent(new Event('afterprint'))
      return { during: view, after: probed.paperView() }
    })
    expect(during).toEqual({ charts: 0, snapshots: 0, snapshotInk: [], rows: 8, sources: 8 })
    expect(after).toEqual({ charts: 0, snapshots: 0, snapshotInk: [], rows: 8, sources: 0 })

    // Asked for during that print: they load, with the page still at its top.
    await page.locator('.chart-canvas canvas').first().waitFor()
    await expect.poll(() => page.locator('.chart-canvas').count(), POLL).toBe(4)
    await expect.poll(() => page.locator('.charts [role="status"]').count(), POLL).toBe(0)
    expect(await page.evaluate(() => window.scrollY)).toBe(0)
    expect(await printCalls(page)).toEqual([])
    await page.close()
  })

  it('on a phone, 打印审计备忘录 clicked twice while the charts load prints once', async () => {
    const page = await openApp(harness, '', PHONE)
    await expectChartsNotLoaded(page)
    await installPrintProbe(page)

    // Both clicks come long before the charts' chunk has loaded and drawn.
    await page.getByRole('button', { name: '打印审计备忘录' }).dblclick()
    await expect.poll(async () => (await printCalls(page)).length, POLL).toBeGreaterThan(0)
    await pageIdle(page)
    const calls = await printCalls(page)
    expect(calls.map((call) => call.during.snapshots)).toEqual([4])
    await page.close()
  })
})

describe('the printed audit memo of 300 projects', () => {
  const harness = suiteHarness()
  const report = generateReport({ projects: 300 })
  const { department, year } = report.dataset
  const kept = report.dataset.projects.filter((p) => p.grade === '优' || p.grade === '良').length

  afterAll(() => {
    expectCleanRun(harness)
  })

  it('states its filters, order, dataset and print time, numbers its pages, fills the paper’s width, prints every citation number whole and no instruction', async () => {
    const page = await openApp(harness)
    await page.clock.setFixedTime(new Date(2026, 11, 3, 18, 52, 41))
    await chooseFiles(page, { name: 'memo-300.txt', mimeType: 'text/plain', buffer: Buffer.from(report.text) })
    await projectTable(page).and(page.locator('[aria-rowcount="301"]')).waitFor()
    const grades = page.getByRole('group', { name: '按评价结论筛选' })
    await grades.getByRole('button', { name: /^优/ }).click()
    await grades.getByRole('button', { name: /^良/ }).click()
    await sortButton(page, '评价分值').click()
    await expect.poll(() => projectRows(page).count(), POLL).toBeGreaterThan(0)
    await pageIdle(page)
    await page.emulateMedia({ media: 'print' })

    const pages = await pdfPages(await page.pdf({ format: 'A4' }))
    const texts = pages.map((p) => p.items.map((item) => item.str).join(''))
    const head = texts[0] ?? ''
    for (const line of [
      '审计备忘录',
      '打印于 2026年12月3日 18:52',
      `范围：当前筛选的 ${kept} / 300 个项目`,
      `数据集：${department} ${year}（memo-300.txt）`,
      '筛选：评价结论：优、良',
      '排序：按评价分值降序排列',
    ]) {
      expect(head).toContain(plain(line))
    }

    // Each page says its number, at its foot.
    expect(pages.length).toBeGreaterThan(5)
    texts.forEach((text, i) => expect(text).toContain(plain(`第 ${i + 1} 页，共 ${pages.length} 页`)))

    // The memo head spans the paper between its margins: the print time ends at the right margin.
    const [first] = pages
    const printedAt = first?.items.find((item) => item.str === '18:52')
    expect(printedAt?.right).toBeCloseTo((first?.width ?? 0) - SIDE_MARGIN, 0)

    // The sources are numbered 1. to 200. (the list stops at 200), every number whole and inside the margin.
    const markers = pages.flatMap((p) => p.items).filter((item) => /^\d+\.$/.test(item.str))
    expect(markers.map((m) => m.str)).toEqual(Array.from({ length: 200 }, (_, i) => `${i + 1}.`))
    for (const marker of markers) expect(marker.left).toBeGreaterThanOrEqual(SIDE_MARGIN - 0.5)
    expect(texts.join('')).toContain(plain(`另有 ${kept - 200} 个项目未列出`))

    // Nothing that tells how to work the screen: the import's hint, the filters' buttons, the search box, the charts' keys
    // and their pointer hints (the captions stay).
    for (const absent of ['导入报告', '可多选，也可拖放到页面上', '清除全部筛选', '搜索项目', '按 / 键', '键盘：', '点击', '拖']) {
      expect(texts.join('')).not.toContain(plain(absent))
    }
    for (const caption of ['每个点是一个项目，虚线为等级界线。', '柱高为项目数，柱上注明该等级占决算总额的比例。']) {
      expect(texts.join('')).toContain(plain(caption))
    }
    await page.emulateMedia({ media: 'screen' })
    await page.close()
  })
})
