/**
 * The drill-down drawer: a project's facts, its problems beside the suggestions and rectifications
 * (each list by its own numbers where they differ in count), the source text, previous/next in table order,
 * Escape back to the row, and opening a project from the keyboard. The tests share one page and
 * run in order without reloading, each starting where the previous one left the drawer.
 */
import type { Locator, Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { suiteHarness } from './harness.ts'
import {
  drawer,
  drawerHeading,
  expectCleanRun,
  expectDrawerClosed,
  expectDrawerOpen,
  openApp,
  POLL,
  projectRows,
  rowNames,
  sortButton,
} from './helpers.ts'

const TRAINING = '2018年度领导干部培训经费项目'

/** The drawer's aligned table: one row per item number, cells 存在问题 / 整改建议 / 整改情况. */
const alignedTable = (page: Page): Locator => drawer(page).getByRole('table')

async function alignedRows(page: Page): Promise<{ n: string; problem: string; suggestion: string; rectification: string }[]> {
  return alignedTable(page)
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => {
        // A problem cell also lists the item's theme chips: read the item's own text only.
        // oxlint-disable-next-line unicorn/consistent-function-scoping
        const textOf = (cell: Element) => {
          const copy = cell.cloneNode(true) as Element
          for (const chips of copy.querySelectorAll('.theme-chips')) chips.remove()
          return (copy.textContent ?? '').trim()
        }
        const cells = Array.from(row.children, textOf)
        return { n: cells[0] ?? '', problem: cells[1] ?? '', suggestion: cells[2] ?? '', rectification: cells[3] ?? '' }
      }),
    )
}

/** The items of the drawer's numbered list under a heading (lists of different counts), number and text, without theme chips. */
const listItems = (page: Page, heading: string): Promise<string[]> =>
  drawer(page)
    .locator('section', { has: page.getByRole('heading', { name: heading, exact: true }) })
    .locator('ol.numbered-items > li')
    .evaluateAll((items) => items.map((li) => `${li.children[0]?.textContent ?? ''}${li.children[1]?.textContent ?? ''}`))

/** The drawer's facts as label → text. */
async function facts(page: Page): Promise<Record<string, string>> {
  return drawer(page)
    .locator('dl.facts > div')
    .evaluateAll((items) =>
      Object.fromEntries(
        items.map((item) => [item.querySelector('dt')?.textContent?.trim() ?? '', item.querySelector('dd')?.textContent?.trim() ?? '']),
      ),
    )
}

/** The data-row-id of the focused element, or null when focus is not on a table row. */
const focusedRowId = (page: Page): Promise<string | null> =>
  page.evaluate(() => document.activeElement?.closest('tr[data-row-id]')?.getAttribute('data-row-id') ?? null)

const rowNamed = (page: Page, name: string): Locator => projectRows(page).filter({ has: page.getByRole('rowheader', { name, exact: true }) })

