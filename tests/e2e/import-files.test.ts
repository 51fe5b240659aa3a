/**
 * Files of every kind a user may give the importer. A PDF laid out as the published reports are
 * (a two-column table per project) gives the eight projects with their amounts, scores and pages.
 * Each bad file (empty, binary, too large, a .pdf that is not one, a scan, an encrypted PDF, JSON
 * of the wrong shape, text without a block, an unsupported type) gives one message naming the file
 * and changes nothing: same rows, same switcher, same heading. The tests share one page, in order.
 */
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateReport } from '../../src/generate/generate-report.ts'
import { suiteHarness } from './harness.ts'
import {
  drawer,
  drawerHeading,
  expectCleanRun,
  expectDrawerClosed,
  expectDrawerOpen,
  openApp,
  pageIdle,
  POLL,
  projectRows,
  urlParams,
  waitForUrl,
} from './helpers.ts'
import {
  alertTexts,
  BUNDLED_FIGURES,
  BUNDLED_LABEL,
  chooseFiles,
  type CspViolation,
  drawerFacts,
  expectRowFigures,
  expectStatus,
  expectSwitcher,
  pageCspViolations,
  PDF_WAIT,
  shownDatasetId,
  statusTexts,
  switcherEntries,
  tableCells,
  watchCspViolations,
} from './import-helpers.ts'

const FIXTURES = resolve(import.meta.dirname, '../fixtures')
const TABLE_PDF = 'shanghai-2018-table.pdf'
const BUNDLED_ENTRY = `${BUNDLED_LABEL} · shanghai-organization-department-2018.txt · 8 个项目`
const PDF_ENTRY = `${BUNDLED_LABEL} · ${TABLE_PDF} · 8 个项目`

/** A 1×1 PNG. */
const PNG_BYTES = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
)
const LIMIT_BYTES = 100 * 1024 * 1024

/** An export of the CLI's JSON format in which one amount is a string. */
const WRONG_SHAPE_JSON = JSON.stringify({
  datasets: [
    {
      title: '上海市民政局2019年度财政支出项目绩效评价结果',
      department: '上海市民政局',
      year: 2019,
      sourceName: 'minzheng-2019.txt',
      projects: [
        {
          name: '2019年社区养老服务补助资金',
          amountWan: '12',
          score: 88.5,
          grade: '良',
          performance: null,
          problems: [],
          suggestions: [],
          rectifications: [],
          executionRate: null,
          unit: null,
          source: { startLine: 3, endLine: 9 },
        },
      ],
      diagnostics: [],
    },
  ],
})

interface BadFile {
  /** The file name the page sees. */
  name: string
  /** Writes the file into `dir` and returns its path. */
  make: (dir: string) => Promise<string>
  message: string
  /** A PDF, which pdfjs must open before it can say what is wrong (PDF_WAIT, not POLL). */
  pdf?: true
}

const write = (name: string, content: string | Buffer) => async (dir: string) => {
  const path = join(dir, name)
  await writeFile(path, content)
  return path
}

const fixture = (name: string) => async () => join(FIXTURES, name)

const BAD_FILES: BadFile[] = [
  { name: 'empty.txt', make: write('empty.txt', ''), message: 'empty.txt：文件是空的，未导入。' },
  { name: 'x.txt', make: write('x.txt', PNG_BYTES), message: 'x.txt：这不是文本文件（含有二进制内容），未导入。' },
  {
    name: 'huge.txt',
    // 100 MB + 1 byte, sparse: no memory and almost no disk. Refused before it is read.
    make: async (dir) => {
      const path = join(dir, 'huge.txt')
      await writeFile(path, '')
      await truncate(path, LIMIT_BYTES + 1)
      return path
    },
    message: 'huge.txt：文件大小为 100.0 MB，超过 100.0 MB 的上限，未导入。',
  },
  {
    name: 'not-a-pdf.pdf',
    make: write('not-a-pdf.pdf', '这只是一段文字，不是 PDF。\n'),
    message: 'not-a-pdf.pdf：这不是有效的 PDF 文件，未导入。',
  },
  {
    name: 'scanned.pdf',
    make: fixture('scanned.pdf'),
    pdf: true,
    message: 'scanned.pdf：这个 PDF 没有文字层（可能是扫描件），无法读取文字。请先做文字识别（OCR）再导入。',
  },
  { name: 'encrypted.pdf', make: fixture('encrypted.pdf'), pdf: true, message: 'encrypted.pdf：这个 PDF 有密码保护，无法读取。' },
  {
    name: 'wrong-shape.json',
    make: write('wrong-shape.json', WRONG_SHAPE_JSON),
    message: 'wrong-shape.json：JSON 内容不符合 jixiao 的格式：datasets[0].projects[0].amountWan：应为数字或 null，实际为 "12"',
  },
  {
    name: 'no-block.txt',
    make: write('no-block.txt', '上海市民政局2019年度工作总结\n\n今年我们完成了各项工作。\n'),
    message: 'no-block.txt：没有找到可识别的绩效评价结果信息表（项目名称、决算金额、评价分值……）或绩效自评表，未导入。',
  },
  {
    name: 'photo.png',
    make: write('photo.png', PNG_BYTES),
    message: 'photo.png：不支持的文件类型：请导入 .txt、.pdf、.xlsx、.xls、.docx、.html、.json 或 .csv 文件。',
  },
]

