import type { Page, Route } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { suiteHarness } from './harness.ts'
import { POLL, settled } from './helpers.ts'

const TITLE = '中国共产党上海市委员会组织部2018年度财政支出项目绩效评价结果'
const PHONE = { width: 412, height: 823 }

/** Holds every request matching `pattern` until the returned function is called. */
async function hold(page: Page, pattern: string): Promise<() => Promise<void>> {
  const held: Route[] = []
  await page.route(pattern, (route) => {
    held.push(route)
  })
  return async () => {
    await Promise.all(held.map((route) => route.continue()))
    await page.unroute(pattern)
  }
}

const headingTop = (page: Page) => page.locator('h1').evaluate((h) => h.getBoundingClientRect().top)

/** The visible text of the boot screen's lines (each is written in both languages; one shows). */
const visibleLines = (page: Page) => page.locator('#boot p:visible').evaluateAll((ps) => ps.map((p) => (p as HTMLElement).innerText))

describe('boot screen (index.html, before any script)', () => {
  const harness = suiteHarness()

  /** A new page whose requests matching `pattern` fail, once it shows an alert. */
  async function openFailing(pattern: string): Promise<Page> {
    const page = await harness.context.newPage()
    await page.route(pattern, (route) => route.abort())
    await page.goto(harness.baseUrl)
    await page.getByRole('alert').waitFor(POLL)
    return page
  }

  it.each([
    { language: 'Chinese', stored: null, width: 412, lines: ['jixiao 绩效 · 项目绩效评价结果', '正在加载报告…'] },
    { language: 'Chinese', stored: null, width: 375, lines: ['jixiao 绩效 · 项目绩效评价结果', '正在加载报告…'] },
    { language: 'English', stored: 'en', width: 412, lines: ['jixiao 绩效 · project performance-evaluation results', 'Loading the report…'] },
    { language: 'English', stored: 'en', width: 375, lines: ['jixiao 绩效 · project performance-evaluation results', 'Loading the report…'] },
  ])('shows the title and a loading line in $language before the app’s code has arrived, and the app keeps the title where it was ($width px)', async ({ stored, width, lines }) => {
    const page = await harness.context.newPage()
    await page.setViewportSize({ width, height: PHONE.height })
    if (stored !== null) await page.addInitScript((locale) => localStorage.setItem('jixiao.locale', locale), stored)
    const release = await hold(page, '**/assets/framework-*.js')
    try {
      await page.goto(harness.baseUrl)
      await page.locator('#boot h1').waitFor()
      expect(await page.locator('h1').allTextContents()).toEqual([TITLE])
      expect(await page.locator('#boot .brand').innerText()).toBe(lines[0])
      expect(await page.getByRole('status').innerText()).toBe(lines[1])
      expect(await page.locator('#root').innerHTML()).toBe('')
      const bootTop = await headingTop(page)

      await release()
      await settled(page)
      expect(await page.locator('#boot').count()).toBe(0)
      expect(await page.locator('h1').allTextContents()).toEqual([TITLE])
      expect(await page.locator('.brand').innerText()).toBe(lines[0])
      expect(await headingTop(page)).toBeCloseTo(bootTop, 0)
    } finally {
      await page.evaluate(() => localStorage.removeItem('jixiao.locale'))
      await page.close()
    }
  })

  it('says so, in place of the loading line, when the page’s code cannot be fetched', async () => {
    const page = await openFailing('**/assets/framework-*.js')
    expect(await visibleLines(page)).toEqual(['jixiao 绩效 · 项目绩效评价结果', '无法加载本页的程序。请检查网络连接后刷新页面。'])
    expect(await page.locator('#boot main').getAttribute('aria-busy')).toBe('false')
    expect(await page.getByRole('status').isHidden()).toBe(true)
    await page.close()
  })

  it('shows one loading line, not two, while the app waits for the report', async () => {
    const page = await harness.context.newPage()
    const release = await hold(page, '**/data/shanghai-organization-department-2018.txt')
    await page.goto(harness.baseUrl)
    // The app has started: its own (hidden) loading state is in #root.
    await page.locator('#root main[aria-busy="true"]').waitFor({ state: 'attached' })
    expect(await page.getByText('正在加载报告…').count()).toBe(2)
    expect(await page.getByText('正在加载报告…').and(page.locator(':visible')).count()).toBe(1)
    expect(await page.locator('#boot').isVisible()).toBe(true)
    await release()
    await settled(page)
    expect(await page.locator('#boot').count()).toBe(0)
    expect(await page.getByText('正在加载报告…').count()).toBe(0)
    await page.close()
  })

  it('is painted in the reader’s stored colour scheme, not the system’s', async () => {
    const page = await harness.context.newPage()
    await page.goto(harness.baseUrl)
    await settled(page)
    await page.evaluate(() => localStorage.setItem('jixiao.theme', 'dark'))
    const release = await hold(page, '**/assets/framework-*.js')
    try {
      await page.reload()
      await page.locator('#boot h1').waitFor()
      expect(await page.evaluate(() => document.documentElement.getAttribute('data-theme'))).toBe('dark')
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(13, 17, 23)')
    } finally {
      await release()
      await page.evaluate(() => localStorage.removeItem('jixiao.theme'))
      await page.close()
    }
  })

  it('gives way to the error, not to a blank page, when the report cannot be fetched', async () => {
    const page = await openFailing('**/data/shanghai-organization-department-2018.txt')
    expect(await page.locator('#boot').count()).toBe(0)
    expect(await page.locator('h1').count()).toBe(0)
    await page.close()
  })
})
