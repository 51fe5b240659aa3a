/**
 * The dashboard as a whole: the three charts drawn, search with and without an IME, the `/`
 * shortcut, the grade chips, sorting and the URL and history that follow it. The table's first-load
 * content is project-list.test.ts's; the key figures are language.test.ts's (in both languages);
 * the drawer is drilldown.test.ts's; chart clicks and the brush are charts.test.ts's.
 *
 * The tests share one page and run in order, without reloading (ECharts costs seconds per load on
 * a 2-core CI machine): each filter test clears what it set, and the sort, URL and history tests
 * build on one another, as a user's session would.
 */
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { suiteHarness } from './harness.ts'
import {
  ariaSorts,
  chartCanvas,
  columnHeader,
  expectCleanRun,
  expectDrawerClosed,
  expectDrawerOpen,
  expectRowNames,
  openApp,
  pageIdle,
  paintedPixels,
  POLL,
  PROJECT_NAMES,
  projectRows,
  rowNames,
  searchBox,
  sortButton,
  urlParams,
  waitForUrl,
} from './helpers.ts'

const CHART_HEADINGS = ['决算金额与评价分值', '评价等级分布', '预算执行率'] as const

const BY_SCORE_DESC = [
  '2018年干部考评和人才发展工作经费', // 94.51
  '2018年基层党建及队伍教育管理', // 93.17
  '2018年党代表工作经费', // 92.83
  '2018年度在线学习工作经费项目', // 90.61
  '2018年度领导干部培训经费项目', // 90.13
  '2018年组织部门建设和管理工作', // 89.81
  '2018年上海市党员干部现代远程教育工作经费', // 89.6
  '2018年党建服务工作经费项目', // 85.12
]

const BY_AMOUNT_DESC = [
  '2018年组织部门建设和管理工作', // 1,059.83
  '2018年度在线学习工作经费项目', // 989.28
  '2018年基层党建及队伍教育管理', // 338.62
  '2018年党建服务工作经费项目', // 336.18
  '2018年党代表工作经费', // 278.31
  '2018年上海市党员干部现代远程教育工作经费', // 269.59
  '2018年度领导干部培训经费项目', // 267.36
  '2018年干部考评和人才发展工作经费', // 139.30
]

/** The amount and score cells of the first row. */
async function firstRowFigures(page: Page): Promise<{ name: string; amount: string; score: string }> {
  const first = projectRows(page).first()
  const cells = await first.locator('td').allTextContents()
  return { name: (await first.locator('th').textContent())?.trim() ?? '', amount: cells[0] ?? '', score: cells[1] ?? '' }
}

