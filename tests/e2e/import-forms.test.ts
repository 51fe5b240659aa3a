/**
 * Self-evaluation forms (项目支出绩效自评表) imported through the real file picker, one file of each
 * type: the notice, the table's rows with 表类 and 预算 as tests/fixtures/forms/expected.json states
 * them. A form's drill-down: its facts, its 绩效指标 with the rows that lost points marked 失分, and
 * 查看原文 as the form's table with the value cells outlined. A result report drawn as ruled tables
 * in a PDF gives the bundled report's eight records; under 全部数据集 the 表类 facet tells forms and
 * results apart. A .doc, an encrypted .xlsx and a zip bomb are refused with a message naming the
 * file and change nothing. The tests share one page, in order.
 */
import { join, resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  columnHeaders,
  encryptedXlsxFile,
  expectedForms,
  FORM_FIXTURES,
  FORM_LONG,
  formRowCells,
  indicatorCells,
  markedCells,
  percent,
  twoDecimals,
  word97File,
  zipBombDocx,
} from './form-helpers.ts'
import { suiteHarness } from './harness.ts'
import { drawer, drawerHeading, expectCleanRun, expectDrawerClosed, expectDrawerOpen, openApp, POLL, projectRows, projectTable } from './helpers.ts'
import {
  alertTexts,
  BUNDLED_FIGURES,
  chooseFiles,
  datasetButton,
  drawerFacts,
  expectRowFigures,
  expectStatus,
  type FileSpec,
  PDF_WAIT,
  shownDatasetId,
  statusTexts,
  switcherEntries,
  tableCells,
} from './import-helpers.ts'

const BORDERED_PDF = resolve(import.meta.dirname, '../fixtures/shanghai-2018-bordered.pdf')

/** The table's headers with a form in view: 表类 and 预算 after the name. */
const FORM_HEADERS = ['项目名称', '表类', '预算（万元）', '决算金额（万元）', '评价分值', '评价结论', '预算执行率', '问题数']
const RESULT_HEADERS = ['项目名称', '决算金额（万元）', '评价分值', '评价结论', '预算执行率', '问题数']

/** The bundled 2018 report's grades, in document order. */
const BUNDLED_GRADES = ['优', '优', '优', '优', '良', '优', '良', '良']

interface FormFile {
  file: string
  /** The import's notice, exactly. */
  notice: string
}

const lossNotice = (file: string, forms: number, lacking: string, notes: number) =>
  `已导入 ${file}：${forms} 份项目支出绩效自评表，共 ${forms} 个项目，其中 ${lacking}，${notes} 条解析提示。请在“审计提示 › 缺少字段”中核对。`

/**
 * One file of each type. The PDF comes first and the web page last: the drill-down test opens a
 * project of the dataset shown, the last imported.
 */
const FORM_FILES: FormFile[] = [
  {
    file: 'v2-anhui.pdf',
    notice: '已导入 v2-anhui.pdf：2 份项目支出绩效自评表，共 2 个项目。',
  },
  {
    file: 'v3-sichuan.docx',
    // Projects 2 and 3 state no score (an unfilled form; row scores without a total): the notice says so.
    notice: lossNotice('v3-sichuan.docx', 3, '2 个缺少数值（评价分值 2 个）', 2),
  },
  { file: 'v2-shanghai.xlsx', notice: '已导入 v2-shanghai.xlsx：2 份项目支出绩效自评表，共 2 个项目。' },
  {
    file: 'several-forms.xls',
    // Form 5 leaves every 得分 empty, 总分 included.
    notice: lossNotice('several-forms.xls', 5, '1 个缺少数值（评价分值 1 个）', 1),
  },
  { file: 'v2-anhui.html', notice: '已导入 v2-anhui.html：2 份项目支出绩效自评表，共 2 个项目。' },
]

const baseName = (file: string): string => file.slice(0, file.lastIndexOf('.'))
const extension = (file: string): string => file.slice(file.lastIndexOf('.') + 1)

/** What a refused file must leave exactly as it was. */
async function snapshot(page: Page) {
  return {
    cells: await tableCells(page),
    switcher: await switcherEntries(page),
    heading: await page.getByRole('heading', { level: 1 }).textContent(),
    statuses: await statusTexts(page),
  }
}

interface RefusedFile {
  name: string
  make: (name: string) => FileSpec
  message: string
  /** Inflating 200 MB before the zip bomb is refused takes seconds on a loaded machine. */
  wait: { timeout: number }
}

