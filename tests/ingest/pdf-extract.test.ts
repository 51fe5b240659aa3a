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

/**
 * The label/value rows of two-column tables read in order, a row that runs on to the next page
 * (its label cell there is empty) joined to its start, split into projects at 项目名称.
 */
function labelValueProjects(document: TableDocument): Array<Array<[string, string]>> {
  const rows: Array<[string, string]> = []
  for (const table of tablesOf(document)) {
    for (const [label, value] of tableGrid(table)) {
      const previous = rows.at(-1)
      if (label?.text === '' && previous !== undefined) previous[1] += value?.text ?? ''
      else rows.push([label?.text ?? '', value?.text ?? ''])
    }
  }
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

  it('reads headings, tables and page numbers in reading order, a table broken by a page going on as the next page’s table', () => {
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
      'table 5 p3 1×2',
      'p3 绩效评价结果信息表',
      'table 6 p3 8×2',
      'p3 绩效评价结果信息表',
      'table 7 p3 6×2',
      'p3 -3-',
      'table 8 p4 3×2',
      'p4 绩效评价结果信息表',
      'table 9 p4 8×2',
      'p4 -4-',
      'p5 绩效评价结果信息表',
      'table 10 p5 8×2',
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

  it('gives the row cut by a page break as a row with an empty label on the next page', () => {
    expect(cellRows(tablesOf(document)[4] as CellTable)).toEqual([['A1 ', 'B1 训计划制定的科学性和执行的严肃性。进一步规范工作流程，建立健全培训计划和课程师资调整等制度。']])
  })

  it('gives each project’s 8 rows with the full values of the text file, wrapped lines joined', () => {
    const projects = labelValueProjects(document)
    expect(projects.map((rows) => rows.map(([label]) => label))).toEqual(Array.from({ length: 8 }, () => [...REPORT_LABELS]))
    expect(projects).toEqual(expectedProjects)
  })
})

describe('extractPdfTextWith: the 2018 report drawn box by box (tests/fixtures/make-report-pdf.ts)', () => {
  it('gives the same rows: labels wrapped in their narrow column (项目 over 名称) joined', async () => {
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

  it('reads the title, the form as one table per page, the note and the page numbers in order', () => {
    expect(outline(document)).toEqual([
      'p1 附件1',
      'p1 项目支出绩效自评表',
      'p1 （2022年度）',
      'table 1 p1 16×9',
      'p1 -1-',
      'table 2 p2 9×9',
      'p2 注：得分一档最高不能超过该指标分值上限。',
      'p2 -2-',
    ])
  })

  it('gives the first page’s cells with their spans', () => {
    expect(cellRows(tables[0] as CellTable)).toEqual([
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
      ['A10:A16 绩效指标', 'B10 一级指标', 'C10 二级指标', 'D10 三级指标', 'E10 年度指标值', 'F10 实际完成值', 'G10 分值', 'H10 得分', 'I10 偏差原因分析及改进措施'],
      ['B11:B16 产出指标（50分）', 'C11:C13 数量指标', 'D11 居家养老服务人次', 'E11 ≥12000人次', 'F11 13260人次', 'G11 10', 'H11 10', 'I11 无'],
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
      ['C16 时效指标', 'D16 长者食堂按期开业率', 'E16 100%', 'F16 50%', 'G16 10', 'H16 5', 'I16 一家长者食堂因选址调整延后一个月开业，今后在项目立项阶段提前完成'],
    ])
  })

  it('gives the second page’s cells: the merged cells and the row cut by the page break go on, empty, above the rest', () => {
    expect(cellRows(tables[1] as CellTable)).toEqual([
      ['A1:A8 ', 'B1:B2 ', 'C1 ', 'D1 ', 'E1 ', 'F1 ', 'G1 ', 'H1 ', 'I1 选址论证和消防审批，避免影响工期。'],
      ['C2 成本指标', 'D2 人均服务成本', 'E2 ≤90元/人次', 'F2 80.43元/人次', 'G2 5', 'H2 5', 'I2 无'],
      ['B3:B6 效益指标（30分）', 'C3:C4 社会效益指标', 'D3 老年人生活质量改善', 'E3 明显改善', 'F3 明显改善', 'G3 10', 'H3 10', 'I3 无'],
      ['D4 家庭照护负担减轻', 'E4 有效减轻', 'F4 有效减轻', 'G4 10', 'H4 9', 'I4 部分家庭反映助浴服务预约等待时间较长，下一年度增加助浴车辆和服务时段。'],
      ['C5:C6 可持续影响指标', 'D5 服务网络覆盖街镇比例', 'E5 100%', 'F5 100%', 'G5 5', 'H5 5', 'I5 无'],
      ['D6 长效运营机制', 'E6 建立', 'F6 已建立', 'G6 5', 'H6 5', 'I6 无'],
      ['B7:B8 满意度指标（10分）', 'C7:C8 服务对象满意度指标', 'D7 服务对象满意度', 'E7 ≥90%', 'F7 93.2%', 'G7 5', 'H7 5', 'I7 无'],
      ['D8 家属满意度', 'E8 ≥90%', 'F8 88.6%', 'G8 5', 'H8 4', 'I8 家属对服务信息公开不够满意，下一年度按月公开服务安排和收费标准。'],
      ['A9:F9 总分', 'G9 100', 'H9 90.4', 'I9 '],
    ])
  })

  it('marks every table with its page and number, and no sheet', () => {
    expect(tables.map(({ page, sheet, index }) => ({ page, sheet, index }))).toEqual([
      { page: 1, sheet: null, index: 1 },
      { page: 2, sheet: null, index: 2 },
    ])
  })
})
