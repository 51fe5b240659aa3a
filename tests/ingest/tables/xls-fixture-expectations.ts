/**
 * What the LibreOffice-made fixtures in tests/fixtures/tables/sheets/ hold, cell by cell: the
 * .xlsx and .xls versions of each must read the same (differences are noted where they are).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { cellRangeOf, type CellTable, type TableReadResult } from '../../../src/domain/cell-table.ts'

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(import.meta.dirname, '../../fixtures/tables/sheets', name)))
}

/** A cell as [range, text] or [range, text, number value, number format]. */
export type CellRow = [string, string] | [string, string, number, string]

function cellRows(table: CellTable): CellRow[] {
  return table.cells.map((c) => (c.number === undefined ? [cellRangeOf(c), c.text] : [cellRangeOf(c), c.text, c.number.value, c.number.format]))
}

export interface TableSummary {
  sheet: string | null
  index: number
  rows: number
  cols: number
  cells: CellRow[]
}

/** The tables of a successful read, each summarised; throws on a failed read so the test shows why. */
export function tablesOf(result: TableReadResult): TableSummary[] {
  if (!result.ok) throw new Error(`read failed: ${result.reason}: ${result.detail}`)
  return result.document.parts.map((part) => {
    if (part.kind !== 'table') throw new Error('a spreadsheet reads into tables only')
    const { sheet, index, rows, cols, page } = part.table
    if (page !== null) throw new Error('a sheet has no page')
    return { sheet, index, rows, cols, cells: cellRows(part.table) }
  })
}

export const BUDGET: TableSummary[] = [
  {
    sheet: 'Sheet1',
    index: 1,
    rows: 7,
    cols: 4,
    cells: [
      ['A1:D1', '2023年度项目支出绩效自评表'],
      ['A2', '项目名称'],
      ['B2:D2', '城市道路养护'],
      ['A3:A4', '年度预算'],
      ['B3', '预算数（万元）'],
      ['C3', '执行数（万元）'],
      ['D3', '执行率'],
      ['B4', '1,234.50', 1234.5, '#,##0.00'],
      ['C4', '1063.99', 1063.99, 'General'],
      ['D4', '86%', 0.86, '0%'],
      ['A5', '总体目标'],
      ['B5:D5', '完成道路养护 120 公里；\n群众满意度达到 90% 以上。'],
      ['A6', '完成日期'],
      ['B6', '2023-12-31', 45291, 'yyyy\\-mm\\-dd'],
      ['C6', '得分'],
      ['D6', '92.5', 92.5, 'General'],
      ['A7', '偏差率'],
      ['B7', '8.19%', 0.0819, '0.00%'],
      ['C7', '备注'],
      ['D7', '多个 空格'],
    ],
  },
]

/**
 * workbook.fods: sheets 汇总, 隐藏 (hidden: skipped), 空表 (empty: skipped), 第二张.
 * `sumFormula` is B2's =0.1+0.2: LibreOffice writes the double 0.30000000000000004 into the .xls
 * and the 15-digit text 0.3 into the .xlsx. `textFormula` is B13's =CONCATENATE("甲";"乙"): the
 * .xlsx caches '甲乙', but LibreOffice 7.4 writes the .xls's cached result as the number 0
 * (with no STRING record), and the reader reports what the file holds.
 */
export function workbookTables(sumFormula: number, textFormula: CellRow): TableSummary[] {
  return [
    {
      sheet: '汇总',
      index: 1,
      rows: 21,
      cols: 4,
      cells: [
        ['A1', '项目'],
        ['B1', '数值'],
        ['C1', '说明'],
        ['A2', '常规小数'],
        ['B2', '0.3', sumFormula, 'General'],
        ['A3', '金额'],
        ['B3', '1,234,567.89', 1234567.891, '#,##0.00'],
        ['A4', '负金额'],
        ['B4', '-1,234.50', -1234.5, '#,##0.00'],
        ['A5', '千分整数'],
        ['B5', '1,235', 1234.5, '#,##0'],
        ['A6', '两位小数'],
        ['B6', '2.68', 2.675, '0.00'],
        ['A7', '执行率'],
        ['B7', '86.19%', 0.8619, '0.00%'],
        ['A8', '满意度'],
        ['B8', '86%', 0.86, '0%'],
        ['A9', '日期'],
        ['B9', '2024-03-15', 45366, 'yyyy\\-mm\\-dd'],
        ['A10', '中文日期'],
        ['B10', '2023-12-31', 45291, 'yyyy\\年m\\月d\\日'],
        ['A11', '布尔'],
        ['B11', 'TRUE'],
        ['A12', '错误'],
        ['B12', '#DIV/0!'],
        ['A13', '文本公式'],
        textFormula,
        ['A14', '大数'],
        ['B14', '1E+20', 1e20, 'General'],
        ['A15', '整数'],
        ['B15', '42', 42, 'General'],
        ['A16', '多个空格'],
        ['B16', '多个 空格'],
        ['A17', '多行'],
        ['B17', '第一行：完成道路养护 120 公里\n第二行：群众满意度 90% 以上'],
        ['A18', '富文本'],
        ['B18', '加粗普通'],
        ['A19', '1', 1, 'General'],
        ['B19', '2.5', 2.5, 'General'],
        ['C19', '12.34', 12.34, 'General'],
        ['D19', '-7', -7, 'General'],
        ['A20:B21', '合并区域'],
        ['C20:C21', '竖合并'],
      ],
    },
    { sheet: '第二张', index: 2, rows: 30, cols: 8, cells: [['B2', '左上'], ['H30', '右下']] },
  ]
}

/** long.html, as make.sh writes it: 300 rows of three strings, then one of very long strings. */
export function longTable(): TableSummary {
  const cells: CellRow[] = []
  for (let i = 1; i <= 300; i++) {
    cells.push([`A${i}`, `第${i}行`])
    cells.push([`B${i}`, `项目${i}：绩效目标完成情况良好，资金使用规范。`])
    cells.push([`C${i}`, `Row ${i}:${' performance evaluation'.repeat((i % 7) + 1)}`])
  }
  cells.push(['A301', '长文本'], ['B301', '绩效'.repeat(5000)], ['C301', `${'x'.repeat(9000)}END`])
  return { sheet: 'Sheet1', index: 1, rows: 301, cols: 3, cells }
}
