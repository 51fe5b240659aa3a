/**
 * The dashboard in headless Chromium (Debian's, launched as tests/support/chromium.ts does for the
 * end-to-end tests too, a fresh profile per run) against
 * the built app: import of a generated report to first render, sort, grade filter, search
 * keystroke, scatter render and JS heap. Times come from the page (see page-probe.ts).
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { launchChromium, type PageErrors, recordErrors } from '../support/chromium.ts'
import { type ArmSpec, type Measured, PROBE_SCRIPT, type ScatterRecord } from './page-probe.ts'
import { BENCH_SEED } from './parse.bench.ts'
import type { SourceModules } from './source.ts'
import { type Sample, summarize } from './stats.ts'

/** One character typed into the search box: it occurs in about 13 % of the generated projects. */
export const SEARCH_CHARACTER = '培'
const SORT_HEADER = '评价分值'
/**
 * How long one step may take before the run counts as broken. Generous: a slow step is a figure,
 * not a failure, and 10,000 rows without virtualisation on a busy 2-core machine take tens of seconds.
 */
const STEP_TIMEOUT_MS = 180_000
const FILTER_GRADE = '良'

/** What one run in one fresh browser measured; times in ms, sizes in bytes. */
export interface BrowserRun {
  importMs: number
  importDomMs: number
  /** Rows with data-row-id in the DOM right after the import. */
  domRows: number
  scatterPoints: number
  /** setOption → the frame in which the last point was drawn (progressive rendering done). */
  scatterDrawnMs: number
  /** setOption → ECharts' 'finished' (drawn and every animation over). */
  scatterFinishedMs: number
  /** The file's change event → all points drawn. */
  importToScatterMs: number
  heapBytes: number
  heapPreciseBytes: number
  sortMs: number
  sortClicks: number
  filterMs: number
  filterShown: number
  searchMs: number
  searchShown: number
  consoleErrors: string[]
}

export interface BrowserBenchResult {
  projects: number
  fileBytes: number
  runs: BrowserRun[]
  import: Sample
  scatterDrawn: Sample
  scatterFinished: Sample
  importToScatter: Sample
  heap: Sample
  heapPrecise: Sample
  sort: Sample
  filter: Sample
  search: Sample
  domRows: number
  filterShown: number
  searchShown: number
  consoleErrors: string[]
}

async function measure(page: Page, spec: ArmSpec, act: () => Promise<void>): Promise<Measured> {
  await page.evaluate((s) => {
    window.jixiaoBench.arm(s)
  }, spec)
  await act()
  return page.evaluate(() => window.jixiaoBench.pending!)
}

const whenScatter = (page: Page, minPoints: number, since: number, field: 'drawn' | 'finished') =>
  page.evaluate(
    ([min, from, f, timeout]) => window.jixiaoBench.whenScatter(min, from, f, timeout),
    [minPoints, since, field, STEP_TIMEOUT_MS] as const,
  ) as Promise<ScatterRecord>