/** What a bad file must leave exactly as it was. */
async function snapshot(page: Page) {
  return {
    cells: await tableCells(page),
    switcher: await switcherEntries(page),
    heading: await page.getByRole('heading', { level: 1 }).textContent(),
    statuses: await statusTexts(page),
  }
}

describe('importing PDFs and bad files', () => {
  const violations: CspViolation[] = []
  const harness = suiteHarness({ onContext: (context) => watchCspViolations(context, violations) })
  let page: Page
  let dir: string

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'jixiao-e2e-files-'))
    page = await openApp(harness)
  })

  afterAll(async () => {
    if (dir !== undefined) await rm(dir, { recursive: true, force: true })
  })

  it('imports a PDF with a two-column table per project: the eight projects, amounts and scores', async () => {
    await expectRowFigures(page, BUNDLED_FIGURES)
    await chooseFiles(page, join(FIXTURES, TABLE_PDF))
    await expectStatus(page, `已导入 ${TABLE_PDF}：8 个项目。`, PDF_WAIT.timeout)
    await expectSwitcher(page, [
      { text: BUNDLED_ENTRY, current: false },
      { text: PDF_ENTRY, current: true },
      { text: '全部数据集 · 2 个 · 16 个项目', current: false },
    ])
    // The same eight projects as the bundled text, now read from the PDF.
    await expectRowFigures(page, BUNDLED_FIGURES)
    expect(await shownDatasetId(page)).toMatch(/^pdf-[0-9a-f]{8}$/)
    const cells = await tableCells(page)
    expect(cells[0]?.slice(0, 4)).toEqual(['2018年基层党建及队伍教育管理', '338.62', '93.17', '优'])
    expect(cells[7]?.slice(0, 4)).toEqual(['2018年组织部门建设和管理工作', '1,059.83', '89.81', '良'])
  })

  it('names the PDF page of a project in the drawer’s 出处', async () => {
    const rows = projectRows(page)
    await rows.first().click()
    await expectDrawerOpen(page, '2018年基层党建及队伍教育管理')
    const first = await drawerFacts(page)
    expect(first).toMatchObject({ 决算金额: '338.62 万元', 评价分值: '93.17' })
    expect(first.出处).toMatch(/^shanghai-2018-table\.pdf，第 1 页，第 \d+–\d+ 行（行号指从 PDF 提取的文字）$/)

    await rows.last().click()
    await expectDrawerOpen(page, '2018年组织部门建设和管理工作')
    const last = await drawerFacts(page)
    expect(last).toMatchObject({ 决算金额: '1,059.83 万元', 评价分值: '89.81' })
    // The fixture's sixth and last page holds this project's table.
    expect(last.出处).toMatch(/^shanghai-2018-table\.pdf，第 6 页，第 \d+–\d+ 行（行号指从 PDF 提取的文字）$/)

    await drawerHeading(page).focus()
    await page.keyboard.press('Escape')
    await expectDrawerClosed(page)
  })

  it.each(BAD_FILES)('refuses $name with a message naming it, and changes nothing', async ({ name, make, message, pdf }) => {
    const before = await snapshot(page)
    const alertsBefore = await alertTexts(page)
    await chooseFiles(page, await make(dir))
    // The file over the limit is refused at once, before it is read: the normal wait, like any text.
    await expect.poll(() => alertTexts(page), pdf === true ? PDF_WAIT : POLL).toEqual([...alertsBefore, message])
    expect(message.startsWith(`${name}：`)).toBe(true)
    expect(await snapshot(page)).toEqual(before)
    expect(before.switcher.find((e) => e.current)?.text).toBe(PDF_ENTRY)
  })

  it('takes several files at once: the good one is imported, each bad one gets its own message', async () => {
    const good = generateReport({ projects: 3, seed: 5 })
    const alertsBefore = await alertTexts(page)
    await chooseFiles(page, [
      await write('empty-2.txt', '')(dir),
      await write('minzheng-2022.txt', good.text)(dir),
      await write('no-block-2.txt', '只有一行字。')(dir),
    ])
    await expectStatus(page, '已导入 minzheng-2022.txt：3 个项目。')
    await expect
      .poll(() => alertTexts(page), POLL)
      .toEqual([
        ...alertsBefore,
        'empty-2.txt：文件是空的，未导入。',
        'no-block-2.txt：没有找到可识别的绩效评价结果信息表（项目名称、决算金额、评价分值……）或绩效自评表，未导入。',
      ])
    await expectSwitcher(page, [
      { text: BUNDLED_ENTRY, current: false },
      { text: PDF_ENTRY, current: false },
      { text: '上海市人力资源和社会保障局 2022 · minzheng-2022.txt · 3 个项目', current: true },
      { text: '全部数据集 · 3 个 · 19 个项目', current: false },
    ])
    await expectRowFigures(page, [
      ['2022年度全市职业教育能力提升补助资金', '1,008.98', '88.41'],
      ['2022年度法律援助能力提升项目', '466.97', '85.71'],
      ['2022年度全市儿童福利设备购置工作经费', '334.58', '82.20'],
    ])
  })

  it('says in a warning, not a plain status, that an imported file lost a value', async () => {
    const text = generateReport({ projects: 3, seed: 5 }).text.replace(/评价分值 [^\n]*/, '评价分值')
    await chooseFiles(page, await write('lost-score-2022.txt', text)(dir))
    const notice = page.locator('.notice-warning', { hasText: 'lost-score-2022.txt' })
    await notice.waitFor(POLL)
    expect(await notice.locator('span').textContent()).toBe(
      '已导入 lost-score-2022.txt：3 个项目，其中 1 个缺少数值（评价分值 1 个），1 条解析提示（1 条为错误）。请在“审计提示 › 缺少字段”中核对。',
    )
    expect(await page.locator('.notice-info', { hasText: 'lost-score-2022.txt' }).count()).toBe(0)
    expect(await notice.evaluate((el) => el.closest('[role]')?.getAttribute('role'))).toBe('status')
  })

  it('opens an import with every project shown: a grade chip left on is cleared, and the page says so', async () => {
    const chips = page.getByRole('group', { name: '按评价结论筛选' })
    await chips.getByRole('button', { name: /^中/ }).click()
    await waitForUrl(page, (params) => params.get('grade') === '中')
    expect(await chips.getByRole('button', { name: /^全部/ }).getAttribute('aria-pressed')).toBe('false')

    const report = generateReport({ projects: 8, seed: 11 })
    await chooseFiles(page, await write('filtered-2023.txt', report.text)(dir))
    await expectStatus(page, '筛选已清除，显示新导入的全部项目。')
    await expect.poll(async () => (await statusTexts(page)).some((t) => t.startsWith('已导入 filtered-2023.txt：8 个项目')), POLL).toBe(true)
    await expect.poll(() => projectRows(page).count(), POLL).toBe(8)
    expect(await chips.getByRole('button', { name: /^全部/ }).getAttribute('aria-pressed')).toBe('true')
    expect(await chips.getByRole('button', { name: /^中/ }).getAttribute('aria-pressed')).toBe('false')
    await waitForUrl(page, (params) => !params.has('grade'))
  })

  it('a drag that selects a cell’s text (to copy it) does not open the drawer; a click does', async () => {
    const cell = projectRows(page).first().locator('th')
    const box = (await cell.boundingBox())!
    await page.mouse.move(box.x + 2, box.y + box.height / 2)
    await page.mouse.down()
    await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2, { steps: 5 })
    await page.mouse.up()
    expect(await page.evaluate(() => window.getSelection()?.toString() ?? '')).not.toBe('')
    await pageIdle(page)
    expect(await drawer(page).count()).toBe(0)
    expect(urlParams(page).has('open')).toBe(false)

    await cell.click()
    await expectDrawerOpen(page, (await cell.textContent())!.trim())
    await drawerHeading(page).focus()
    await page.keyboard.press('Escape')
    await expectDrawerClosed(page)
  })

  it('reports no CSP violation, console error or page error, and sends no request to another origin', async () => {
    expect(await pageCspViolations(page)).toEqual([])
    expect(violations).toEqual([])
    expectCleanRun(harness)
  })
})
