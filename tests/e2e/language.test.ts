/**
 * The interface language end to end: a browser preferring Chinese gets Chinese, one preferring
 * English gets English; the switch in the page tools changes the table headers, the key figures,
 * the charts' headings and descriptions, the drawer and <html lang> in one click, and a reload
 * keeps the choice. Report text (project names, items) stays as published in both. The bundled
 * report's seven key figures are checked here, in both languages, and in no other e2e file.
 */
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { expectNoSeriousViolation } from './axe.ts'
import { suiteHarness } from './harness.ts'
import {
  chart,
  expectCleanRun,
  expectDrawerOpen,
  gotoApp,
  openApp,
  POLL,
  PROJECT_NAMES,
  projectRows,
  projectTable,
  rowNames,
} from './helpers.ts'

const ENGLISH_HEADERS = ['Project name', 'Final amount (10k CNY)', 'Score', 'Grade', 'Execution rate', 'Problems']
const CHINESE_HEADERS = ['项目名称', '决算金额（万元）', '评价分值', '评价结论', '预算执行率', '问题数']

const ENGLISH_KEY_FIGURES = {
  Projects: '8',
  'Total final amount (10k CNY)': '3,678.47 ≈ CNY 36.78 million',
  'Mean score': '90.72',
  'Amount-weighted mean score': '90.32',
  Grades: '优 Excellent 5 · 良 Good 3 · 中 Fair 0 · 差 Poor 0',
  'Execution rate stated': '2 of 8 projects',
  'Most common problem theme': 'Budget preparation 6 of 8 projects, 6 problems',
}

const CHINESE_KEY_FIGURES = {
  项目数: '8',
  决算金额合计: '3,678.47 万元 约 0.37 亿元',
  平均分: '90.72',
  金额加权平均分: '90.32',
  评价结论: '优 5 · 良 3 · 中 0 · 差 0',
  披露预算执行率: '2 / 8 个项目',
  最常见问题主题: '预算编制 6 / 8 个项目，6 条问题',
}

/** The column headers as a user reads them (the sort arrows are aria-hidden). */
async function headers(page: Page): Promise<string[]> {
  return projectTable(page)
    .locator('thead th')
    .evaluateAll((cells) => cells.map((th) => th.querySelector('button')?.firstChild?.textContent?.trim() ?? ''))
}

/** Key figures as label → shown text (whitespace collapsed). */
async function keyFigures(page: Page): Promise<Record<string, string>> {
  return page
    .locator('section.key-figures dl > div')
    .evaluateAll((items) =>
      Object.fromEntries(
        items.map((item) => [
          item.querySelector('dt')?.textContent?.trim() ?? '',
          (item.querySelector('dd') as HTMLElement | null)?.innerText.replaceAll(/\s+/g, ' ').trim() ?? '',
        ]),
      ),
    )
}

const htmlLang = (page: Page): Promise<string | null> => page.evaluate(() => document.documentElement.getAttribute('lang'))
const storedLocale = (page: Page): Promise<string | null> => page.evaluate(() => localStorage.getItem('jixiao.locale'))

