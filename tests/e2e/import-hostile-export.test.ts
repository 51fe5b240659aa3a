/**
 * Report text that holds markup and script is shown as text everywhere (table, drawer, source
 * text, scatter tooltip, the comparison of all datasets, the CSV export) and never runs; the
 * table's CSV and JSON exports (filters and sort applied) import back to the same projects; a
 * chart downloads as a PNG. First, the CSP watch itself is shown to see a violation, so that "no
 * violation" at the end means something. The tests share one page and run in order.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Papa from 'papaparse'
import { CSV_HEADERS_ZH } from '../../src/ingest/to-csv.ts'
import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { suiteHarness } from './harness.ts'
import {
  chart,
  chartTooltip,
  chartCanvas,
  drawer,
  drawerHeading,
  expectCleanRun,
  expectDrawerClosed,
  expectDrawerOpen,
  findMarks,
  type Mark,
  openApp,
  POLL,
  projectRows,
  projectTable,
  rowNames,
  sortButton,
  ariaSorts,
} from './helpers.ts'
import {
  BUNDLED_LABEL,
  chooseFiles,
  type CspViolation,
  datasetButton,
  download,
  expectRowFigures,
  expectStatus,
  pageCspViolations,
  pwned,
  SCATTER,
  switcher,
  switcherEntries,
  tableCells,
  watchCspViolations,
} from './import-helpers.ts'

const HOSTILE_FILE = 'hostile-2019.txt'
const HOSTILE_DEPARTMENT = '上海市测试<img src=x onerror="window.__pwned=3">局'
const HOSTILE_NAME = '2019年<img src=x onerror="window.__pwned=1">专项经费'
const PROBLEM_SCRIPT = '<script>window.__pwned=2</script>资金拨付滞后。'
const PROBLEM_IMG = '<img src=x onerror="window.__pwned=1">台账不完整。'
/** A name a spreadsheet would run as a formula if the CSV did not defuse it. */
const FORMULA_NAME = '=HYPERLINK("http://example.invalid","点我")'

const HOSTILE_REPORT = `${HOSTILE_DEPARTMENT}2019年度财政支出
项目绩效评价结果
绩效评价结果信息表
项目名称 ${HOSTILE_NAME}
决算金额 5,000.00万元
评价分值 72.50
评价结论 中
主要绩效 完成了<script>window.__pwned=2</script>年度目标，预算执行率为75.00%。
存在问题 （1）${PROBLEM_SCRIPT}（2）${PROBLEM_IMG}
整改建议 （1）建议加强<b>资金</b>管理。（2）建议完善台账。
整改情况 （1）已<script>alert(1)</script>整改。（2）已补全台账。
绩效评价结果信息表
项目名称 2019年普通项目经费
决算金额 120.00万元
评价分值 91.00
评价结论 优
主要绩效 按计划完成年度任务。
存在问题 （1）绩效目标不够细化。
整改建议 （1）建议细化绩效目标。
整改情况 （1）已细化绩效目标。
绩效评价结果信息表
项目名称 ${FORMULA_NAME}
决算金额 60.00万元
评价分值 85.00
评价结论 良
主要绩效 按计划完成年度任务。
存在问题 （1）台账不完整。
整改建议 （1）建议完善台账。
整改情况 （1）已补全台账。
`

/** The bundled report's 优 projects, by amount descending: what the export tests filter and sort to. */
const EXCELLENT_BY_AMOUNT = [
  ['2018年度在线学习工作经费项目', '989.28', '90.61'],
  ['2018年基层党建及队伍教育管理', '338.62', '93.17'],
  ['2018年党代表工作经费', '278.31', '92.83'],
  ['2018年度领导干部培训经费项目', '267.36', '90.13'],
  ['2018年干部考评和人才发展工作经费', '139.30', '94.51'],
]

interface Box {
  x: number
  y: number
  width: number
  height: number
}

