/**
 * Importing a report of another year and keeping it: picked with the file input, it becomes the
 * shown dataset; it is still there, still shown, after a reload and after the browser is closed
 * and started again on the same profile, also when the bundled report is shown before the lazily
 * loaded storage code arrives; it can be removed and brought back with 撤销 (and the
 * undone dataset is saved again); a removal without undo lasts; a file dropped on the page is
 * imported too. The tests share one page (and profile) and run in order.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatScore, formatWan } from '../../src/domain/format.ts'
import { generateReport } from '../../src/generate/generate-report.ts'
import { suiteHarness } from './harness.ts'
import { expectCleanRun, openApp, POLL, settled } from './helpers.ts'
import {
  BUNDLED_FIGURES,
  BUNDLED_LABEL,
  chooseFiles,
  type CspViolation,
  datasetButton,
  dropTextFile,
  expectRowFigures,
  expectStatus,
  expectStored,
  expectSwitcher,
  pageCspViolations,
  rowFigures,
  shownDatasetId,
  switcher,
  switcherEntries,
  type SwitcherEntry,
  watchCspViolations,
} from './import-helpers.ts'

/** A Chinese file name, as users' files have. */
const FILE = '上海市委组织部2016年度绩效评价结果.txt'
const REPORT = generateReport({ projects: 12, seed: 7 })
const LABEL = '中共上海市委组织部 2016'
const TITLE = '中共上海市委组织部2016年度财政支出项目绩效评价结果'
/** Name, amount and score of each of the 12 projects, as the generator wrote them. */
const FIGURES = REPORT.dataset.projects.map((p) => [p.name ?? '', formatWan(p.amountWan), formatScore(p.score)])

const BUNDLED_ENTRY = `${BUNDLED_LABEL} · shanghai-organization-department-2018.txt · 8 个项目`
const IMPORTED_ENTRY = `${LABEL} · ${FILE} · 12 个项目`
const BUNDLED_TITLE = '中国共产党上海市委员会组织部2018年度财政支出项目绩效评价结果'

/** The switcher with the bundled report and the import, `current` marking the shown one. */
const withImport = (shown: 'bundled' | 'imported'): SwitcherEntry[] => [
  { text: BUNDLED_ENTRY, current: shown === 'bundled' },
  { text: IMPORTED_ENTRY, current: shown === 'imported' },
  { text: '全部数据集 · 2 个 · 20 个项目', current: false },
]

const heading = (page: Page) => page.getByRole('heading', { level: 1 })

