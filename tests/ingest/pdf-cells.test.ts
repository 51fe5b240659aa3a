import { describe, expect, it } from 'vitest'
import { cellRangeOf, type DocumentPart, type TableDocument } from '../../src/domain/cell-table.ts'
import { type PdfPageContent, pageTables, pdfDocument } from '../../src/ingest/pdf-cells.ts'
import { type PdfTextItem, rebuildLines } from '../../src/ingest/pdf-lines.ts'
import type { RuleSegment } from '../../src/ingest/pdf-rules.ts'

/** An item as a PDF reader gives it: CJK glyphs one font size wide, ASCII half. */
const at = (str: string, x: number, y: number, size = 10): PdfTextItem => ({
  str,
  x,
  y,
  width: [...str].reduce((w, c) => w + (c <= '~' ? 0.5 : 1), 0) * size,
  height: size,
})
const h = (y: number, x0: number, x1: number): RuleSegment => ({ x0, y0: y, x1, y1: y })
const v = (x: number, y0: number, y1: number): RuleSegment => ({ x0: x, y0, x1: x, y1 })
/** Every line of a grid: rows and columns at these positions, all drawn. */
const grid = (xs: readonly number[], ys: readonly number[]): RuleSegment[] => [
  ...ys.map((y) => h(y, Math.min(...xs), Math.max(...xs))),
  ...xs.map((x) => v(x, Math.min(...ys), Math.max(...ys))),
]
/** Cells as "B1:C2 text", the way a spreadsheet names them. */
const cellsOf = (items: PdfTextItem[], rules: RuleSegment[]): string[][] =>
  pageTables(items, rules).tables.map(({ table }) => table.cells.map((cell) => `${cellRangeOf(cell)} ${cell.text}`))
const describeParts = ({ parts }: TableDocument): string[] =>
  parts.map((part: DocumentPart) =>
    part.kind === 'text'
      ? `p${part.page} ${part.text}`
      : `table ${part.table.index} p${part.table.page} ${part.table.rows}×${part.table.cols}: ${part.table.cells.map((c) => `${cellRangeOf(c)} ${c.text}`).join(' | ')}`,
  )

// A 2×2 table: columns 100–200–300, rows 700–680–660 (top row first).
const TWO_BY_TWO = grid([100, 200, 300], [660, 680, 700])
const inCells = [at('项目', 105, 686), at('金额', 205, 686), at('名称', 105, 666), at('338.62', 205, 666)]

describe('pageTables: the cells of a ruled table', () => {
  it.each<[string, PdfTextItem[], RuleSegment[], string[][]]>([
    ['a simple 2×2 grid', inCells, TWO_BY_TWO, [['A1 项目', 'B1 金额', 'A2 名称', 'B2 338.62']]],
    [
      'merged horizontally: no rule between the top two cells',
      [at('项目名称', 130, 686), ...inCells.slice(2)],
      [...grid([100, 300], [660, 680, 700]), v(200, 660, 680)],
      [['A1:B1 项目名称', 'A2 名称', 'B2 338.62']],
    ],
    [
      'merged vertically: no rule between the left two cells',
      [at('绩效指标', 105, 676), inCells[1] ?? at('', 0, 0), inCells[3] ?? at('', 0, 0)],
      [...grid([100, 300], [660, 700]), v(200, 660, 700), h(680, 200, 300)],
      [['A1:A2 绩效指标', 'B1 金额', 'B2 338.62']],
    ],
    ['an empty cell is a cell with no text', inCells.slice(0, 3), TWO_BY_TWO, [['A1 项目', 'B1 金额', 'A2 名称', 'B2 ']]],
    ['text outside the table is in no cell', [...inCells, at('标题', 150, 720), at('-1-', 190, 600)], TWO_BY_TWO, [['A1 项目', 'B1 金额', 'A2 名称', 'B2 338.62']]],
    [
      'two tables on one page, top first',
      [at('下表', 105, 566), at('上表', 105, 686)],
      [...grid([100, 200], [680, 700]), ...grid([100, 200], [560, 580])],
      [['A1 上表'], ['A1 下表']],
    ],
    ['a table with no text at all is left out', [at('签字：', 105, 720)], TWO_BY_TWO, []],
    ['lines that cross nowhere make no table', inCells, [h(700, 100, 300), h(660, 100, 300)], []],
  ])('%s', (_, items, rules, expected) => {
    expect(cellsOf(items, rules)).toEqual(expected)
  })

  it('keeps the items in no cell for the text around the tables', () => {
    const title = at('标题', 150, 720)
    expect(pageTables([...inCells, title], TWO_BY_TWO).outside).toEqual([title])
  })
})

// One cell 100–300 wide (text from 105, room for 19 CJK characters at 10 pt), lines 14 apart.
const ONE_CELL = grid([100, 300], [600, 700])
/** A code of 37 characters: as wide as the cell's whole line. */
const CODE = `51000021R${'0'.repeat(28)}`
const cellText = (items: PdfTextItem[], rules = ONE_CELL): string => pageTables(items, rules).tables[0]?.table.cells[0]?.text ?? '(no table)'