/** The scatter scrolled into view, and its points (whole symbols), left to right. */
async function scatterMarks(page: Page, atLeast: number): Promise<{ box: Box; marks: Mark[] }> {
  const target = chart(page, SCATTER)
  await target.evaluate((el) => el.scrollIntoView({ block: 'center', inline: 'nearest' }))
  const box = await target.boundingBox()
  if (box === null) throw new Error('scatter is not rendered')
  // grid { left: 52, right: 48, top: 44, bottom: 46 } of scatter-option.ts
  const area = { left: 52, top: 44, right: box.width - 48, bottom: box.height - 46 }
  let marks: Mark[] = []
  await expect
    .poll(async () => {
      marks = (await findMarks(chartCanvas(page, SCATTER), area)).filter((m) => m.pixels >= 50)
      return marks.length
    }, POLL)
    .toBeGreaterThanOrEqual(atLeast)
  return { box, marks: marks.toSorted((a, b) => a.x - b.x) }
}

const scatterTooltip = (page: Page): Locator => chartTooltip(page, SCATTER, '评价分值：')

/** Hovers the rightmost point (the hostile project, 5,000 万元) and returns its tooltip once it names `name`. */
async function hoverRightmost(page: Page, atLeast: number, name: string): Promise<Locator> {
  const { box, marks } = await scatterMarks(page, atLeast)
  const rightmost = marks.at(-1)
  if (rightmost === undefined) throw new Error('no point found')
  await page.mouse.move(box.x + rightmost.x, box.y + rightmost.y)
  const tooltip = scatterTooltip(page)
  await expect.poll(async () => (await tooltip.count()) > 0 && (await tooltip.locator('strong').textContent()), POLL).toBe(name)
  await tooltip.waitFor({ state: 'visible' })
  return tooltip
}

/** Elements that markup in the report would have made, anywhere in the document. */
const injectedElements = (page: Page): Promise<{ imgX: number; inlineScripts: number; bold: number }> =>
  page.evaluate(() => ({
    imgX: document.querySelectorAll('img[src="x"]').length,
    inlineScripts: Array.from(document.scripts).filter((s) => s.src === '').length,
    bold: Array.from(document.querySelectorAll('b')).filter((b) => b.textContent === '资金').length,
  }))

async function expectNothingRan(page: Page): Promise<void> {
  expect(await pwned(page)).toBeUndefined()
  expect(await injectedElements(page)).toEqual({ imgX: 0, inlineScripts: 0, bold: 0 })
}

/** Column id of each Chinese header the Chinese interface's CSV export writes. */
const ID_OF_HEADER = new Map(Object.entries(CSV_HEADERS_ZH).map(([id, header]) => [header, id]))

/** A CSV export parsed with its header row, each column by its id (name, amountWan…) whichever language wrote it. */
function parseCsv(bytes: Buffer): Record<string, string>[] {
  const text = bytes.toString('utf8')
  return Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
    transformHeader: (header) => ID_OF_HEADER.get(header) ?? header,
  }).data
}

