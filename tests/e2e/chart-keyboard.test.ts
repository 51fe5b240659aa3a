/**
 * The charts worked by keyboard alone, and the live region that says what happens: Tab reaches the
 * scatter, arrow keys move its cursor (said exactly, the table's row marked, the focus kept on the
 * chart), Enter opens the project and Escape in the drawer comes back to the chart; the grade chart
 * toggles a grade filter with Enter; a sort, a grade filter and typing in the search box each say
 * their outcome. Every wait is for a condition, never for a time.
 */
import type { Locator, Page } from 'playwright-core'
import { afterAll, describe, expect, it } from 'vitest'
import { suiteHarness, type Harness } from './harness.ts'
import {
  chart,
  drawerHeading,
  expectCleanRun,
  expectDrawerClosed,
  expectDrawerOpen,
  expectRowNames,
  expectSaid,
  liveRegion,
  openApp,
  pageIdle,
  POLL,
  PROJECT_NAMES,
  projectTable,
  searchBox,
  sortButton,
  waitForUrl,
  showCharts,
} from './helpers.ts'

const SCATTER = '决算金额与评价分值'
const GRADES_CHART = '评价等级分布'
const GOOD_PROJECTS = ['2018年党建服务工作经费项目', '2018年上海市党员干部现代远程教育工作经费', '2018年组织部门建设和管理工作']
const REMOTE = '2018年上海市党员干部现代远程教育工作经费'
const ORGANISATION = '2018年组织部门建设和管理工作'

const isFocused = (target: Locator): Promise<boolean> => target.evaluate((el) => el === document.activeElement)

/** Presses Tab until `target` has the focus, at most `max` times; fails if it never does. */
async function tabTo(page: Page, target: Locator, max = 80): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press('Tab')
    if (await isFocused(target)) return presses
  }
  throw new Error(`Tab never reached the target in ${max} presses`)
}

/** The app with its charts loaded (they load when their place scrolls into view), scrolled back to the top, nothing focused. */
async function openWithCharts(harness: Harness): Promise<Page> {
  const page = await openApp(harness)
  await showCharts(page)
  await page.locator('.chart-canvas canvas').nth(3).waitFor()
  await page.evaluate(() => {
    ;(document.activeElement as HTMLElement | null)?.blur()
    window.scrollTo(0, 0)
  })
  return page
}

/** The table rows marked as under a chart's cursor, by name. */
const markedRows = (page: Page): Promise<string[]> =>
  projectTable(page)
    .locator('tbody tr[data-chart-cursor="true"] th')
    .allTextContents()
    .then((names) => names.map((n) => n.trim()))

/** The name in the chart's tooltip (a child of the ECharts container, after its canvas layer), or null while none is shown. */
const tooltipName = (target: Locator): Promise<string | null> =>
  target.evaluate((el) => {
    const tip = [...el.querySelectorAll('.chart-canvas > div')].find((d) => d.querySelector('strong') !== null)
    if (tip === undefined) return null
    const style = getComputedStyle(tip)
    return style.display === 'none' || style.visibility === 'hidden' ? null : (tip.querySelector('strong')?.textContent ?? null)
  })