/** One fresh browser: open the app, import `file` (n projects), then sort, filter and search. */
async function browserRun(url: string, file: string, n: number, note: (step: string) => void): Promise<BrowserRun> {
  const browser = await launchChromium({
    // The steps find the Chinese interface's labels, which a browser preferring Chinese gets.
    locale: 'zh-CN',
    viewport: { width: 1280, height: 800 },
    profilePrefix: 'jixiao-bench-profile-',
  })
  const { context } = browser
  const logged: PageErrors = { pageErrors: [], consoleErrors: [] }
  const { pageErrors, consoleErrors } = logged
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    page.setDefaultTimeout(STEP_TIMEOUT_MS)
    recordErrors(page, logged)
    await page.addInitScript({ content: PROBE_SCRIPT })
    await page.goto(url)
    await page.locator('main[aria-busy="false"]').waitFor()
    // The charts chunk is lazy: wait until the bundled report's scatter has settled.
    await whenScatter(page, 1, 0, 'finished')
    const session = await context.newCDPSession(page)

    // Import: the file's change event → 项目数 shows n and the table lists the new dataset, painted.
    const input = page.locator('label', { hasText: '导入报告…' }).locator('input[type="file"]')
    const imported = await measure(page, { event: 'change', until: 'import', n, timeoutMs: STEP_TIMEOUT_MS }, () =>
      input.setInputFiles(file),
    )
    note(`import ${imported.ms.toFixed(0)} ms`)
    const drawn = await whenScatter(page, Math.floor(n / 2), imported.startedAt, 'drawn')
    const finished = await whenScatter(page, Math.floor(n / 2), imported.startedAt, 'finished')

    note(`scatter drawn ${(drawn.drawn! - drawn.start).toFixed(0)} ms, finished ${(finished.finished! - finished.start).toFixed(0)} ms`)
    // Heap after the import, once ECharts has finished and a full GC has run.
    await session.send('HeapProfiler.collectGarbage')
    await session.send('HeapProfiler.collectGarbage')
    const heapBytes = await page.evaluate(
      () => (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? Number.NaN,
    )
    const { usedSize: heapPreciseBytes } = await session.send('Runtime.getHeapUsage')

    // Sort: click 评价分值 until the first row changes (a click that leaves it in place is not timed).
    const sortButton = page.locator('section[aria-label="项目列表"] th', { hasText: SORT_HEADER }).locator('button')
    let sorted: Measured | null = null
    let sortClicks = 0
    while (sorted === null) {
      if (++sortClicks > 3) throw new Error(`three clicks on ${SORT_HEADER} never changed the first row`)
      const m = await measure(page, { event: 'click', until: 'firstRowChange', header: SORT_HEADER, timeoutMs: STEP_TIMEOUT_MS }, () =>
        sortButton.click(),
      )
      if (m.unchanged !== true) sorted = m
    }
    note(`sort ${sorted.ms.toFixed(0)} ms`)

    // Grade filter: click 良 → 项目数 shows the chip's count.
    const chips = page.getByRole('group', { name: '按评价结论筛选' })
    const chip = chips.getByRole('button').filter({ hasText: FILTER_GRADE })
    const expected = Number((await chip.locator('.grade-chip-count').textContent())?.replace(/[^\d]/g, ''))
    if (!(expected > 0 && expected < n)) throw new Error(`the ${FILTER_GRADE} chip counts ${expected} of ${n} projects`)
    const filtered = await measure(page, { event: 'click', until: 'count', n: expected, timeoutMs: STEP_TIMEOUT_MS }, () => chip.click())
    note(`filter ${filtered.ms.toFixed(0)} ms`)
    // Back to all projects (not timed), so the keystroke searches all n.
    await measure(page, { event: 'click', until: 'count', n, timeoutMs: STEP_TIMEOUT_MS }, () =>
      chips.getByRole('button').filter({ hasText: '全部' }).click(),
    )

    // Search keystroke: one character → 项目数 changes and the table agrees, painted.
    const search = page.getByLabel('搜索项目、问题与整改')
    await search.focus()
    const searched = await measure(page, { event: 'input', until: 'countChange', timeoutMs: STEP_TIMEOUT_MS }, () =>
      page.keyboard.type(SEARCH_CHARACTER),
    )

    if (pageErrors.length > 0) throw new Error(`the page threw:\n${pageErrors.join('\n')}`)
    return {
      importMs: imported.ms,
      importDomMs: imported.domMs,
      domRows: imported.rows,
      scatterPoints: drawn.points,
      scatterDrawnMs: drawn.drawn! - drawn.start,
      scatterFinishedMs: finished.finished! - finished.start,
      importToScatterMs: drawn.drawn! - imported.startedAt,
      heapBytes,
      heapPreciseBytes,
      sortMs: sorted.ms,
      sortClicks,
      filterMs: filtered.ms,
      filterShown: filtered.count ?? Number.NaN,
      searchMs: searched.ms,
      searchShown: searched.count ?? Number.NaN,
      consoleErrors,
    }
  } catch (error) {
    const errors = pageErrors.length > 0 ? `\npage errors:\n${pageErrors.join('\n')}` : ''
    throw new Error(`browser run at ${n} projects failed: ${error instanceof Error ? error.message : String(error)}${errors}`, {
      cause: error,
    })
  } finally {
    await browser.close()
  }
}

export async function runBrowserBench(
  { generateReport }: SourceModules,
  url: string,
  dir: string,
  projects: number,
  runs: number,
  onRun?: (run: BrowserRun, index: number) => void,
  note: (step: string) => void = () => {},
): Promise<BrowserBenchResult> {
  const file = join(dir, `import-${projects}.txt`)
  const { text } = generateReport({ projects, seed: BENCH_SEED })
  await writeFile(file, text, 'utf8')
  const results: BrowserRun[] = []
  for (let i = 0; i < runs; i++) {
    const run = await browserRun(url, file, projects, (step) => note(`run ${i + 1}: ${step}`))
    results.push(run)
    onRun?.(run, i)
  }
  const pick = (f: (r: BrowserRun) => number) => summarize(results.map(f))
  const first = results[0]!
  return {
    projects,
    fileBytes: Buffer.byteLength(text),
    runs: results,
    import: pick((r) => r.importMs),
    scatterDrawn: pick((r) => r.scatterDrawnMs),
    scatterFinished: pick((r) => r.scatterFinishedMs),
    importToScatter: pick((r) => r.importToScatterMs),
    heap: pick((r) => r.heapBytes),
    heapPrecise: pick((r) => r.heapPreciseBytes),
    sort: pick((r) => r.sortMs),
    filter: pick((r) => r.filterMs),
    search: pick((r) => r.searchMs),
    domRows: Math.max(...results.map((r) => r.domRows)),
    filterShown: first.filterShown,
    searchShown: first.searchShown,
    consoleErrors: [...new Set(results.flatMap((r) => r.consoleErrors))],
  }
}