describe('project drill-down', () => {
  const harness = suiteHarness()
  let page: Page

  beforeAll(async () => {
    page = await openApp(harness)
  })

  it('opens a clicked project with its facts, its problems and all four suggestions', async () => {
    await rowNamed(page, TRAINING).click()
    await expectDrawerOpen(page, TRAINING)
    expect(await facts(page)).toMatchObject({ 决算金额: '267.36 万元', 评价分值: '90.13', 评价结论: '优', 预算执行率: '80.21%' })
    expect(await alignedTable(page).locator('caption').textContent()).toBe('存在问题 4 条 · 整改建议 4 条 · 整改情况 4 条')
    const rows = await alignedRows(page)
    expect(rows.map((r) => r.n)).toEqual(['（1）', '（2）', '（3）', '（4）'])
    expect(rows[0]?.problem).toBe('预算执行率为80.21%，预算执行率偏低。')
    expect(rows.map((r) => r.suggestion)).toEqual([
      '建议进一步加强绩效目标申报工作，将绩效管理贯穿于项目各个环节。',
      '对于未使用的资金或预计年度内确实无法开展的项目，建议及时进行预算调整。',
      '建议加强对服务单位考核结果的留存，进一步完善监督管理工作。',
      '根据项目受实际政策情况影响大的特性，建议完善项目管理制度，建立项目调整计划制度。',
    ])
  })

  it('shows the source lines under 查看原文', async () => {
    const source = drawer(page).locator('details.source-text')
    const text = source.locator('pre')
    expect(await text.isVisible()).toBe(false)
    await source.getByText(/^查看原文/).click()
    await text.waitFor({ state: 'visible' })
    const lines = (await text.textContent())?.split('\n').map((line) => line.trim()) ?? []
    // Verbatim, as extracted: the labels with their values, and the wrapped list where it wraps.
    expect(lines).toContain('项目名称 2018年度领导干部培训经费项目')
    expect(lines).toContain('决算金额 267.36万元')
    expect(lines).toContain('评价分值 90.13')
    expect(lines).toContain('存在问题 （1）预算执行率为80.21%，预算执行率偏低。（2）')
    expect(lines).toContain('整改建议 （1）建议进一步加强绩效目标申报工作，将绩效')
  })

  it('lists problems, suggestions and rectifications of different counts (4/3/4) each by its own numbers, the pairing marked as inferred', async () => {
    await rowNamed(page, '2018年党建服务工作经费项目').click()
    await expectDrawerOpen(page, '2018年党建服务工作经费项目')
    expect(await drawer(page).locator('table.aligned-items').count()).toBe(0)
    const numbers = async (heading: string) => (await listItems(page, heading)).map((item) => item.slice(0, 3))
    expect(await numbers('存在问题（4 条）')).toEqual(['（1）', '（2）', '（3）', '（4）'])
    expect(await numbers('整改建议（3 条）')).toEqual(['（1）', '（2）', '（3）'])
    expect(await numbers('整改情况（4 条）')).toEqual(['（1）', '（2）', '（3）', '（4）'])
    expect(await listItems(page, '整改建议（3 条）')).toContain(
      '（3）建议升级党员服务热线的硬件配置以及电脑端软件，增加留存电话记录功能，完善基层党建网业务台账。',
    )
    const inferred = drawer(page).locator('section', { has: page.getByRole('heading', { name: '推断的对应（非文件所列）', exact: true }) })
    expect(await inferred.getByRole('listitem').allTextContents()).toContain('建议（3）→ 问题（4）：共有「服务热线」「业务台账」')
  })

  it('closes on Escape and gives focus back to the project row', async () => {
    // The previous test left 2018年党建服务工作经费项目 open.
    const id = await rowNamed(page, '2018年党建服务工作经费项目').getAttribute('data-row-id')
    expect(id).toMatch(/^bundled\/\d+$/)
    await page.keyboard.press('Escape')
    await expectDrawerClosed(page)
    await expect.poll(() => focusedRowId(page), POLL).toBe(id)
  })

  it('moves between rows with the arrow keys and opens the focused one with Enter', async () => {
    const rows = projectRows(page)
    await rows.first().focus()
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    expect(await focusedRowId(page)).toBe(await rows.nth(2).getAttribute('data-row-id'))
    await page.keyboard.press('Enter')
    await expectDrawerOpen(page, '2018年干部考评和人才发展工作经费')
    await expect.poll(() => drawerHeading(page).evaluate((h) => h === document.activeElement), POLL).toBe(true)
  })

  it('steps through the projects in the table order with previous and next', async () => {
    // Sorted by score, descending: … 在线学习 90.61, 培训 90.13, 组织部门建设 89.81 …
    await sortButton(page, '评价分值').click()
    await expect.poll(async () => (await rowNames(page))[0], POLL).toBe('2018年干部考评和人才发展工作经费')
    await rowNamed(page, TRAINING).click()
    await expectDrawerOpen(page, TRAINING)
    const position = drawer(page).locator('.drawer-bar').getByText(/^\d+ \/ \d+$/)
    expect(await position.textContent()).toBe('5 / 8')

    await drawer(page).getByRole('button', { name: '下一个 →' }).click()
    await expectDrawerOpen(page, '2018年组织部门建设和管理工作')
    expect(await position.textContent()).toBe('6 / 8')

    await drawer(page).getByRole('button', { name: '← 上一个' }).click()
    await expectDrawerOpen(page, TRAINING)
    await drawer(page).getByRole('button', { name: '← 上一个' }).click()
    await expectDrawerOpen(page, '2018年度在线学习工作经费项目')
    expect(await position.textContent()).toBe('4 / 8')
  })

  it('logs no console error or page error and sends no request to another origin', () => {
    expectCleanRun(harness)
  })
})
