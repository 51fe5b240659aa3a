/**
 * Two years of one department: the bundled 2018 report and its 2019 report imported through the
 * file picker. Under 全部数据集, the comparison view sets the two datasets' figures side by side
 * and the department × year table has one row; the change facet finds the project whose score fell,
 * the new one and the five gone; the change columns say how much it fell. Its drill-down shows the
 * project across years, the 2019 problem beside the 2018 rectification that claimed it dealt with,
 * and the flags 得分较上年下降 and 整改后问题再现 with their numbers. Breaking the link and making it
 * again both survive a reload. The tests share one page, in order.
 */
import { resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { suiteHarness } from './harness.ts'
import {
  expectCleanRun,
  expectDrawerOpen,
  expectRowNames,
  openApp,
  POLL,
  projectRows,
  rowNames,
  settled,
  sortButton,
} from './helpers.ts'
import { BUNDLED_FIGURES, chooseFiles, datasetButton, expectStatus } from './import-helpers.ts'
import {
  candidatesSection,
  cellTexts,
  changeFacet,
  currentView,
  DEPARTMENT,
  departmentRows,
  departmentTable,
  drawerFlagLabels,
  drawerFlags,
  facetButton,
  facetTexts,
  figuresTable,
  flagFacet,
  markedPhrases,
  pairItems,
  rowNamed,
  seriesSection,
  tableRows,
} from './series-helpers.ts'

const FILE_2019 = resolve(import.meta.dirname, '../fixtures/series/shanghai-2019.txt')

const BASE_2018 = '2018年基层党建及队伍教育管理'
const BASE_2019 = '2019年基层党建及队伍教育管理'
const YOUTH_2019 = '2019年度青年干部培养经费'
/** The 2018 projects the 2019 report does not continue, in document order. */
const GONE = BUNDLED_FIGURES.slice(3).map(([name]) => name)

const SCORE_FELL = '得分较上年下降'
const RECURRED = '整改后问题再现'
/** The phrases the 2019 problem (1) shares with the 2018 problem (3). */
const SHARED = ['合同的支付方式为一次性支付', '不利于风险控制', '合同管理']
const QUOTED = SHARED.map((phrase) => `「${phrase}」`).join('')
const RECTIFICATION_3 = '优化合同条款，采取分期付款，明确质量要求和验收要求，控制合同履约风险。'
const FLAG_NOTES = [
  [SCORE_FELL, '2018 年 93.17 → 2019 年 88.40（−4.77）'],
  [RECURRED, `问题（1）与 2018 年问题（3）共有${QUOTED}，2018 年整改情况（3）：${RECTIFICATION_3}`],
]

/** The change facet's toggles; with the link broken, the two records count as one new and one gone. */
const changeCounts = (linked: boolean): string[] =>
  linked
    ? ['全部 12', '分值下降 1', '分值上升 1', '持平 1', '新增 1', '不再出现 5']
    : ['全部 12', '分值下降 0', '分值上升 1', '持平 1', '新增 2', '不再出现 6']

describe('two years of one department: series, changes and their flags', () => {
  const harness = suiteHarness()
  let page: Page

  beforeAll(async () => {
    page = await openApp(harness)
    await projectRows(page).nth(BUNDLED_FIGURES.length - 1).waitFor()
  })

  /** Opens the project named `name` from the table. */
  async function open(name: string): Promise<void> {
    await rowNamed(page, name).click()
    await expectDrawerOpen(page, name)
  }

  /**
   * Reloads the page, which must come back as it was: 全部数据集 with the 2019 record open (it once
   * fell back to the 2019 dataset alone, the open record's dataset winning over the stored view).
   */
  async function reload(): Promise<void> {
    await page.reload()
    await settled(page)
    await expectDrawerOpen(page, BASE_2019)
    expect(await currentView(page)).toMatch(/^全部数据集 · /)
  }

  /** The 2019 record's series (linked) or its candidate (not linked), its flags and the change counts. */
  async function expectLinked(linked: boolean): Promise<void> {
    await expectDrawerOpen(page, BASE_2019)
    await expect.poll(() => seriesSection(page).count(), POLL).toBe(linked ? 1 : 0)
    await expect.poll(() => candidatesSection(page).count(), POLL).toBe(linked ? 0 : 1)
    const flags = await drawerFlagLabels(page)
    expect([flags.includes(SCORE_FELL), flags.includes(RECURRED)]).toEqual([linked, linked])
    await expect.poll(() => facetTexts(changeFacet(page)), POLL).toEqual(changeCounts(linked))
  }

  it('imports the 2019 report and, under 全部数据集, compares the two years side by side', async () => {
    await chooseFiles(page, FILE_2019)
    await expectStatus(page, '已导入 shanghai-2019.txt：4 个项目。')
    await datasetButton(page, '全部数据集').click()
    await expect.poll(() => projectRows(page).count(), POLL).toBe(12)

    await expect
      .poll(() => tableRows(figuresTable(page)), POLL)
      .toEqual([
        ['指标', `${DEPARTMENT} 2018`, `${DEPARTMENT} 2019`],
        ['项目数', '8', '4'],
        ['决算金额合计（万元）', '3,678.47', '761.05'],
        ['平均分', '90.72', '91.06'],
        ['评价结论', '优 5 良 3', '优 2 良 2'],
        ['平均预算执行率', '81.92%2 / 8 个项目披露', '96.50%1 / 4 个项目披露'],
      ])
    expect(await tableRows(departmentTable(page).locator('thead'))).toEqual([['部门', '2018 年', '2019 年']])
    expect(await departmentRows(page)).toEqual([
      [
        [DEPARTMENT],
        ['8 个项目', '平均分 90.72', '优 5 良 3', '执行率 81.92%（2/8 披露）'],
        ['4 个项目', '平均分 91.06', '优 2 良 2', '执行率 96.50%（1/4 披露）'],
      ],
    ])
  })

  it('filters by change: 分值下降, 新增 and 不再出现; the change columns say how much and sort the fall first', async () => {
    const facet = changeFacet(page)
    await expect.poll(() => facetTexts(facet), POLL).toEqual(changeCounts(true))
    await facetButton(facet, '分值下降').click()
    await expectRowNames(page, [BASE_2019])
    const cells = rowNamed(page, BASE_2019).locator('th, td')
    // 数据集, 项目名称, 决算金额, 评价分值, 评价结论, 分值变化, 金额变化, 等级变化, 预算执行率, 问题数.
    expect(await cellTexts(cells)).toEqual([
      `${DEPARTMENT} 2019`,
      BASE_2019,
      '350.20',
      '88.40',
      '良',
      '↓4.77',
      '↑11.58',
      '优→良',
      '96.50%',
      '2',
    ])
    expect((await cellTexts(cells, 'spoken')).slice(5, 8)).toEqual(['下降4.77', '上升11.58', '评价结论由优变为良'])

    await facetButton(facet, '分值下降').click()
    await facetButton(facet, '新增').click()
    await expectRowNames(page, [YOUTH_2019])
    await facetButton(facet, '新增').click()
    await facetButton(facet, '不再出现').click()
    await expectRowNames(page, GONE)
    await facet.getByRole('button', { name: /^全部/ }).click()
    await expect.poll(() => projectRows(page).count(), POLL).toBe(12)

    await sortButton(page, '分值变化').click()
    // The largest fall first, then no change, then the rise; the projects without a previous year last.
    await expect
      .poll(async () => (await rowNames(page)).slice(0, 3), POLL)
      .toEqual([BASE_2019, '2019年干部考评和人才发展工作经费', '2019年度党代表工作经费'])
  })

  it('opens the project across years: its series, the 2018 rectification beside the 2019 problem, and its flags', async () => {
    await open(BASE_2019)
    const section = seriesSection(page)
    expect(await section.getByRole('heading', { level: 3 }).textContent()).toBe('历年（2 个年度）')
    expect(await tableRows(section.locator('table.series-table'))).toEqual([
      ['年度', '决算金额（万元）', '评价分值', '等级', '执行率'],
      ['2018', '338.62', '93.17', '优', '—'],
      ['2019', '350.20', '88.40 ↓4.77', '优→良', '96.50%'],
    ])
    const links = section.locator('ul.series-links > li > span:first-child')
    expect(await links.allTextContents()).toEqual(['2018：名称相同', '2019（本记录）：名称相同'])

    expect(await section.getByRole('heading', { level: 4, name: '问题与上年整改' }).count()).toBe(1)
    const pair = section.locator('details.year-pair')
    expect(await pair.getAttribute('open')).toBe('')
    expect(await pair.locator('summary').textContent()).toBe('2019 年存在问题 · 2018 年整改情况')
    const rectifications = await pairItems(page, '（2018）整改情况')
    expect(rectifications.map((r) => r.notes)).toEqual([[], [], ['于 2019 年再现：问题（1）']])
    expect(rectifications[2]).toMatchObject({ text: `（3）${RECTIFICATION_3}`, className: 'claimed-rectification' })
    const problems = await pairItems(page, '（2019）存在问题')
    expect(problems.map((p) => p.className)).toEqual(['recurred', ''])
    expect(problems[0]?.text).toBe('（1）合同管理仍存在风险，部分合同的支付方式为一次性支付，不利于风险控制。')
    expect(problems[0]?.notes).toEqual([`再现 与 2018 年问题（3）共有${QUOTED}；其整改情况（3）称已整改。`])
    expect(await markedPhrases(page, '（2019）存在问题')).toEqual(['合同管理', '合同的支付方式为一次性支付', '不利于风险控制'])

    expect(await drawerFlags(page)).toEqual(FLAG_NOTES)

    await section.getByRole('button', { name: '打开 2018 的记录', exact: true }).click()
    await expectDrawerOpen(page, BASE_2018)
    expect(await tableRows(seriesSection(page).locator('tbody'))).toEqual([
      ['2018', '338.62', '93.17', '优', '—'],
      ['2019', '350.20', '88.40 ↓4.77', '优→良', '96.50%'],
    ])
    // A series' first year has no previous one to fall from or repeat: only its missing rate is flagged.
    expect(await drawerFlags(page)).toEqual([['未披露执行率']])
    await seriesSection(page).getByRole('button', { name: '打开 2019 的记录', exact: true }).click()
    await expectDrawerOpen(page, BASE_2019)
  })

  it('breaks the link with 不是同一项目 and makes it again with 关联, each surviving a reload', async () => {
    await expectLinked(true)
    await seriesSection(page).getByRole('button', { name: '不是同一项目：2018', exact: true }).click()
    await expectLinked(false)
    // The one candidate: the 2018 record, its name, its dataset and why it is offered.
    expect(await cellTexts(candidatesSection(page).locator('li > span'))).toEqual([BASE_2018, `${DEPARTMENT} 2018 · 名称相同`])

    await reload()
    await expectLinked(false)

    await candidatesSection(page)
      .getByRole('button', { name: `关联：${BASE_2018}（${DEPARTMENT} 2018）`, exact: true })
      .click()
    await expectLinked(true)
    const links = seriesSection(page).locator('ul.series-links > li > span:first-child')
    expect(await links.allTextContents()).toEqual(['2018：已确认', '2019（本记录）：已确认'])
    expect(await drawerFlags(page)).toEqual(FLAG_NOTES)

    await reload()
    await expectLinked(true)
    expect(await links.allTextContents()).toEqual(['2018：已确认', '2019（本记录）：已确认'])
  })

  it('finds the same project with the audit flag 得分较上年下降 as with 分值下降', async () => {
    await facetButton(flagFacet(page), SCORE_FELL).click()
    await expectRowNames(page, [BASE_2019])
    await flagFacet(page).getByRole('button', { name: /^全部/ }).click()
    await expect.poll(() => projectRows(page).count(), POLL).toBe(12)
  })

  it('logs no console error or page error and sends no request to another origin', () => {
    expectCleanRun(harness)
  })
})
