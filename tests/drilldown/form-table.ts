import type { CellTable, TableCell } from '../../src/domain/cell-table.ts'

const cell = (row: number, col: number, text: string, rowSpan = 1, colSpan = 1): TableCell => ({ row, col, rowSpan, colSpan, text })

/**
 * A small 项目支出绩效自评表 as a reader gives it: a merged title, merged values, a label spanning two
 * rows, one grid position (B4) where the document drew no cell, and a cell holding markup as text.
 */
export const FORM_TABLE: CellTable = {
  page: null,
  sheet: '项目自评',
  index: 1,
  rows: 6,
  cols: 8,
  cells: [
    cell(0, 0, '项目支出绩效自评表', 1, 8),
    cell(1, 0, '项目名称'),
    cell(1, 1, '51000021R000000019951-工资性支出', 1, 7),
    cell(2, 0, '主管部门'),
    cell(2, 1, '某某局', 1, 3),
    cell(2, 4, '实施单位'),
    cell(2, 5, '<b>某某中心</b>', 1, 3),
    cell(3, 0, '项目资金\n（万元）', 2, 1),
    cell(3, 2, '年初预算数'),
    cell(3, 3, '全年预算数'),
    cell(3, 4, '全年执行数'),
    cell(3, 5, '分值'),
    cell(3, 6, '执行率'),
    cell(3, 7, '得分'),
    cell(4, 1, '年度资金总额'),
    cell(4, 2, '100'),
    cell(4, 3, '120'),
    cell(4, 4, '114'),
    cell(4, 5, '10'),
    cell(4, 6, '95%'),
    cell(4, 7, '9.5'),
    cell(5, 0, '总分', 1, 6),
    cell(5, 6, '100'),
    cell(5, 7, '92.5'),
  ],
}
