/**
 * The project table of the built page as a reader sees it: the page's title and heading, the
 * columns, the bundled report's eight projects in document order with their figures formatted, and
 * an alert in place of the table when the report cannot be fetched. What the parser reads from the
 * report (every project's figures, which execution rates are stated) is
 * tests/ingest/parse-report.bundled.test.ts's; how the table formats a cell (未披露, never 0) is
 * tests/table/ProjectTable.test.tsx's.
 */
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { suiteHarness } from './harness.ts'
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
  const harness = suiteHarness()
  let page: Page
  let table: TableText

  beforeAll(async () => {
    page = await openApp(harness)
    table = await readProjectTable(page)
  })

  it('has the title and the dataset heading', async () => {
    expect(await page.title()).toBe('jixiao 绩效 — 项目绩效评价结果')
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('上海市委员会组织部')
  })

  it('has the columns a reader expects', () => {
    expect(table.headers).toEqual(['项目名称', '决算金额（万元）', '评价分值', '评价结论', '预算执行率', '问题数'])
  })

  it('lists the eight projects by name, in document order, each in a row header', async () => {
    expect(table.rows.map((row) => row['项目名称'])).toEqual(EXPECTED_NAMES)
    const rowHeaders = await page.getByRole('rowheader').allTextContents()
    expect(rowHeaders.map((name) => name.trim())).toEqual(EXPECTED_NAMES)
  })

  it('shows a row’s figures formatted: amount, score, grade, an undisclosed and a stated execution rate, problem count', () => {
    expect(table.rows[0]).toEqual({
      项目名称: '2018年基层党建及队伍教育管理',
      '决算金额（万元）': '338.62',
      评价分值: '93.17',
      评价结论: '优',
      预算执行率: '未披露',
      问题数: '3',
    })
    expect(table.rows[3]?.['预算执行率']).toBe('80.21%')
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
    expectCleanRun(harness)
  })
})