describe('hostile report text and exports', () => {
  const violations: CspViolation[] = []
  const harness = suiteHarness({ onContext: (context) => watchCspViolations(context, violations) })
  let page: Page
  let dir: string

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'jixiao-e2e-hostile-'))
    await writeFile(join(dir, HOSTILE_FILE), HOSTILE_REPORT)
    page = await openApp(harness)
  })

  afterAll(async () => {
    if (dir !== undefined) await rm(dir, { recursive: true, force: true })
  })

  it('sees a CSP violation when one happens (the watch used at the end works)', async () => {
    // A page of its own, left out of the logs: the blocked script is also a console error.
    const probe = await harness.open('', { unlogged: true })
    const seen = violations.length
    await probe.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'window.inlineRan = 1'
      document.body.append(script)
    })
    await expect.poll(() => violations.length, POLL).toBe(seen + 1)
    expect(violations[seen]).toMatchObject({ directive: 'script-src-elem', blocked: 'inline' })
    expect(await pageCspViolations(probe)).toHaveLength(1)
    expect(await probe.evaluate(() => (window as { inlineRan?: unknown }).inlineRan)).toBeUndefined()
    await probe.close()
    violations.splice(seen, 1)
  })

  it('shows a report’s markup as text in the table, the heading and the switcher', async () => {
    await chooseFiles(page, join(dir, HOSTILE_FILE))
    await expectStatus(page, `已导入 ${HOSTILE_FILE}：3 个项目。`)
    await expect.poll(() => rowNames(page), POLL).toEqual([HOSTILE_NAME, '2019年普通项目经费', FORMULA_NAME])
    expect((await tableCells(page))[0]?.slice(0, 4)).toEqual([HOSTILE_NAME, '5,000.00', '72.50', '中'])
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(`${HOSTILE_DEPARTMENT}2019年度财政支出项目绩效评价结果`)
    expect((await switcherEntries(page)).find((e) => e.current)?.text).toBe(`${HOSTILE_DEPARTMENT} 2019 · ${HOSTILE_FILE} · 3 个项目`)
    await expectNothingRan(page)
  })

  it('shows it as text in the drawer and its source text', async () => {
    await projectRows(page).first().click()
    await expectDrawerOpen(page, HOSTILE_NAME)
    try {
      const d = drawer(page)
      expect(await d.locator('p.performance').textContent()).toBe('完成了<script>window.__pwned=2</script>年度目标，预算执行率为75.00%。')
      // Each cell's text, leaving out the problem-theme labels the app adds to a problem.
      const cells = await d.getByRole('table').locator('tbody tr').evaluateAll((rows) =>
        rows.map((row) =>
          Array.from(row.children, (cell) => {
            const copy = cell.cloneNode(true) as Element
            for (const themes of copy.querySelectorAll('[aria-label="问题主题"]')) themes.remove()
            return (copy.textContent ?? '').trim()
          }),
        ),
      )
      expect(cells).toEqual([
        ['（1）', PROBLEM_SCRIPT, '建议加强<b>资金</b>管理。', '已<script>alert(1)</script>整改。'],
        ['（2）', PROBLEM_IMG, '建议完善台账。', '已补全台账。'],
      ])
      await d.getByText(/^查看原文/).click()
      const source = d.locator('details.source-text pre')
      await source.waitFor({ state: 'visible' })
      expect(await source.textContent()).toContain(`存在问题 （1）${PROBLEM_SCRIPT}（2）${PROBLEM_IMG}`)
      await expectNothingRan(page)
    } finally {
      // The open project's point is drawn differently: the tooltip tests need the drawer closed.
      await drawerHeading(page).focus()
      await page.keyboard.press('Escape')
      await expectDrawerClosed(page)
    }
  })

  it('shows it as text in the scatter’s tooltip', async () => {
    const tooltip = await hoverRightmost(page, 3, HOSTILE_NAME)
    expect(await tooltip.textContent()).toContain('决算金额：5,000.00 万元')
    expect(await tooltip.locator('img, script, b').count()).toBe(0)
    await expectNothingRan(page)
  })

  it('shows it as text when all datasets are compared: dataset column and tooltip', async () => {
    await switcher(page).getByRole('button', { name: /^全部数据集/ }).click()
    const headers = await projectTable(page).locator('thead th').allTextContents()
    expect(headers[0]?.trim()).toMatch(/^数据集/)
    await expect.poll(async () => (await tableCells(page)).length, POLL).toBe(11)
    const hostileRow = (await tableCells(page)).find((cells) => cells[1] === HOSTILE_NAME)
    expect(hostileRow?.slice(0, 3)).toEqual([`${HOSTILE_DEPARTMENT} 2019`, HOSTILE_NAME, '5,000.00'])

    const tooltip = await hoverRightmost(page, 6, HOSTILE_NAME)
    expect(await tooltip.textContent()).toContain(`数据集：${HOSTILE_DEPARTMENT} 2019`)
    expect(await tooltip.locator('img, script, b').count()).toBe(0)
    await expectNothingRan(page)
  })

  it('keeps it verbatim in the CSV export, with a formula-like name defused', async () => {
    await datasetButton(page, HOSTILE_DEPARTMENT).click()
    await expect.poll(() => rowNames(page), POLL).toEqual([HOSTILE_NAME, '2019年普通项目经费', FORMULA_NAME])
    const { bytes } = await download(page, () => page.getByRole('button', { name: '导出 CSV' }).click())
    const records = parseCsv(bytes)
    expect(records.map((r) => r.name)).toEqual([HOSTILE_NAME, '2019年普通项目经费', `'${FORMULA_NAME}`])
    expect(records[0]?.problems).toBe(`${PROBLEM_SCRIPT}\n${PROBLEM_IMG}`)
    expect(records[0]?.department).toBe(HOSTILE_DEPARTMENT)
    await expectNothingRan(page)
  })

  it('exports the filtered, sorted table as CSV and JSON, and each imports back to the same projects', async () => {
    await datasetButton(page, BUNDLED_LABEL).click()
    await page.getByRole('group', { name: '按评价结论筛选' }).getByRole('button', { name: /^优/ }).click()
    await sortButton(page, '决算金额（万元）').click()
    await expectRowFigures(page, EXCELLENT_BY_AMOUNT)

    const csv = await download(page, () => page.getByRole('button', { name: '导出 CSV' }).click())
    const json = await download(page, () => page.getByRole('button', { name: '导出 JSON' }).click())
    const csvName = csv.download.suggestedFilename()
    const jsonName = json.download.suggestedFilename()
    expect(csvName).toMatch(/^jixiao-中国共产党上海市委员会组织部-2018-\d{4}-\d{2}-\d{2}\.csv$/)
    expect(jsonName).toBe(csvName.replace(/\.csv$/, '.json'))

    // CSV: UTF-8 with a BOM, the rows in the table's order.
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const records = parseCsv(csv.bytes)
    expect(records.map((r) => [r.name, r.amountWan, r.score])).toEqual([
      ['2018年度在线学习工作经费项目', '989.28', '90.61'],
      ['2018年基层党建及队伍教育管理', '338.62', '93.17'],
      ['2018年党代表工作经费', '278.31', '92.83'],
      ['2018年度领导干部培训经费项目', '267.36', '90.13'],
      ['2018年干部考评和人才发展工作经费', '139.3', '94.51'],
    ])
    // JSON: the CLI's format, one dataset, its projects in the table's order.
    const exported = JSON.parse(json.bytes.toString('utf8')) as {
      datasets: { department: string; year: number; projects: { name: string; amountWan: number; score: number }[] }[]
    }
    expect(exported.datasets).toHaveLength(1)
    expect(exported.datasets[0]?.projects.map((p) => [p.name, p.amountWan, p.score])).toEqual([
      ['2018年度在线学习工作经费项目', 989.28, 90.61],
      ['2018年基层党建及队伍教育管理', 338.62, 93.17],
      ['2018年党代表工作经费', 278.31, 92.83],
      ['2018年度领导干部培训经费项目', 267.36, 90.13],
      ['2018年干部考评和人才发展工作经费', 139.3, 94.51],
    ])

    // Clear the filter and the sort, so an imported dataset shows its projects in its own order.
    await page.getByRole('group', { name: '按评价结论筛选' }).getByRole('button', { name: /^优/ }).click()
    await sortButton(page, '决算金额（万元）').click()
    await sortButton(page, '决算金额（万元）').click()
    await expect.poll(async () => Object.values(await ariaSorts(page)).every((s) => s === 'none' || s === null), POLL).toBe(true)
    expect(await projectRows(page).count()).toBe(8)

    for (const { download: file, name } of [
      { download: json.download, name: jsonName },
      { download: csv.download, name: csvName },
    ]) {
      const path = join(dir, name)
      await file.saveAs(path)
      await chooseFiles(page, path)
      await expectStatus(page, `已导入 ${name}：5 个项目。`)
      expect((await switcherEntries(page)).find((e) => e.current)?.text).toBe(`${BUNDLED_LABEL} · ${name} · 5 个项目`)
      await expectRowFigures(page, EXCELLENT_BY_AMOUNT)
    }
  })

  it('downloads the scatter as a PNG image', async () => {
    const panel = page.getByRole('region', { name: SCATTER })
    const { download: png, bytes } = await download(page, () => panel.getByRole('button', { name: '下载 PNG' }).click())
    expect(png.suggestedFilename()).toBe('决算金额与评价分值.png')
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    expect(bytes.length).toBeGreaterThan(20_000)
    // IHDR: drawn at pixelRatio 2, twice the chart's CSS size.
    const box = await chart(page, SCATTER).boundingBox()
    expect(bytes.readUInt32BE(16)).toBe(Math.round((box?.width ?? 0) * 2))
    expect(bytes.readUInt32BE(20)).toBe(Math.round((box?.height ?? 0) * 2))
  })

  it('reports no CSP violation, console error or page error, and sends no request to another origin', async () => {
    await expectNothingRan(page)
    expect(await pageCspViolations(page)).toEqual([])
    expect(violations).toEqual([])
    expectCleanRun(harness)
  })
})
