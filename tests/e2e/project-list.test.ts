import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHarness, type Harness, type PageLog } from './harness.ts'
import { expectCleanRun, openApp, PROJECT_NAMES as EXPECTED_NAMES, projectTable } from './helpers.ts'

interface TableText {
  headers: string[]
  /** One record per body row, keyed by column header. */
  rows: Record<string, string>[]
}

/**
 * Reads the project table as text, in document order, as a user sees it: the sort arrows in the
 * header buttons are aria-hidden and left out, so a header reads "评价分值", not "评价分值↕".
 */
async function readProjectTable(page: Page): Promise<TableText> {
  return projectTable(page).evaluate((table: HTMLTableElement) => {
    // Runs in the browser: it cannot use helpers from this module's scope.
    // oxlint-disable-next-line unicorn/consistent-function-scoping
    const text = (cell: Element) => {
      const copy = cell.cloneNode(true) as Element
      for (const hidden of copy.querySelectorAll('[aria-hidden="true"], .visually-hidden')) hidden.remove()
      return (copy.textContent ?? '').trim()
    }
    const headers = Array.from(table.tHead?.rows[0]?.cells ?? [], text)
    const rows = Array.from(table.tBodies[0]?.rows ?? [], (row) =>
      Object.fromEntries(Array.from(row.cells, (cell, i) => [headers[i] ?? String(i), text(cell)])),
    )
    return { headers, rows }
  })
}

describe('project list of the bundled 2018 report', () => {
  let harness: Harness
  let page: Page
  const logs: PageLog[] = []
  let table: TableText

  beforeAll(async () => {
    harness = await startHarness()
    page = await openApp(harness, logs)
    table = await readProjectTable(page)
  })

  afterAll(async () => {
    await harness?.close()
  })

  it('has the title and the dataset heading', async () => {
    expect(await page.title()).toBe('jixiao 绩效 — 项目绩效评价结果')
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('上海市委员会组织部')
  })

  it('lists the eight projects by name, in document order', async () => {
    expect(table.rows.map((row) => row['项目名称'])).toEqual(EXPECTED_NAMES)
    const rowHeaders = await page.getByRole('rowheader').allTextContents()
    expect(rowHeaders.map((name) => name.trim())).toEqual(EXPECTED_NAMES)
  })

  it('shows the first project with amount, score and an undisclosed execution rate', () => {
    const first = table.rows[0]
    expect(first?.['决算金额（万元）']).toBe('338.62')
    expect(first?.['评价分值']).toBe('93.17')
    expect(first?.['预算执行率']).toBe('未披露')
  })

  it('shows the execution rate 80.21% (not the score, 90.13) for 2018年度领导干部培训经费项目', () => {
    const row = table.rows.find((r) => r['项目名称'] === '2018年度领导干部培训经费项目')
    expect(row?.['预算执行率']).toBe('80.21%')
    expect(row?.['评价分值']).toBe('90.13')
  })

  it('discloses an execution rate for exactly the two projects whose text states one', () => {
    const disclosed = table.rows.filter((r) => r['预算执行率'] !== '未披露').map((r) => [r['项目名称'], r['预算执行率']])
    expect(disclosed).toEqual([
      ['2018年干部考评和人才发展工作经费', '83.63%'],
      ['2018年度领导干部培训经费项目', '80.21%'],
    ])
  })

  it('never shows a missing execution rate as 0', () => {
    for (const row of table.rows) expect(row['预算执行率']).not.toMatch(/^0(\.0+)?%?$/)
  })

  it('has the columns a reader expects', () => {
    expect(table.headers).toEqual(['项目名称', '决算金额（万元）', '评价分值', '评价结论', '预算执行率', '问题数'])
  })

  it('says so in an alert when the report cannot be fetched', async () => {
    const failing = await harness.context.newPage()
    await failing.route('**/data/shanghai-organization-department-2018.txt', (route) => route.abort())
    await failing.goto(harness.baseUrl)
    const alert = failing.getByRole('alert')
    await alert.waitFor()
    expect(await alert.textContent()).toContain('无法加载报告')
    expect(await failing.getByRole('table').count()).toBe(0)
    await failing.close()
  })

  // Last, so it covers every page of the file; the failing page above is not logged (its aborted
  // fetch is meant to fail), and an aborted same-origin request is not an off-origin one.
  it('logs no console error or page error and sends no request to another origin', () => {
    expectCleanRun(harness, logs)
  })
})