describe('importing a report and keeping it', () => {
  const violations: CspViolation[] = []
  // Its profile is kept across harness.relaunch(), as a user's across closing the browser.
  const harness = suiteHarness({ onContext: (context) => watchCspViolations(context, violations) })
  let page: Page
  let dir: string
  let importedId = ''

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'jixiao-e2e-files-'))
    await writeFile(join(dir, FILE), REPORT.text)
    page = await openApp(harness)
  })

  afterAll(async () => {
    if (dir !== undefined) await rm(dir, { recursive: true, force: true })
  })

  /** Opens the import from the switcher and waits until it is remembered as open. */
  async function openImport(): Promise<void> {
    await datasetButton(page, LABEL).click()
    await expectImportShown()
    await expectStored(page, [importedId], importedId)
  }

  /** The import is shown: its heading, its 12 rows, and the switcher marking it. */
  async function expectImportShown(): Promise<void> {
    await expectSwitcher(page, withImport('imported'))
    await expectRowFigures(page, FIGURES)
    expect(await heading(page).textContent()).toBe(TITLE)
    expect(await shownDatasetId(page)).toBe(importedId)
  }

  it('imports a .txt report of 2016 from the file picker and shows it at once', async () => {
    await expectRowFigures(page, BUNDLED_FIGURES)
    expect(await switcher(page).count()).toBe(0)

    await chooseFiles(page, join(dir, FILE))
    await expectStatus(page, `已导入 ${FILE}：12 个项目，3 条解析提示。`)
    await expectSwitcher(page, withImport('imported'))
    await expectRowFigures(page, FIGURES)
    const figures = await rowFigures(page)
    expect(figures).toHaveLength(12)
    expect(figures).toContainEqual(['2016年度气象服务经费项目', '1,739.89', '97.12'])
    expect(figures[1]).toEqual(['2016年重点农田水利设备购置专项经费', '60.77', '78.58'])
    expect(await heading(page).textContent()).toBe(TITLE)

    importedId = await shownDatasetId(page)
    expect(importedId).toMatch(/^txt-[0-9a-f]{8}$/)
    // Saved, and remembered as the open one, before anyone reloads.
    await expectStored(page, [importedId], importedId)
  })

  it('still lists it, and still shows it, after a reload', async () => {
    await openImport()
    await page.reload()
    await settled(page)
    await expectImportShown()
  })

  it('still lists it, and still shows it, after the browser is closed and started again', async () => {
    await openImport()
    await harness.relaunch()
    page = await openApp(harness)
    await expectImportShown()
  })

  it('reopens on it on each of 8 reloads, also when the report is shown before the storage code loads', async () => {
    // The storage code is a lazily loaded chunk. On a slow network, or the first visit after a
    // deploy (a new chunk name, not cached), the bundled report is shown before it arrives: the
    // page must still reopen on the dataset that was open, every time, not just usually.
    await openImport()
    const storageChunk = '**/assets/persistence-*.js'
    await page.route(storageChunk, async (route) => {
      await page.locator('main[aria-busy="false"]').waitFor()
      await route.continue()
    })
    try {
      for (let reload = 1; reload <= 8; reload++) {
        await page.reload()
        await settled(page)
        await expectImportShown()
        await expectStored(page, [importedId], importedId)
      }
    } finally {
      await page.unroute(storageChunk)
    }
  })

  it('removes it, back to the bundled report, and 撤销 brings it back, saved again', async () => {
    await openImport()
    await switcher(page).getByRole('button', { name: `移除 ${FILE}`, exact: true }).click()
    await expectSwitcher(page, [{ text: BUNDLED_ENTRY, current: true }])
    await expectRowFigures(page, BUNDLED_FIGURES)
    expect(await heading(page).textContent()).toBe(BUNDLED_TITLE)
    await expectStatus(page, `已移除 ${FILE}。 撤销`)
    await expectStored(page, [], 'bundled')

    await switcher(page).getByRole('button', { name: '撤销', exact: true }).click()
    await expect.poll(async () => (await switcherEntriesText()).includes(IMPORTED_ENTRY), POLL).toBe(true)
    expect(await switcherEntriesText()).toEqual([BUNDLED_ENTRY, IMPORTED_ENTRY, '全部数据集 · 2 个 · 20 个项目'])
    expect(await switcher(page).getByRole('button', { name: '撤销' }).count()).toBe(0)
    // Undo puts back what was there: the dataset, shown again.
    await expectImportShown()
    await expectStored(page, [importedId], importedId)

    // Re-saved: a reload finds it.
    await page.reload()
    await settled(page)
    await expectImportShown()
  })

  it('forgets a removed dataset for good when the removal is not undone', async () => {
    await switcher(page).getByRole('button', { name: `移除 ${FILE}`, exact: true }).click()
    await expectSwitcher(page, [{ text: BUNDLED_ENTRY, current: true }])
    await expectStored(page, [], 'bundled')
    await page.reload()
    await settled(page)
    await expectRowFigures(page, BUNDLED_FIGURES)
    // The stored datasets are merged after the first render: wait until that has happened.
    await expectStored(page, [], 'bundled')
    expect(await switcher(page).count()).toBe(0)
  })

  it('imports a report dropped onto the page and shows it', async () => {
    const dropped = generateReport({ projects: 3, seed: 11 })
    await dropTextFile(page, 'dropped-2020.txt', dropped.text)
    await expectStatus(page, '已导入 dropped-2020.txt：3 个项目，1 条解析提示。')
    await expectSwitcher(page, [
      { text: BUNDLED_ENTRY, current: false },
      { text: '上海市文化和旅游局 2020 · dropped-2020.txt · 3 个项目', current: true },
      { text: '全部数据集 · 2 个 · 11 个项目', current: false },
    ])
    await expectRowFigures(page, [
      ['2020年全市儿童福利能力提升经费', '6.11', '80.49'],
      ['2020年度全市公共交通培训经费项目', '479.43', '84.83'],
      ['2020年消防安全设备购置经费', '6,626.76', '89.65'],
    ])
  })

  it('reports no CSP violation, console error or page error, and sends no request to another origin', async () => {
    expect(await pageCspViolations(page)).toEqual([])
    expect(violations).toEqual([])
    expectCleanRun(harness)
  })

  async function switcherEntriesText(): Promise<string[]> {
    return (await switcherEntries(page)).map((e) => e.text)
  }
})
