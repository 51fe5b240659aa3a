import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
// The build src/import/pdf-text.ts loads in the browser; only the loading differs (no worker, files for URLs).
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { beforeAll, describe, expect, it } from 'vitest'
import { type CellTable, cellRangeOf, type TableDocument, tableGrid } from '../../src/domain/cell-table.ts'
import { extractPdfTextWith, type PdfjsLoader } from '../../src/ingest/pdf-extract.ts'
import { bundledText } from '../support/bundled.ts'
import { REPORT_LABELS, reportRows } from '../fixtures/tables/pdf/report-rows.ts'

const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))
const loader: PdfjsLoader = { getDocument, cMapUrl: join(pdfjsRoot, 'cmaps/'), standardFontDataUrl: join(pdfjsRoot, 'standard_fonts/') }

async function documentOf(name: string): Promise<TableDocument> {
  const result = await extractPdfTextWith(loader, new Uint8Array(readFileSync(join(import.meta.dirname, '../fixtures', name))))
  if (!result.ok) throw new Error(`${result.reason}: ${result.detail}`)
  return result.document
}

const tablesOf = (document: TableDocument): CellTable[] => document.parts.flatMap((part) => (part.kind === 'table' ? [part.table] : []))
/** The parts in brief: each text line with its page, each table as its number, page and size. */
const outline = (document: TableDocument): string[] =>
  document.parts.map((part) =>
    part.kind === 'text' ? `p${part.page} ${part.text}` : `table ${part.table.index} p${part.table.page} ${part.table.rows}×${part.table.cols}`,
  )
/** A table's cells row by row, each as its range and text ('C1:I1 社区…'). */
const cellRows = (table: CellTable): string[][] =>
  Array.from({ length: table.rows }, (_, row) => table.cells.filter((c) => c.row === row).map((c) => `${cellRangeOf(c)} ${c.text}`)).filter(
    (row) => row.length > 0,
  )

/** The label/value rows of two-column tables read in order, each row as it is, split into projects at 项目名称. */
function labelValueProjects(document: TableDocument): Array<Array<[string, string]>> {
  const rows = tablesOf(document).flatMap((table) => tableGrid(table).map(([label, value]): [string, string] => [label?.text ?? '', value?.text ?? '']))
  const projects: Array<Array<[string, string]>> = []
  for (const row of rows) {
    if (row[0] === '项目名称') projects.push([])
    projects.at(-1)?.push(row)
  }
  return projects
}

/**
 * The values as the text file writes them. Its values are Chinese; its two stray spaces (条款， 细化,
 * 做到 “付款) sit beside Chinese, where a cell's text drops the spaces PDF readers put (2018 年).
 */
const expectedProjects = reportRows(bundledText).map((rows) => rows.map(([label, value]) => [label, value.replaceAll(' ', '')]))