describe('a browser that prefers Chinese', () => {
  const harness = suiteHarness({ locale: 'zh-CN' })
  let page: Page

  beforeAll(async () => {
    page = await openApp(harness)
  })

  it('gets the Chinese interface, with a switch labelled in English', async () => {
    expect(await htmlLang(page)).toBe('zh-CN')
    expect(await page.title()).toBe('jixiao 绩效 — 项目绩效评价结果')
    await expect.poll(() => headers(page), POLL).toEqual(CHINESE_HEADERS)
    expect(await keyFigures(page)).toEqual(CHINESE_KEY_FIGURES)
    const toEnglish = page.getByRole('button', { name: 'English', exact: true })
    expect(await toEnglish.getAttribute('lang')).toBe('en')
    expect(await storedLocale(page)).toBeNull()
  })

  it('switches to English in one click: headers, key figures, charts, <html lang>', async () => {
    await page.getByRole('button', { name: 'English', exact: true }).click()
    await expect.poll(() => htmlLang(page), POLL).toBe('en')
    await expect.poll(() => headers(page), POLL).toEqual(ENGLISH_HEADERS)
    expect(await keyFigures(page)).toEqual(ENGLISH_KEY_FIGURES)
    expect(await page.title()).toBe('jixiao 绩效 — project performance-evaluation results')
    expect(await page.getByRole('region', { name: 'Key figures' }).isVisible()).toBe(true)
    expect(await page.getByRole('searchbox', { name: 'Search projects, problems and rectifications' }).isVisible()).toBe(true)
    expect(await page.getByText('Showing 8 of 8 projects').isVisible()).toBe(true)
    // Report text is not translated.
    expect(await rowNames(page)).toEqual(PROJECT_NAMES)
    expect(await projectRows(page).first().locator('td').allTextContents()).toEqual(['338.62', '93.17', '优 Excellent', 'Not disclosed', '3'])
    // The charts' headings and their text descriptions (ECharts aria) follow.
    await expect
      .poll(() => chart(page, 'Grade distribution').getAttribute('aria-label'), POLL)
      .toBe(
        'Bar chart: projects per grade and their share of the final amount. 优 Excellent: 5 projects (54.7% of amount), 良 Good: 3 projects (45.3% of amount), 中 Fair: 0 projects, 差 Poor: 0 projects.',
      )
    expect(await chart(page, 'Final amount and score').getAttribute('aria-label')).toMatch(/^Scatter chart: final amount \(10k CNY/)
    expect(await chart(page, 'Budget execution rate').getAttribute('aria-label')).toMatch(/^Bar chart: 2 projects disclose a budget-execution rate/)
    expect(await chart(page, 'Problem themes').getAttribute('aria-label')).toMatch(/^Heat map: problem items per theme/)
    const toChinese = page.getByRole('button', { name: '中文', exact: true })
    expect(await toChinese.getAttribute('lang')).toBe('zh-CN')
    expect(await storedLocale(page)).toBe('en')
  })

  it('filters and opens a project in English, the report’s text as published', async () => {
    await page.getByRole('group', { name: 'Filter by grade' }).getByRole('button', { name: /^良 Good/ }).click()
    await expect.poll(() => projectRows(page).count(), POLL).toBe(3)
    expect(await page.getByRole('group', { name: 'Active filters' }).textContent()).toContain('Grade: 良 Good')
    await page.getByRole('group', { name: 'Active filters' }).getByRole('button', { name: 'Remove filter: Grade: 良 Good' }).click()
    await expect.poll(() => projectRows(page).count(), POLL).toBe(8)

    await projectRows(page).getByRole('rowheader', { name: '2018年党建服务工作经费项目' }).click()
    await expectDrawerOpen(page, '2018年党建服务工作经费项目')
    const drawer = page.locator('aside.drawer')
    const facts = await drawer.locator('dl.facts > div').evaluateAll((items) =>
      items.map((item) => [item.querySelector('dt')?.textContent, item.querySelector('dd')?.textContent]),
    )
    expect(facts.slice(0, 4)).toEqual([
      ['Final amount (10k CNY)', '336.18'],
      ['Score', '85.12'],
      ['Grade', '良 Good'],
      ['Execution rate', 'Not disclosed'],
    ])
    expect(await drawer.getByRole('heading', { level: 3 }).allTextContents()).toEqual([
      'Audit flags',
      'Main performance',
      'Problems, suggestions and rectifications',
      'Parser notes',
    ])
    // 4 problems, 3 suggestions, 4 rectifications: each list by its own numbers, then the inferred pairing.
    expect(await drawer.getByRole('heading', { level: 4 }).allTextContents()).toEqual([
      'Problems (4)',
      'Suggestions (3)',
      'Rectifications (4)',
      'Inferred pairing (not in the document)',
    ])
    await page.keyboard.press('Escape')
  })

  it('keeps English after a reload', async () => {
    await gotoApp(harness, page)
    expect(await htmlLang(page)).toBe('en')
    await expect.poll(() => headers(page), POLL).toEqual(ENGLISH_HEADERS)
    expect(await keyFigures(page)).toEqual(ENGLISH_KEY_FIGURES)
  })

  it('switches back to Chinese, and keeps that after a reload', async () => {
    await page.getByRole('button', { name: '中文', exact: true }).click()
    await expect.poll(() => htmlLang(page), POLL).toBe('zh-CN')
    await expect.poll(() => headers(page), POLL).toEqual(CHINESE_HEADERS)
    expect(await keyFigures(page)).toEqual(CHINESE_KEY_FIGURES)
    expect(await storedLocale(page)).toBe('zh')
    await gotoApp(harness, page)
    expect(await htmlLang(page)).toBe('zh-CN')
    await expect.poll(() => headers(page), POLL).toEqual(CHINESE_HEADERS)
  })

  it('logs no console error or page error and sends no request to another origin', () => {
    expectCleanRun(harness)
  })
})

describe('a browser that prefers English (en-US, Playwright’s default)', () => {
  const harness = suiteHarness({ locale: 'en-US' })
  let page: Page

  beforeAll(async () => {
    page = await openApp(harness)
  })

  it('gets the English interface by default, with a switch labelled in Chinese', async () => {
    expect(await page.evaluate(() => navigator.languages)).toEqual(['en-US'])
    expect(await htmlLang(page)).toBe('en')
    await expect.poll(() => headers(page), POLL).toEqual(ENGLISH_HEADERS)
    expect(await keyFigures(page)).toEqual(ENGLISH_KEY_FIGURES)
    expect(await page.getByRole('button', { name: '中文', exact: true }).getAttribute('lang')).toBe('zh-CN')
    // Nothing is remembered until the reader chooses.
    expect(await storedLocale(page)).toBeNull()
  })

  it('passes axe in English, with the drill-down open too (report text marked lang="zh-CN")', async () => {
    await expectNoSeriousViolation(page, 'English dashboard')
    await projectRows(page).getByRole('rowheader', { name: PROJECT_NAMES[1] }).click()
    await expectDrawerOpen(page, PROJECT_NAMES[1])
    expect(await page.locator('#drawer-title').getAttribute('lang')).toBe('zh-CN')
    await expectNoSeriousViolation(page, 'English, drill-down open')
  })

  it('logs no console error or page error and sends no request to another origin', () => {
    expectCleanRun(harness)
  })
})
