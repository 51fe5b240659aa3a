import { describe, expect, it } from 'vitest'
import { cellRangeOf, type TableCell } from '../../src/domain/cell-table.ts'
import { continues, joinContinued, type PlacedTable } from '../../src/ingest/pdf-continued-tables.ts'

const column = (letter: string): number => letter.charCodeAt(0) - 65

/** A cell from its range and text, the way a spreadsheet names them: 'A1:A2 产出指标', 'B3 ' (empty). */
function cell(spec: string): TableCell {
  const m = /^([A-Z])(\d+)(?::([A-Z])(\d+))? (.*)$/su.exec(spec)
  if (m === null) throw new Error(`not a cell: ${spec}`)
  const [, c0 = 'A', r0 = '1', c1 = c0, r1 = r0, text = ''] = m
  return {
    row: Number(r0) - 1,
    col: column(c0),
    rowSpan: Number(r1) - Number(r0) + 1,
    colSpan: column(c1) - column(c0) + 1,
    text,
  }
}

/** A page's table: its column edges, its cells, and the cells whose last line is full (their text may go on). */
function placed(edges: number[], cells: string[], full: string[] = []): PlacedTable {
  const parsed = cells.map(cell)
  return {
    edges,
    fullCells: new Set(full),
    table: { page: null, sheet: null, rows: Math.max(...parsed.map((c) => c.row + c.rowSpan)), cols: edges.length - 1, cells: parsed },
  }
}

/** A joined table in brief: its size and its cells as 'A1:A4 产出指标'. */
const brief = ({ table }: PlacedTable): [string, string[]] => [`${table.rows}×${table.cols}`, table.cells.map((c) => `${cellRangeOf(c)} ${c.text}`)]

const FOUR = [50, 150, 250, 350, 450]

describe('continues: the first table of a page goes on from the last of the page before', () => {
  const page1 = placed([50, 150, 300, 450], ['A1 项目', 'B1 金额', 'C1 备注'])
  it.each<[string, number[], boolean]>([
    ['the same edges', [50, 150, 300, 450], true],
    ['outer edges 3 pt off (one table drawn a hair apart on two pages)', [53, 150, 300, 447], true],
    ['the left edge 10 pt off: another table', [60, 150, 300, 450], false],
    ['the right edge 10 pt off: another table', [50, 150, 300, 440], false],
    ['a column split on the next page: page 1’s inner edges are all edges there', [50, 150, 220, 300, 450], true],
    ['as wide, but with columns of its own: another form', [50, 120, 260, 380, 450], false],
    ['one column across the width (no inner edges to compare)', [50, 450], true],
  ])('%s → %s', (_, edges, expected) => {
    expect(continues(page1, placed(edges, ['A1 续']))).toBe(expected)
  })

  it('a table without edges goes on from nothing', () => {
    expect(continues(page1, placed([], []))).toBe(false)
  })
})