describe('dashboard of the bundled 2018 report', () => {
  const harness = suiteHarness()
  let page: Page

  beforeAll(async () => {
    page = await openApp(harness)
  })

  it('draws all three charts on first load, beside the eight rows', async () => {
    // The rows themselves, by name and in order, are project-list.test.ts's.
    expect(await page.getByText('8 个项目中显示 8 个').isVisible()).toBe(true)
    for (const heading of CHART_HEADINGS) {
      // Pixels, not just an element: the canvas must have been painted.
      await expect.poll(() => paintedPixels(chartCanvas(page, heading)), POLL).toBeGreaterThan(500)
    }
  })

  it('searches the projects, their problems and rectifications', async () => {
    const search = searchBox(page)
    await search.fill('合同')
    await expectRowNames(page, [
      '2018年基层党建及队伍教育管理',
      '2018年干部考评和人才发展工作经费',
      '2018年度在线学习工作经费项目',
      '2018年上海市党员干部现代远程教育工作经费',
      '2018年组织部门建设和管理工作',
    ])
    expect(await page.getByText('8 个项目中显示 5 个').isVisible()).toBe(true)
    await waitForUrl(page, (p) => p.get('q') === '合同')

    await search.fill('台账')
    await expectRowNames(page, ['2018年党建服务工作经费项目'])

    await search.fill('')
    await expectRowNames(page, PROJECT_NAMES)
    await waitForUrl(page, (p) => !p.has('q'))
  })

  it('does not filter while an IME is composing, and filters when the composition ends', async () => {
    const search = searchBox(page)
    expect(await search.inputValue()).toBe('')
    await search.focus()
    // Real composition events, as a pinyin IME sends them: compositionstart/update, then the commit.
    const cdp = await page.context().newCDPSession(page)
    try {
      await cdp.send('Input.imeSetComposition', { text: 'tai', selectionStart: 3, selectionEnd: 3 })
      await cdp.send('Input.imeSetComposition', { text: 'taizhang', selectionStart: 8, selectionEnd: 8 })
      expect(await search.inputValue()).toBe('taizhang')
      // Once every render it caused is over: "taizhang" matches nothing, so filtering now would empty the table.
      await pageIdle(page)
      expect(await projectRows(page).count()).toBe(8)
      expect(await page.getByText('8 个项目中显示 8 个').isVisible()).toBe(true)

      await cdp.send('Input.insertText', { text: '台账' })
      expect(await search.inputValue()).toBe('台账')
      await expectRowNames(page, ['2018年党建服务工作经费项目'])
    } finally {
      await cdp.detach()
    }
    await search.fill('')
    await expectRowNames(page, PROJECT_NAMES)
  })

  it('focuses the search box on /', async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    expect(await searchBox(page).evaluate((input) => input === document.activeElement)).toBe(false)
    await page.keyboard.press('/')
    await expect.poll(() => searchBox(page).evaluate((input) => input === document.activeElement), POLL).toBe(true)
    // The slash itself is not typed into the box.
    expect(await searchBox(page).inputValue()).toBe('')
  })

  it('filters by grade with the chips', async () => {
    const chips = page.getByRole('group', { name: '按评价结论筛选' })
    const good = chips.getByRole('button', { name: /^良/ })
    expect(await good.getAttribute('aria-pressed')).toBe('false')

    await good.click()
    await expectRowNames(page, [
      '2018年党建服务工作经费项目',
      '2018年上海市党员干部现代远程教育工作经费',
      '2018年组织部门建设和管理工作',
    ])
    expect(await good.getAttribute('aria-pressed')).toBe('true')
    await waitForUrl(page, (p) => p.get('grade') === '良')

    await chips.getByRole('button', { name: /^全部/ }).click()
    await expectRowNames(page, PROJECT_NAMES)
    expect(await good.getAttribute('aria-pressed')).toBe('false')
    await waitForUrl(page, (p) => !p.has('grade'))
  })

  it('sorts by score, descending then ascending, and by amount, with aria-sort following', async () => {
    const none = { 项目名称: 'none', '决算金额（万元）': 'none', 评价分值: 'none', 评价结论: 'none', 预算执行率: 'none', 问题数: 'none' }
    expect(await ariaSorts(page)).toEqual(none)

    await sortButton(page, '评价分值').click()
    await expectRowNames(page, BY_SCORE_DESC)
    expect(await firstRowFigures(page)).toEqual({ name: '2018年干部考评和人才发展工作经费', amount: '139.30', score: '94.51' })
    expect(await ariaSorts(page)).toEqual({ ...none, 评价分值: 'descending' })

    await sortButton(page, '评价分值').click()
    await expectRowNames(page, BY_SCORE_DESC.toReversed())
    expect(await firstRowFigures(page)).toEqual({ name: '2018年党建服务工作经费项目', amount: '336.18', score: '85.12' })
    expect(await ariaSorts(page)).toEqual({ ...none, 评价分值: 'ascending' })

    await sortButton(page, '决算金额（万元）').click()
    await expectRowNames(page, BY_AMOUNT_DESC)
    expect(await firstRowFigures(page)).toEqual({ name: '2018年组织部门建设和管理工作', amount: '1,059.83', score: '89.81' })
    expect(await ariaSorts(page)).toEqual({ ...none, '决算金额（万元）': 'descending' })
  })

  it('puts the sort in the URL, and that URL opens the same order in a new page', async () => {
    // The previous test left the table sorted by amount, descending.
    await waitForUrl(page, (p) => p.get('sort') === '-amount')
    const copy = await openApp(harness, page.url())
    await expectRowNames(copy, BY_AMOUNT_DESC)
    expect(await columnHeader(copy, '决算金额（万元）').getAttribute('aria-sort')).toBe('descending')
    await copy.close()
  })

  it('steps back and forward through a sort and an opened project', async () => {
    // From the amount sort: sort by score, then open a project; each is a history entry.
    await sortButton(page, '评价分值').click()
    await expectRowNames(page, BY_SCORE_DESC)
    await waitForUrl(page, (p) => p.get('sort') === '-score')
    await projectRows(page).getByRole('rowheader', { name: '2018年度领导干部培训经费项目' }).click()
    await expectDrawerOpen(page, '2018年度领导干部培训经费项目')
    await waitForUrl(page, (p) => p.get('open') !== null)

    await page.goBack()
    await expectDrawerClosed(page)
    expect(urlParams(page).get('open')).toBeNull()
    expect(urlParams(page).get('sort')).toBe('-score')
    expect(await rowNames(page)).toEqual(BY_SCORE_DESC)

    await page.goForward()
    await expectDrawerOpen(page, '2018年度领导干部培训经费项目')
    expect(await rowNames(page)).toEqual(BY_SCORE_DESC)

    await page.goBack()
    await expectDrawerClosed(page)
    await page.goBack()
    await expectRowNames(page, BY_AMOUNT_DESC)
    expect(await columnHeader(page, '决算金额（万元）').getAttribute('aria-sort')).toBe('descending')
    expect(await columnHeader(page, '评价分值').getAttribute('aria-sort')).toBe('none')
  })

  it('copies the page’s link, with the view in it, and says so', async () => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
    // The previous test left the table sorted by amount, descending.
    await waitForUrl(page, (p) => p.get('sort') === '-amount')
    await page.getByRole('button', { name: '复制链接' }).click()
    await page.getByRole('button', { name: '已复制' }).waitFor(POLL)
    expect(await page.locator('.live-region').textContent()).toBe('已复制链接。')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url())
    await page.getByRole('button', { name: '复制链接' }).waitFor(POLL)
  })

  it('logs no console error or page error and sends no request to another origin', () => {
    expectCleanRun(harness)
  })
})