describe('pageTables: the text of a cell', () => {
  it.each<[string, PdfTextItem[], string]>([
    ['a wrapped CJK line is joined without a newline', [at('根据中央和市委的相关要求，积极落实基层', 105, 680), at('党建各项工作。', 105, 666)], '根据中央和市委的相关要求，积极落实基层党建各项工作。'],
    [
      'a line that ends a sentence short of the edge is a real new line',
      [at('1.全年服务13260人次。', 105, 680), at('2.新建长者食堂2家。', 105, 666)],
      '1.全年服务13260人次。\n2.新建长者食堂2家。',
    ],
    ['a line that ends a sentence and leaves no room for the next chunk is a wrap', [at('（1）预算编制有待进一步优化，不合理。', 105, 680), at('（2）资金使用有待规范。', 105, 666)], '（1）预算编制有待进一步优化，不合理。（2）资金使用有待规范。'],
    ['CJK lines centred in a narrow cell are one label', [at('偏差原因', 160, 680), at('分析', 170, 666)], '偏差原因分析'],
    ['Latin words wrapped at a space keep one', [at('The budget was executed in full, and', 105, 680), at('on time.', 105, 666)], 'The budget was executed in full, and on time.'],
    ['a short Latin line before another is a real new line', [at('Total', 105, 680), at('2019', 105, 666)], 'Total\n2019'],
    ['a code too long for its line breaks inside, without a space', [at(CODE, 105, 680), at('1-工资性支出', 105, 666)], `${CODE}1-工资性支出`],
    ['spaces beside CJK (a PDF reader’s, 2018 年) are dropped', [at('2018 年 基层党建', 105, 680)], '2018年基层党建'],
    ['Kangxi radicals become ordinary ideographs', [at('⼀次性⽀付', 105, 680)], '一次性支付'],
    ['items of a line come left to right whatever their order', [at('世界', 125, 680), at('你好', 105, 680)], '你好世界'],
  ])('%s', (_, items, expected) => {
    expect(cellText(items)).toBe(expected)
  })

  it('splits an item a PDF reader joined across two cells of a row into its words', () => {
    const joined: PdfTextItem = { str: '120.00 118.50 项目', x: 150, y: 686, width: 150, height: 10 }
    expect(cellsOf([joined], grid([100, 200, 260, 320], [680, 700]))).toEqual([['A1 120.00', 'B1 118.50', 'C1 项目']])
  })

  it('marks the cells whose text fills its last line (measured from the table’s padding): text a page break may have cut', () => {
    const items = [at('项目', 102, 686), at('一二三四五六七八九', 202, 686), at('名称', 140, 666), at('338.62', 268, 666)]
    expect(pageTables(items, TWO_BY_TWO).tables.map(({ fullCells }) => [...fullCells])).toEqual([['B1', 'B2']])
  })

  it('places an item by its centre: one that sticks out of its cell still belongs to it', () => {
    expect(cellsOf([at('很长的名称超出格子外', 105, 686), at('值', 205, 686)], grid([100, 200, 300], [680, 700]))).toEqual([['A1 很长的名称超出格子外', 'B1 值']])
  })
})

describe('pdfDocument: paragraphs and tables in reading order', () => {
  const page1: PdfPageContent = {
    page: 1,
    items: [at('绩效评价结果信息表', 120, 720), ...inCells, at('说明文字', 100, 640), at('第二表', 105, 566), at('-1-', 190, 500)],
    rules: [...TWO_BY_TWO, ...grid([100, 200], [560, 580])],
  }
  const page2: PdfPageContent = { page: 2, items: [at('续表', 105, 686), at('-2-', 190, 500)], rules: grid([100, 200], [680, 700]) }

  it('gives text above, between and below tables as lines, numbers the tables, and joins the table page 2 opens with to the last of page 1', () => {
    expect(describeParts(pdfDocument([page2, page1]))).toEqual([
      'p1 绩效评价结果信息表',
      'table 1 p1 2×2: A1 项目 | B1 金额 | A2 名称 | B2 338.62',
      'p1 说明文字',
      'table 2 p1 2×1: A1 第二表 | A2 续表',
      'p1 -1-',
      'p2 -2-',
    ])
  })

  it('puts text beside a table after it', () => {
    const beside: PdfPageContent = { page: 1, items: [...inCells, at('旁注', 320, 686)], rules: TWO_BY_TWO }
    expect(describeParts(pdfDocument([beside]))).toEqual(['table 1 p1 2×2: A1 项目 | B1 金额 | A2 名称 | B2 338.62', 'p1 旁注'])
  })

  it('gives a PDF without rules as its text lines only, the same lines as rebuildLines', () => {
    const pages: PdfPageContent[] = [
      { page: 1, items: [at('项目', 50, 700), at('第一行值', 100, 700), at('名称', 50, 685), at('第二行值', 100, 685)], rules: [] },
      { page: 2, items: [at('评价分值', 40, 700), at('93.17', 100, 700)], rules: [h(690, 40, 300)] },
    ]
    const document = pdfDocument(pages)
    expect(describeParts(document)).toEqual(['p1 项目名称 第一行值', 'p1 第二行值', 'p2 评价分值 93.17'])
    expect(document.parts.map((part) => (part.kind === 'text' ? part.text : '')).join('\n')).toBe(rebuildLines(pages).text)
  })

  it('gives an empty document for pages without text', () => {
    expect(pdfDocument([{ page: 1, items: [], rules: TWO_BY_TWO }])).toEqual({ parts: [] })
  })
})