describe('extractPdfTextWith: the 2018 report as bordered tables, printed by LibreOffice (make-bordered-pdf.ts)', () => {
  let document: TableDocument
  beforeAll(async () => {
    document = await documentOf('shanghai-2018-bordered.pdf')
  })

  it('reads headings, tables and page numbers in reading order, a table broken by a page joined into one (the page number after it)', () => {
    expect(outline(document)).toEqual([
      'p1 中国共产党上海市委员会组织部2018年度财政支出',
      'p1 项目绩效评价结果',
      'p1 绩效评价结果信息表',
      'table 1 p1 8×2',
      'p1 绩效评价结果信息表',
      'table 2 p1 8×2',
      'p1 -1-',
      'p2 绩效评价结果信息表',
      'table 3 p2 8×2',
      'p2 绩效评价结果信息表',
      'table 4 p2 8×2',
      'p2 -2-',
      'p3 绩效评价结果信息表',
      'table 5 p3 8×2',
      'p3 绩效评价结果信息表',
      'table 6 p3 8×2',
      'p3 -3-',
      'p4 绩效评价结果信息表',
      'table 7 p4 8×2',
      'p4 -4-',
      'p5 绩效评价结果信息表',
      'table 8 p5 8×2',
      'p5 -5-',
    ])
  })

  it('gives the first table’s cells: labels in column A, values (their first characters here) in column B', () => {
    expect(cellRows(tablesOf(document)[0] as CellTable).map((row) => row.map((cell) => cell.slice(0, 20)))).toEqual([
      ['A1 项目名称', 'B1 2018年基层党建及队伍教育管理'],
      ['A2 决算金额', 'B2 338.62万元'],
      ['A3 评价分值', 'B3 93.17'],
      ['A4 评价结论', 'B4 优'],
      ['A5 主要绩效', 'B5 根据中央和市委的相关要求，积极落实'],
      ['A6 存在问题', 'B6 （1）预算编制有待进一步优化，二级'],
      ['A7 整改建议', 'B7 （1）优化预算结构，结合项目特性，'],
      ['A8 整改情况', 'B8 （1）根据职能调整对二级项目明细进'],
    ])
  })

  it('gives the row a page break cut (整改情况 of the 4th table) as one row, its value’s two pieces joined mid-word', () => {
    const [label, value] = expectedProjects[3]?.[7] ?? []
    expect(label).toBe('整改情况')
    expect(value).toContain('不断提升培训计划制定的科学性和执行的严肃性。')
    expect(cellRows(tablesOf(document)[3] as CellTable).at(-1)).toEqual(['A8 整改情况', `B8 ${value}`])
  })

  it('gives each project as one table of its 8 rows with the full values of the text file, wrapped lines joined', () => {
    const projects = labelValueProjects(document)
    expect(projects.map((rows) => rows.map(([label]) => label))).toEqual(Array.from({ length: 8 }, () => [...REPORT_LABELS]))
    expect(projects).toEqual(expectedProjects)
  })
})

describe('extractPdfTextWith: the 2018 report drawn box by box (tests/fixtures/make-report-pdf.ts)', () => {
  it('gives the same rows, the rows cut by page breaks whole: labels wrapped in their narrow column (项目 over 名称) joined', async () => {
    const document = await documentOf('shanghai-2018-table.pdf')
    expect(labelValueProjects(document)).toEqual(expectedProjects)
  })
})