describe('charts by keyboard, and what the live region says', () => {
  const harness = suiteHarness()

  afterAll(() => {
    expectCleanRun(harness)
  })

  it('reaches the scatter with Tab, walks its points with the arrow keys, keeps the table in step, and opens the project with Enter', async () => {
    const page = await openWithCharts(harness)
    const scatter = chart(page, SCATTER)
    // Nothing is said on first load.
    expect(await liveRegion(page).textContent()).toBe('')

    await tabTo(page, scatter)
    // A visible focus, and the keys' hint shown under the chart.
    expect(await scatter.evaluate((el) => el.matches(':focus-visible') && getComputedStyle(el).outlineStyle)).toBe('solid')
    expect(await page.getByText('键盘：←/→ 按决算金额逐点移动，↑/↓ 按评价分值移动，Home/End 到首尾，Enter 打开项目，Esc 离开。').isVisible()).toBe(true)
    // Focus alone marks no row, also once the renders it caused are over.
    await pageIdle(page)
    expect(await markedRows(page)).toEqual([])

    await page.keyboard.press('ArrowRight')
    await expectSaid(page, '2018年干部考评和人才发展工作经费，决算金额 139.30 万元，评价分值 94.51，评价结论 优，1 / 8')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await expectSaid(page, `${REMOTE}，决算金额 269.59 万元，评价分值 89.60，评价结论 良，3 / 8`)
    await expect.poll(() => markedRows(page), POLL).toEqual([REMOTE])
    // The cursor is shown on the chart: the point's tooltip.
    await expect.poll(() => tooltipName(scatter), POLL).toBe(REMOTE)

    // Up: the next higher score (89.60 → 89.81).
    await page.keyboard.press('ArrowUp')
    await expectSaid(page, `${ORGANISATION}，决算金额 1,059.83 万元，评价分值 89.81，评价结论 良，8 / 8`)
    await expect.poll(() => markedRows(page), POLL).toEqual([ORGANISATION])
    await expect.poll(() => tooltipName(scatter), POLL).toBe(ORGANISATION)
    // The focus stayed on the chart all along.
    expect(await isFocused(scatter)).toBe(true)

    await page.keyboard.press('Enter')
    await expectDrawerOpen(page, ORGANISATION)
    expect(await drawerHeading(page).textContent()).toBe(ORGANISATION)
    await waitForUrl(page, (p) => p.get('open') === 'bundled/7')
    // The drawer has the focus: the chart's cursor and the table's mark are gone.
    await expect.poll(() => markedRows(page), POLL).toEqual([])

    // Escape closes the drawer and gives the focus back to the chart, its cursor where it was.
    await page.keyboard.press('Escape')
    await expectDrawerClosed(page)
    await expect.poll(() => isFocused(scatter), POLL).toBe(true)
    await expect.poll(() => markedRows(page), POLL).toEqual([ORGANISATION])
    await expectSaid(page, `${ORGANISATION}，决算金额 1,059.83 万元，评价分值 89.81，评价结论 良，8 / 8`)

    // Escape on the chart leaves the cursor and keeps the focus there.
    await page.keyboard.press('Escape')
    await expect.poll(() => markedRows(page), POLL).toEqual([])
    await expect.poll(() => tooltipName(scatter), POLL).toBeNull()
    expect(await isFocused(scatter)).toBe(true)
    await page.close()
  })

  it.each([
    [375, 800],
    [1280, 800],
  ])('reaches the charts with Tab before they have loaded (%s × %s px): their placeholder is a tab stop, and the focus goes on to the scatter', async (width, height) => {
    const page = await openApp(harness, '', { width, height })
    /** What has the focus: the placeholder's button, the scatter, or something else. */
    const focused = () =>
      page.evaluate(() => {
        const active = document.activeElement
        if (active?.classList.contains('charts-load') === true) return 'placeholder'
        return active?.getAttribute('aria-label')?.startsWith('散点图') === true ? 'scatter' : 'other'
      })
    let where = 'other'
    for (let presses = 0; presses < 80 && where === 'other'; presses++) {
      await page.keyboard.press('Tab')
      where = await focused()
    }
    // Focusing the placeholder may scroll it far enough into view to load the charts by itself;
    // otherwise it shows and Enter loads them. Either way the focus goes on to the scatter.
    if (where === 'placeholder') {
      const button = page.getByRole('button', { name: '载入图表' })
      if ((await button.count()) > 0 && (await button.isVisible())) await page.keyboard.press('Enter')
    }
    await expect.poll(focused, POLL).toBe('scatter')
    await page.keyboard.press('ArrowRight')
    await expectSaid(page, '2018年干部考评和人才发展工作经费，决算金额 139.30 万元，评价分值 94.51，评价结论 优，1 / 8')
    await page.close()
  })

  it('toggles a grade filter from the grade chart with Enter, and says the outcome', async () => {
    const page = await openWithCharts(harness)
    const grades = chart(page, GRADES_CHART)
    await tabTo(page, grades)
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await expectSaid(page, '良：3 个项目，占决算金额 45.3%，2 / 4')
    // A grade is not a project: no row is marked, also once the renders the cursor caused are over.
    await pageIdle(page)
    expect(await markedRows(page)).toEqual([])

    await page.keyboard.press('Enter')
    await expectRowNames(page, GOOD_PROJECTS)
    await expectSaid(page, '显示 8 个项目中的 3 个。')
    await waitForUrl(page, (p) => p.get('grade') === '良')
    const goodChip = page.getByRole('group', { name: '按评价结论筛选' }).getByRole('button', { name: /^良/ })
    expect(await goodChip.getAttribute('aria-pressed')).toBe('true')

    // The cursor stays on 良, which now says it filters; Enter again lifts the filter.
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('ArrowRight')
    await expectSaid(page, '良：3 个项目，占决算金额 45.3%，筛选中，2 / 4')
    await page.keyboard.press('Enter')
    await expectRowNames(page, PROJECT_NAMES)
    await expectSaid(page, '显示 8 个项目中的 8 个。')
    expect(await isFocused(grades)).toBe(true)
    await page.close()
  })

  it('says the outcome of a sort click, a grade filter and typing in the search box', async () => {
    const page = await openWithCharts(harness)
    await sortButton(page, '评价分值').click()
    await expectSaid(page, '按评价分值降序排列，共 8 个项目。')
    await sortButton(page, '评价分值').click()
    await expectSaid(page, '按评价分值升序排列，共 8 个项目。')

    await page.getByRole('group', { name: '按评价结论筛选' }).getByRole('button', { name: /^良/ }).click()
    await expectSaid(page, '显示 8 个项目中的 3 个。')
    await page.getByRole('group', { name: '按评价结论筛选' }).getByRole('button', { name: /^良/ }).click()
    await expectSaid(page, '显示 8 个项目中的 8 个。')

    await searchBox(page).pressSequentially('合同')
    await expectSaid(page, '显示 8 个项目中的 5 个。')
    await page.close()
  })

  it('speaks English in the English interface', async () => {
    const page = await openWithCharts(harness)
    await page.getByRole('button', { name: 'English' }).click()
    await expect.poll(() => page.evaluate(() => document.documentElement.lang), POLL).toBe('en')
    const scatter = chart(page, 'Final amount and score')
    await scatter.focus()
    await page.keyboard.press('End')
    await expectSaid(page, `${ORGANISATION}, final amount 1,059.83 (10k CNY), score 89.81, grade 良 Good, 8 / 8`)
    // The project's name is read in Chinese.
    expect(await liveRegion(page).locator('[lang="zh-CN"]').textContent()).toBe(ORGANISATION)
    await expect.poll(() => markedRows(page), POLL).toEqual([ORGANISATION])
    await sortButton(page, 'Score').click()
    await expectSaid(page, 'Sorted by score, descending; 8 projects.')
    // Back to Chinese for the next tests (the choice is remembered).
    await page.getByRole('button', { name: '中文' }).click()
    await expect.poll(() => page.evaluate(() => document.documentElement.lang), POLL).toBe('zh-CN')
    await page.close()
  })
})
