import type { DocumentRow } from './document-rows.ts'
import { FUNDS_AMOUNT_COLUMNS, FUNDS_COLUMNS, type FundsColumn, FUNDS_TOTAL } from './form-labels.ts'
import { cellAt, type Found, keyOf, readFormNumber } from './form-rows.ts'

export interface FundsTable {
  /** The total row's cell under each header the table has. */
  values: Partial<Record<FundsColumn, Found>>
  /** The unit the amounts are written in: 元 when a label says （元）, else 万元. */
  unit: '元' | '万元'
}

const MEANINGS = Object.keys(FUNDS_COLUMNS) as FundsColumn[]
const YUAN = /[(（]\s*元\s*[)）]/

/**
 * The header's columns by meaning. A header cut in two rows (全年执 / 行数（B）, a page break in a
 * PDF) reads with the row below: a cell that names nothing is tried with the text under it.
 */
function headerColumns(row: DocumentRow, below?: DocumentRow): Partial<Record<FundsColumn, number>> | null {
  const columns: Partial<Record<FundsColumn, number>> = {}
  for (const rc of row.cells) {
    if (rc.fromAbove) continue
    const under = below === undefined ? null : cellAt(below, rc.cell.col)
    const stacked = under === null || under.fromAbove || under.cell.colSpan !== rc.cell.colSpan ? null : keyOf(rc) + keyOf(under)
    const meaning =
      MEANINGS.find((m) => FUNDS_COLUMNS[m].has(keyOf(rc))) ?? MEANINGS.find((m) => stacked !== null && FUNDS_COLUMNS[m].has(stacked))
    if (meaning !== undefined && columns[meaning] === undefined) columns[meaning] = rc.cell.col
  }
  const amounts = FUNDS_AMOUNT_COLUMNS.filter((m) => columns[m] !== undefined).length
  return columns.executed !== undefined || amounts >= 2 ? columns : null
}

/** A row of label, value, label, value (全年预算数 | 43.3 | 全年执行数 | 37.24 | 执行率 | 86%): each label's value to its right. */
function inlineValues(row: DocumentRow): Partial<Record<FundsColumn, Found>> {
  const values: Partial<Record<FundsColumn, Found>> = {}
  row.cells.forEach((rc, i) => {
    const meaning = rc.fromAbove ? undefined : MEANINGS.find((m) => FUNDS_COLUMNS[m].has(keyOf(rc)))
    const value = row.cells[i + 1]
    if (meaning === undefined || value === undefined || value.fromAbove || values[meaning] !== undefined) return
    if (/\d/.test(value.cell.text) && readFormNumber(value.cell.text.replace(/%|万元|万|元/g, '')) !== null) {
      values[meaning] = { text: value.cell.text.trim(), rowCell: value, row }
    }
  })
  return values
}

const hasNumberAt = (row: DocumentRow, columns: Partial<Record<FundsColumn, number>>): boolean =>
  Object.values(columns).some((col) => {
    const rc = cellAt(row, col)
    return rc !== null && !rc.fromAbove && /\d/.test(rc.cell.text)
  })

/**
 * Reads the 项目资金 / 预算执行情况 table of a form: the 年度资金总额 (总额) row's values under 年初预算数,
 * 全年预算数, 全年执行数, 执行率, 分值 (权重) and 得分, whatever the variant calls them. Without a total
 * row, the first row with numbers under the headers. The 分值 and 得分 are those of the row as
 * written: 鄂州 forms put the form's totals (100 and 98) there, and they are read as stated.
 */
export function readFunds(rows: readonly DocumentRow[]): FundsTable | null {
  const headerIndex = rows.findIndex((row) => headerColumns(row) !== null)
  const header = rows[headerIndex]
  if (header === undefined) return null
  const inline = inlineValues(header)
  if (inline.executed !== undefined || inline.budget !== undefined) {
    return { values: inline, unit: header.cells.some((rc) => YUAN.test(rc.cell.text)) ? '元' : '万元' }
  }
  const columns = headerColumns(header, rows[headerIndex + 1]) ?? {}
  const following = rows.slice(headerIndex + 1, headerIndex + 8)
  const total =
    following.find((row) => row.cells.some((rc) => !rc.fromAbove && FUNDS_TOTAL.has(keyOf(rc)))) ??
    following.find((row) => hasNumberAt(row, columns))
  const unitLabels = [header, ...following].flatMap((row) => row.cells.map((rc) => rc.cell.text))
  const unit = unitLabels.some((text) => YUAN.test(text)) ? '元' : '万元'
  const values: Partial<Record<FundsColumn, Found>> = {}
  if (total !== undefined) {
    for (const meaning of MEANINGS) {
      const col = columns[meaning]
      const rc = col === undefined ? null : cellAt(total, col)
      if (rc !== null && !rc.fromAbove) values[meaning] = { text: rc.cell.text.trim(), rowCell: rc, row: total }
    }
  }
  return { values, unit }
}