describe('extractPdfTextWith: a 项目支出绩效自评表 over two pages, printed by LibreOffice (make-bordered-pdf.ts)', () => {
  let document: TableDocument
  let tables: CellTable[]
  beforeAll(async () => {
    document = await documentOf('tables/pdf/self-evaluation-form.pdf')
    tables = tablesOf(document)
  })

  it('reads the title, the form as one table over both pages (the row the break cut one row), the note and the page numbers in order', () => {
    expect(outline(document)).toEqual([
      'p1 附件1',
      'p1 项目支出绩效自评表',
      'p1 （2022年度）',
      'table 1 p1 24×9',
      'p1 -1-',
      'p2 注：得分一档最高不能超过该指标分值上限。',
      'p2 -2-',
    ])
  })

  it('gives the first page’s rows with their spans, the labels the page break cut spanning on over the second page’s rows', () => {
    expect(cellRows(tables[0] as CellTable).slice(0, 16)).toEqual([
      ['A1:B1 项目名称', 'C1:I1 社区居家养老服务提升项目'],
      ['A2:B2 主管部门', 'C2:E2 上海市某区民政局', 'F2:G2 实施单位', 'H2:I2 某区社区养老服务指导中心'],
      ['A3:B7 项目资金（万元）', 'C3 ', 'D3 年初预算数', 'E3 全年预算数', 'F3 全年执行数', 'G3 分值', 'H3 执行率', 'I3 得分'],
      ['C4 年度资金总额', 'D4 120.00', 'E4 118.50', 'F4 106.65', 'G4 10', 'H4 90.00%', 'I4 9.00'],
      ['C5 其中：当年财政拨款', 'D5 120.00', 'E5 118.50', 'F5 106.65', 'G5 —', 'H5 —', 'I5 —'],
      ['C6 上年结转资金', 'D6 0', 'E6 0', 'F6 0', 'G6 —', 'H6 —', 'I6 —'],
      ['C7 其他资金', 'D7 0', 'E7 0', 'F7 0', 'G7 —', 'H7 —', 'I7 —'],
      ['A8:A9 年度总体目标', 'B8:E8 预期目标', 'F8:I8 实际完成情况'],
      [
        'B9:E9 为辖区内失能、半失能及高龄独居老人提供助餐、助浴、助洁和康复护理等居家养老服务，全年服务不少于12000人次，服务对象满意度达到90%以上。',
        'F9:I9 1.全年提供居家养老服务13260人次，完成年度目标。\n2.新建社区长者食堂2家，因选址调整延后一个月开业。',
      ],
      ['A10:A23 绩效指标', 'B10 一级指标', 'C10 二级指标', 'D10 三级指标', 'E10 年度指标值', 'F10 实际完成值', 'G10 分值', 'H10 得分', 'I10 偏差原因分析及改进措施'],
      ['B11:B17 产出指标（50分）', 'C11:C13 数量指标', 'D11 居家养老服务人次', 'E11 ≥12000人次', 'F11 13260人次', 'G11 10', 'H11 10', 'I11 无'],
      ['D12 新建社区长者食堂', 'E12 2家', 'F12 2家', 'G12 5', 'H12 5', 'I12 无'],
      [
        'D13 培训养老护理员',
        'E13 ≥150人',
        'F13 132人',
        'G13 5',
        'H13 4.4',
        'I13 部分街道报名人数不足，下一年度提前摸排需求，分批次组织培训，并与职业院校合作扩大培训覆盖面。',
      ],
      ['C14:C15 质量指标', 'D14 服务质量抽查合格率', 'E14 ≥95%', 'F14 97.5%', 'G14 10', 'H14 10', 'I14 无'],
      ['D15 护理员持证上岗率', 'E15 100%', 'F15 100%', 'G15 5', 'H15 5', 'I15 无'],
      [
        'C16 时效指标',
        'D16 长者食堂按期开业率',
        'E16 100%',
        'F16 50%',
        'G16 10',
        'H16 5',
        'I16 一家长者食堂因选址调整延后一个月开业，今后在项目立项阶段提前完成选址论证和消防审批，避免影响工期。',
      ],
    ])
  })

  it('gives the second page’s rows after them, under the labels they belong to (成本指标 under 产出指标)', () => {
    expect(cellRows(tables[0] as CellTable).slice(16)).toEqual([
      ['C17 成本指标', 'D17 人均服务成本', 'E17 ≤90元/人次', 'F17 80.43元/人次', 'G17 5', 'H17 5', 'I17 无'],
      ['B18:B21 效益指标（30分）', 'C18:C19 社会效益指标', 'D18 老年人生活质量改善', 'E18 明显改善', 'F18 明显改善', 'G18 10', 'H18 10', 'I18 无'],
      ['D19 家庭照护负担减轻', 'E19 有效减轻', 'F19 有效减轻', 'G19 10', 'H19 9', 'I19 部分家庭反映助浴服务预约等待时间较长，下一年度增加助浴车辆和服务时段。'],
      ['C20:C21 可持续影响指标', 'D20 服务网络覆盖街镇比例', 'E20 100%', 'F20 100%', 'G20 5', 'H20 5', 'I20 无'],
      ['D21 长效运营机制', 'E21 建立', 'F21 已建立', 'G21 5', 'H21 5', 'I21 无'],
      ['B22:B23 满意度指标（10分）', 'C22:C23 服务对象满意度指标', 'D22 服务对象满意度', 'E22 ≥90%', 'F22 93.2%', 'G22 5', 'H22 5', 'I22 无'],
      ['D23 家属满意度', 'E23 ≥90%', 'F23 88.6%', 'G23 5', 'H23 4', 'I23 家属对服务信息公开不够满意，下一年度按月公开服务安排和收费标准。'],
      ['A24:F24 总分', 'G24 100', 'H24 90.4', 'I24 '],
    ])
  })

  it('marks the table with the page it starts on and its number, and no sheet', () => {
    expect(tables.map(({ page, sheet, index }) => ({ page, sheet, index }))).toEqual([{ page: 1, sheet: null, index: 1 }])
  })
})