const REFUSED: RefusedFile[] = [
  {
    name: '考核表.doc',
    make: word97File,
    message: '考核表.doc：这是旧版 Word 97–2003 文档（.doc），无法直接读取；请在 Word 或 WPS 中另存为 .docx 再导入。',
    wait: POLL,
  },
  {
    name: 'locked.xlsx',
    make: encryptedXlsxFile,
    message: 'locked.xlsx：文件有密码保护（已加密），无法读取；请导入未加密的版本。',
    wait: POLL,
  },
  {
    // The readers stop after 200 MB have come out of a zip.
    name: 'bomb.docx',
    make: (name) => zipBombDocx(name, 201),
    message: 'bomb.docx：压缩包解压后超过 200 MB，不予读取（可能是压缩炸弹），未导入。',
    wait: PDF_WAIT,
  },
]

describe('importing self-evaluation forms', () => {
  const harness = suiteHarness()
  let page: Page
  /** The bundled report's rows as the table shows them before anything is imported. */
  let bundledRows: string[][]

  beforeAll(async () => {
    page = await openApp(harness)
    await projectRows(page).nth(BUNDLED_FIGURES.length - 1).waitFor()
    bundledRows = await tableCells(page)
  })

  it.each(FORM_FILES)('imports $file: the notice, and each form’s row with its 表类 and 预算', async ({ file, notice }) => {
    await chooseFiles(page, join(FORM_FIXTURES, file))
    await expectStatus(page, notice, extension(file) === 'pdf' ? PDF_WAIT.timeout : POLL.timeout)
    await expect.poll(() => tableCells(page), POLL).toEqual(expectedForms(baseName(file)).map(formRowCells))
    expect(await columnHeaders(page)).toEqual(FORM_HEADERS)
    expect(await shownDatasetId(page)).toMatch(new RegExp(`^${extension(file)}-[0-9a-f]{8}$`))
  })

  it('opens a form: its facts, its 绩效指标 with 失分 where points were lost, and 查看原文 with the value cells outlined', async () => {
    const [form] = expectedForms('v2-anhui')
    if (form === undefined) throw new Error('v2-anhui has no project')
    await projectRows(page).first().click()
    await expectDrawerOpen(page, form.name)
    expect(await drawerFacts(page)).toEqual({
      表类: FORM_LONG[form.form],
      实施单位: form.unit,
      全年预算数: `${twoDecimals(form.budgetWan)} 万元`,
      年初预算数: `${twoDecimals(form.initialBudgetWan)} 万元`,
      全年执行数: `${twoDecimals(form.amountWan)} 万元`,
      预算执行率: percent(form.executionRate),
      执行率得分: '8.6 / 10',
      自评得分: twoDecimals(form.score),
      出处: 'v2-anhui.html，表 1，A1:I22',
    })

    const indicators = drawer(page).getByRole('region', { name: '绩效指标', exact: true }).getByRole('table')
    // One row of the nine lost points: 更换老旧管网长度, 8.8 of 10.
    expect(await indicators.locator('caption').textContent()).toBe(`绩效指标 ${form.indicatorCount} 项，其中 1 项得分低于分值（标“失分”）`)
    // Three columns: the indicator, target → actual, score / weight (and 失分); 一级/二级 are heading rows above.
    const rows = await indicators
      .locator('tbody tr.indicator')
      .evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (cell) => (cell.textContent ?? '').trim())))
    expect(rows).toHaveLength(form.indicatorCount)
    expect(rows.slice(0, 3)).toEqual(form.indicators.map(indicatorCells))
    const lost = await indicators.locator('tbody tr.indicator').evaluateAll((trs) => trs.map((tr) => tr.classList.contains('lost-points')))
    expect(lost).toEqual(rows.map((cells) => cells[2]?.endsWith(' 失分') === true))
    expect(lost.slice(0, 3)).toEqual([false, true, false])
    const headings = await indicators.locator('tbody tr.indicator-level1 th, tbody tr.indicator-level2 th').allTextContents()
    expect(headings.slice(0, 3)).toEqual(['产出指标（50分）', '数量指标', '质量指标'])
    // The 偏差原因 of the indicator that lost points, on a line of its own under it.
    expect(await indicators.locator('tbody tr.indicator-note').allTextContents()).toEqual([`偏差原因：${form.indicators[1]?.note}`])

    const source = drawer(page).locator('details.source-text')
    const summary = source.locator('summary')
    expect(await summary.textContent()).toBe('查看原文（表 1，A1:I22）')
    await summary.click()
    const table = source.getByRole('region', { name: '原表：表 1，A1:I22' }).getByRole('table')
    await table.waitFor()
    const marked = await markedCells(table)
    expect(marked.find((cell) => cell.title.startsWith('出处：项目名称'))).toEqual({
      address: 'B1:I1',
      title: '出处：项目名称（B1:I1）',
      text: form.name,
    })
    expect(marked.filter((cell) => /^出处：(全年预算数|年初预算数|全年执行数|执行率|自评得分)（/.test(cell.title))).toEqual([
      { address: 'D4', title: '出处：年初预算数（D4）', text: '120.00' },
      { address: 'E4', title: '出处：全年预算数（E4）', text: '135.50' },
      { address: 'F4', title: '出处：全年执行数（F4）', text: '116.53' },
      { address: 'H4', title: '出处：执行率（H4）', text: '86%' },
      { address: 'H22', title: '出处：自评得分（H22）', text: '97.4' },
    ])
    // The labels are drawn, not outlined: the form as it was, 22 rows.
    expect(await table.locator('td', { hasText: /^项目名称$/ }).getAttribute('class')).toBeNull()
    expect(await table.locator('tbody tr').count()).toBe(22)

    await drawerHeading(page).focus()
    await page.keyboard.press('Escape')
    await expectDrawerClosed(page)
  })

  it('keeps every imported form and the table it was read from after a reload', async () => {
    const before = await switcherEntries(page)
    await page.reload()
    await expect.poll(() => switcherEntries(page), POLL).toEqual(before)
    expect(await alertTexts(page)).toEqual([])
    await projectRows(page).first().click()
    const source = drawer(page).locator('details.source-text')
    await source.locator('summary').click()
    const table = source.getByRole('region', { name: '原表：表 1，A1:I22' }).getByRole('table')
    await table.waitFor()
    expect(await table.locator('tbody tr').count()).toBe(22)
    await drawerHeading(page).focus()
    await page.keyboard.press('Escape')
    await expectDrawerClosed(page)
  })

  it('imports a result report drawn as ruled tables in a PDF: the bundled report’s eight records', async () => {
    await chooseFiles(page, BORDERED_PDF)
    await expectStatus(page, '已导入 shanghai-2018-bordered.pdf：8 个项目。', PDF_WAIT.timeout)
    await expectRowFigures(page, BUNDLED_FIGURES)
    const cells = await tableCells(page)
    expect(cells.map((row) => row[3])).toEqual(BUNDLED_GRADES)
    // Rate and number of problems too: the same rows as the bundled text's, cell for cell.
    expect(cells).toEqual(bundledRows)
    expect(await columnHeaders(page)).toEqual(RESULT_HEADERS)
    expect(await shownDatasetId(page)).toMatch(/^pdf-[0-9a-f]{8}$/)
  })

  it('shows forms and results side by side under 全部数据集, with a 表类 facet to tell them apart', async () => {
    await datasetButton(page, '全部数据集').click()
    const facet = page.getByRole('group', { name: '按表类筛选' })
    // Results: the bundled text and the ruled PDF, 8 each; forms: 2 + 3 + 2 + 5 + 2.
    await expect
      .poll(() => facet.getByRole('button').allTextContents(), POLL)
      .toEqual(['全部 30', '结果表 16', '项目自评 14'])
    await expect.poll(() => columnHeaders(page), POLL).toEqual(['数据集', ...FORM_HEADERS])
    // The table draws only the rows near the screen: its caption says how many it holds.
    const shown = async () => /显示 (\d+) 个项目/.exec((await projectTable(page).locator('caption').textContent()) ?? '')?.[1]
    await expect.poll(shown, POLL).toBe('30')
    await facet.getByRole('button', { name: /^项目自评/ }).click()
    await expect.poll(shown, POLL).toBe('14')
    await expect.poll(async () => new Set((await tableCells(page)).map((row) => row[2])), POLL).toEqual(new Set(['项目自评']))
    await facet.getByRole('button', { name: /^全部/ }).click()
    await expect.poll(shown, POLL).toBe('30')
  })

  it.each(REFUSED)('refuses $name with a message naming it, and changes nothing', async ({ name, make, message, wait }) => {
    expect(message.startsWith(`${name}：`)).toBe(true)
    const file = make(name)
    const before = await snapshot(page)
    const alertsBefore = await alertTexts(page)
    await chooseFiles(page, file)
    await expect.poll(() => alertTexts(page), wait).toEqual([...alertsBefore, message])
    expect(await snapshot(page)).toEqual(before)
  })

  it('logs no console error or page error and sends no request to another origin', () => {
    expectCleanRun(harness)
  })
})