describe('joinContinued: one table from a table and its rest on the next page', () => {
  it.each<[string, PlacedTable, PlacedTable, [string, string[]]]>([
    [
      'full rows on both pages: stacked',
      placed(FOUR, ['A1 项目名称', 'B1 金额', 'C1 分值', 'D1 得分', 'A2 甲', 'B2 10', 'C2 5', 'D2 5'], ['A2', 'B2', 'C2', 'D2']),
      placed(FOUR, ['A1 乙', 'B1 20', 'C1 5', 'D1 4']),
      ['3×4', ['A1 项目名称', 'B1 金额', 'C1 分值', 'D1 得分', 'A2 甲', 'B2 10', 'C2 5', 'D2 5', 'A3 乙', 'B3 20', 'C3 5', 'D3 4']],
    ],
    [
      'a header cell over two columns on page 1, the columns split on page 2: the edges of both',
      placed([50, 150, 450], ['A1 指标', 'B1 指标值']),
      placed([50, 150, 300, 450], ['A1 数量', 'B1 ≥10', 'C1 12']),
      ['2×3', ['A1 指标', 'B1:C1 指标值', 'A2 数量', 'B2 ≥10', 'C2 12']],
    ],
    [
      'a label over rows cut by the break, its text on page 1 and an empty piece on page 2: one cell',
      placed(FOUR, ['A1:A2 产出指标', 'B1 数量指标', 'C1 10', 'D1 10', 'B2 质量指标', 'C2 10', 'D2 9']),
      placed(FOUR, ['A1:A2 ', 'B1 时效指标', 'C1 10', 'D1 10', 'B2 成本指标', 'C2 10', 'D2 8']),
      [
        '4×4',
        ['A1:A4 产出指标', 'B1 数量指标', 'C1 10', 'D1 10', 'B2 质量指标', 'C2 10', 'D2 9', 'B3 时效指标', 'C3 10', 'D3 10', 'B4 成本指标', 'C4 10', 'D4 8'],
      ],
    ],
    [
      'the label’s text on the page-2 piece, the page-1 piece empty: one cell with the text',
      placed(FOUR, ['A1 一级指标', 'B1 二级指标', 'C1 分值', 'D1 得分', 'A2 ', 'B2 经济效益', 'C2 10', 'D2 10']),
      placed(FOUR, ['A1:A2 效益指标', 'B1 社会效益', 'C1 10', 'D1 9', 'B2 生态效益', 'C2 10', 'D2 10']),
      [
        '4×4',
        ['A1 一级指标', 'B1 二级指标', 'C1 分值', 'D1 得分', 'A2:A4 效益指标', 'B2 经济效益', 'C2 10', 'D2 10', 'B3 社会效益', 'C3 10', 'D3 9', 'B4 生态效益', 'C4 10', 'D4 10'],
      ],
    ],
    [
      'an empty one-row piece left of the first text (a cut 二级指标): part of the label above',
      placed(FOUR, ['A1:A2 产出指标', 'B1 数量指标', 'C1 指标1', 'D1 10', 'B2 质量指标', 'C2 指标2', 'D2 5']),
      placed(FOUR, ['A1 ', 'B1 ', 'C1 指标3', 'D1 8']),
      ['3×4', ['A1:A3 产出指标', 'B1 数量指标', 'C1 指标1', 'D1 10', 'B2:B3 质量指标', 'C2 指标2', 'D2 5', 'C3 指标3', 'D3 8']],
    ],
    [
      'a row cut by the break (the note goes on): one row, its note joined mid-sentence without a break',
      placed(FOUR, ['A1 时效指标', 'B1 按期开业率', 'C1 50%', 'D1 一家食堂延后开业，今后提前完成'], ['D1']),
      placed(FOUR, ['A1 ', 'B1 ', 'C1 ', 'D1 选址论证。', 'A2 成本指标', 'B2 人均成本', 'C2 100%', 'D2 无']),
      ['2×4', ['A1 时效指标', 'B1 按期开业率', 'C1 50%', 'D1 一家食堂延后开业，今后提前完成选址论证。', 'A2 成本指标', 'B2 人均成本', 'C2 100%', 'D2 无']],
    ],
    [
      'a row cut in two cells (a label wrapped in its narrow column and the note): both joined',
      placed(FOUR, ['A1 满意度', 'B1 群众满意度', 'C1 93%', 'D1 部分群众对施工期间道路通行不'], ['A1', 'D1']),
      placed(FOUR, ['A1 指标', 'B1 ', 'C1 ', 'D1 便有意见。']),
      ['1×4', ['A1 满意度指标', 'B1 群众满意度', 'C1 93%', 'D1 部分群众对施工期间道路通行不便有意见。']],
    ],
    [
      'a cut row whose pieces on page 2 split a merged cell: the empty pieces go, what spans on below stays',
      placed(FOUR, ['A1 时效指标', 'B1:C1 开业率', 'D1 一家食堂延后'], ['D1']),
      placed(FOUR, ['A1 ', 'B1:B2 ', 'C1 ', 'D1 开业。', 'A2 成本指标', 'C2 100%', 'D2 无']),
      ['2×4', ['A1 时效指标', 'B1:C1 开业率', 'D1 一家食堂延后开业。', 'A2 成本指标', 'B2 ', 'C2 100%', 'D2 无']],
    ],
    [
      'a two-column report row cut with its label piece empty: one row',
      placed([50, 130, 450], ['A1 评价结论', 'B1 优', 'A2 整改情况', 'B2 （1）不断提升培'], ['A2', 'B2']),
      placed([50, 130, 450], ['A1 ', 'B1 训计划的科学性。']),
      ['2×2', ['A1 评价结论', 'B1 优', 'A2 整改情况', 'B2 （1）不断提升培训计划的科学性。']],
    ],
    [
      'a piece that ends a sentence before the break: joined on a new line',
      placed(FOUR, ['A1 时效指标', 'B1 按期开业率', 'C1 50%', 'D1 1.食堂延后开业。'], ['D1']),
      placed(FOUR, ['A1 ', 'B1 ', 'C1 ', 'D1 2.今后提前论证。']),
      ['1×4', ['A1 时效指标', 'B1 按期开业率', 'C1 50%', 'D1 1.食堂延后开业。\n2.今后提前论证。']],
    ],
    [
      'a placeholder row (……) after the break: a row of its own, the 二级指标 beside it spanning on',
      placed(FOUR, ['A1 数量指标', 'B1 指标2：免学费学生人数', 'C1 1320人', 'D1 10'], ['B1', 'C1', 'D1']),
      placed(FOUR, ['A1 ', 'B1 ……', 'C1 ', 'D1 ']),
      ['2×4', ['A1:A2 数量指标', 'B1 指标2：免学费学生人数', 'C1 1320人', 'D1 10', 'B2 ……', 'C2 ', 'D2 ']],
    ],
    [
      'a row of its own with text in one cell under a text that stops short of its edge (指标2： under 公用经费完成时间)',
      placed(FOUR, ['A1 时效指标', 'B1 公用经费完成时间', 'C1 2021年12月', 'D1 4']),
      placed(FOUR, ['A1 ', 'B1 指标2：', 'C1 ', 'D1 ']),
      ['2×4', ['A1:A2 时效指标', 'B1 公用经费完成时间', 'C1 2021年12月', 'D1 4', 'B2 指标2：', 'C2 ', 'D2 ']],
    ],
    [
      'a full row after the break, every cell below a full one: a row of its own',
      placed(FOUR, ['A1 质量指标', 'B1 验收合格率', 'C1 100%', 'D1 10'], ['A1', 'B1', 'C1', 'D1']),
      placed(FOUR, ['A1 时效指标', 'B1 按期完工率', 'C1 95%', 'D1 10']),
      ['2×4', ['A1 质量指标', 'B1 验收合格率', 'C1 100%', 'D1 10', 'A2 时效指标', 'B2 按期完工率', 'C2 95%', 'D2 10']],
    ],
    [
      'a header row cut with text in five of its eight cells, each filling its line: one row, the labels whole',
      placed(
        [50, 100, 150, 200, 250, 300, 350, 400, 450],
        ['A1 项目资金', 'B1 ', 'C1 年初预算', 'D1 全年预算', 'E1 全年执', 'F1 分值', 'G1 执行率', 'H1 得分'],
        ['A1', 'C1', 'D1', 'E1', 'F1', 'G1', 'H1'],
      ),
      placed([50, 100, 150, 200, 250, 300, 350, 400, 450], ['A1 （万元）', 'B1 ', 'C1 数', 'D1 数（A）', 'E1 行数（B）', 'F1 ', 'G1 （B/A）', 'H1 ']),
      ['1×8', ['A1 项目资金（万元）', 'B1 ', 'C1 年初预算数', 'D1 全年预算数（A）', 'E1 全年执行数（B）', 'F1 分值', 'G1 执行率（B/A）', 'H1 得分']],
    ],
    [
      'a new row with text in as many cells as the last, all under cells that fill their lines: two rows',
      placed([50, 100, 150, 200], ['A1 人均培训成本', 'B1 800', 'C1 12'], ['A1', 'B1', 'C1']),
      placed([50, 100, 150, 200], ['A1 项目成本控制率', 'B1 100', 'C1 12']),
      ['2×3', ['A1 人均培训成本', 'B1 800', 'C1 12', 'A2 项目成本控制率', 'B2 100', 'C2 12']],
    ],
  ])('%s', (_, a, b, expected) => {
    expect(brief(joinContinued(a, b))).toEqual(expected)
  })

  it('keeps which cells fill their last line, on the joined rows: a third page can go on from the second', () => {
    const a = placed(FOUR, ['A1 时效指标', 'B1 开业率', 'C1 50%', 'D1 一家食堂延后'], ['D1'])
    const b = placed(FOUR, ['A1 ', 'B1 ', 'C1 ', 'D1 开业，今后', 'A2 成本指标', 'B2 人均成本', 'C2 100%', 'D2 部分街道报名人数'], ['D2'])
    const c = placed(FOUR, ['A1 ', 'B1 ', 'C1 ', 'D1 不足。'])
    const ab = joinContinued(a, b)
    expect([...ab.fullCells]).toEqual(['D2'])
    expect(brief(joinContinued(ab, c))).toEqual([
      '2×4',
      ['A1 时效指标', 'B1 开业率', 'C1 50%', 'D1 一家食堂延后开业，今后', 'A2 成本指标', 'B2 人均成本', 'C2 100%', 'D2 部分街道报名人数不足。'],
    ])
  })

  it('leaves the tables it joins as they were', () => {
    const a = placed(FOUR, ['A1:A2 产出指标', 'B1 数量', 'C1 10', 'D1 10', 'B2 质量', 'C2 10', 'D2 9'])
    const b = placed(FOUR, ['A1 ', 'B1 时效', 'C1 10', 'D1 10'])
    const before = structuredClone([a, b])
    joinContinued(a, b)
    expect([a, b]).toEqual(before)
  })
})