/** A page holding one form: its title, a 2×2 table of the same size on every page, and the page number. */
const form = (page: number, name: string): PdfPageContent => ({
  page,
  items: [at('项目支出绩效自评表', 110, 730), at('项目', 105, 686), at('金额', 205, 686), at(name, 105, 666), at('10', 205, 666), at(`-${page}-`, 190, 600)],
  rules: TWO_BY_TWO,
})

describe('pdfDocument: a table broken by pages is one table', () => {
  // Two columns, 100–160–300, a CJK glyph 10 pt wide and 2 pt in from each cell's left edge: 13 glyphs fill a note's line.
  const NOTE_COLUMNS = [100, 160, 300]
  const notePage = (page: number, items: PdfTextItem[], rows: number[]): PdfPageContent => ({ page, items, rules: grid(NOTE_COLUMNS, rows) })
  const header = [at('指标', 102, 686), at('说明', 162, 686)]
  const page3 = notePage(3, [at('满意度', 102, 686), at('无', 162, 686), at('3/12', 190, 600)], [680, 700])

  it('joins a table over three pages, once and then again, its page numbers after it; the row the first break cut is one row', () => {
    const page1 = notePage(
      1,
      [at('绩效指标表', 120, 730), ...header, at('产出', 102, 666), at('项目按计划完成全部建设内容', 162, 666), at('验收合格后交付使用管理单位', 162, 650), at('-1-', 190, 600)],
      [640, 680, 700],
    )
    const page2 = notePage(2, [at('运营。', 162, 686), at('效益', 102, 666), at('无', 162, 666), at('第2页', 185, 600)], [660, 680, 700])
    expect(describeParts(pdfDocument([page1, page2, page3]))).toEqual([
      'p1 绩效指标表',
      'table 1 p1 4×2: A1 指标 | B1 说明 | A2 产出 | B2 项目按计划完成全部建设内容验收合格后交付使用管理单位运营。 | A3 效益 | B3 无 | A4 满意度 | B4 无',
      'p1 -1-',
      'p2 第2页',
      'p3 3/12',
    ])
  })

  it.each([
    ['fills its last line: the rest on page 2 is the rest of its row', '项目按计划完成全部建设内容', 'table 1 p1 2×2: A1 指标 | B1 说明 | A2 产出 | B2 项目按计划完成全部建设内容运营。'],
    ['stops short of its cell’s edge: page 2’s first row is a row of its own', '项目按计划完成', 'table 1 p1 3×2: A1 指标 | B1 说明 | A2:A3 产出 | B2 项目按计划完成 | B3 运营。'],
  ])('a note at the foot of page 1 that %s', (_, note, expected) => {
    const page1 = notePage(1, [...header, at('产出', 102, 666), at(note, 162, 666), at('-1-', 190, 600)], [660, 680, 700])
    const page2 = notePage(2, [at('运营。', 162, 686)], [680, 700])
    expect(describeParts(pdfDocument([page1, page2]))).toEqual([expected, 'p1 -1-'])
  })

  it('keeps two forms apart when the second starts a page with its title', () => {
    expect(describeParts(pdfDocument([form(1, '甲'), form(2, '乙')]))).toEqual([
      'p1 项目支出绩效自评表',
      'table 1 p1 2×2: A1 项目 | B1 金额 | A2 甲 | B2 10',
      'p1 -1-',
      'p2 项目支出绩效自评表',
      'table 2 p2 2×2: A1 项目 | B1 金额 | A2 乙 | B2 10',
      'p2 -2-',
    ])
  })

  it('keeps two tables apart when the page between ends with more than its number', () => {
    const page1: PdfPageContent = { page: 1, items: [...inCells, at('注：单位万元', 100, 640), at('-1-', 190, 600)], rules: TWO_BY_TWO }
    const page2: PdfPageContent = { page: 2, items: [at('续表', 105, 686)], rules: grid([100, 200, 300], [680, 700]) }
    expect(describeParts(pdfDocument([page1, page2]))).toEqual([
      'table 1 p1 2×2: A1 项目 | B1 金额 | A2 名称 | B2 338.62',
      'p1 注：单位万元',
      'p1 -1-',
      'table 2 p2 1×2: A1 续表 | B1 ',
    ])
  })
})
