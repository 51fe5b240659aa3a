import type { Indicator } from '../../domain/types.ts'
import type { DocumentRow } from './document-rows.ts'
import { INDICATOR_COLUMNS, INDICATOR_END, type IndicatorColumn, isContent, labelKey } from './form-labels.ts'
import { foldLines } from '../fold-lines.ts'
import { cellAt, keyOf, readFormNumber } from './form-rows.ts'
import { type LabelledText, labelText } from './template-cells.ts'

export interface IndicatorTable {
  indicators: Indicator[]
  /** The grid column of each header the table has. */
  columns: Partial<Record<IndicatorColumn, number>>
  /** Index (in the form's rows) of the header row. */
  headerIndex: number
  /** Index of the first row after the indicator rows (the 总分 / 合计 row or a text section), or rows.length. */
  endIndex: number
  /** Each indicator's deviation cell that is not empty, labelled 未完成原因分析（指标名）: where template text is looked for. */
  noteCells: LabelledText[]
}

const MEANINGS = Object.keys(INDICATOR_COLUMNS) as IndicatorColumn[]

/** The header's columns, when the row is an indicator header: it names the indicator and one more column. */
function headerColumns(row: DocumentRow): Partial<Record<IndicatorColumn, number>> | null {
  const columns: Partial<Record<IndicatorColumn, number>> = {}
  for (const rc of row.cells) {
    if (rc.fromAbove) continue
    const key = keyOf(rc)
    const meaning = MEANINGS.find((m) => INDICATOR_COLUMNS[m].has(key))
    if (meaning !== undefined && columns[meaning] === undefined) columns[meaning] = rc.cell.col
  }
  const found = Object.keys(columns).length
  return columns.name !== undefined && found >= 3 ? columns : null
}

/** "指标1：工程资金金额" → "工程资金金额"; "指标2：" → "". */
const withoutNumbering = (text: string): string => foldLines(text).replace(/^指标\s*\d+\s*[:：]?\s*/, '')

const PLACEHOLDER = new Set(['', '—', '——', '-', '--', '/', '／', '…', '……', '...', '......'])

function statedText(row: DocumentRow, col: number | undefined): string | null {
  if (col === undefined) return null
  const rc = cellAt(row, col)
  if (rc === null) return null
  const text = foldLines(rc.cell.text)
  return PLACEHOLDER.has(text.normalize('NFKC').replace(/\s/g, '')) ? null : text
}

function statedNumber(row: DocumentRow, col: number | undefined): number | null {
  const text = statedText(row, col)
  return text === null ? null : readFormNumber(text)
}

/** The first cell that begins in this row and is not empty: what a row is "about". */
export function leadKey(row: DocumentRow): string {
  const lead = row.cells.find((rc) => !rc.fromAbove && rc.cell.text.trim() !== '')
  return lead === undefined ? '' : keyOf(lead)
}

const isEndRow = (row: DocumentRow): boolean => {
  const lead = leadKey(row)
  return INDICATOR_END.has(lead) || lead.startsWith('注:') || lead.startsWith('项目负责人') || /自评表/.test(lead)
}

/** Reads the 绩效指标 table of a form: every row that names an indicator, placeholders skipped. */
export function readIndicators(rows: readonly DocumentRow[]): IndicatorTable | null {
  const headerIndex = rows.findIndex((row) => headerColumns(row) !== null)
  if (headerIndex < 0) return null
  const header = rows[headerIndex]
  const columns = header === undefined ? null : headerColumns(header)
  if (columns === null) return null
  const indicators: Indicator[] = []
  const noteCells: LabelledText[] = []
  const noteHeader = columns.note === undefined || header === undefined ? null : cellAt(header, columns.note)
  let endIndex = rows.length
  for (let i = headerIndex + 1; i < rows.length; i++) {
    const row = rows[i]
    if (row === undefined) continue
    if (isEndRow(row) || headerColumns(row) !== null) {
      endIndex = i
      break
    }
    const nameCell = columns.name === undefined ? null : cellAt(row, columns.name)
    if (nameCell === null || nameCell.fromAbove) continue
    const name = withoutNumbering(nameCell.cell.text)
    if (PLACEHOLDER.has(name.normalize('NFKC').replace(/\s/g, '')) || INDICATOR_COLUMNS.name.has(labelKey(name))) continue
    const note = statedText(row, columns.note)
    const noteCell = columns.note === undefined ? null : cellAt(row, columns.note)
    if (note !== null && noteCell !== null && !noteCell.fromAbove && noteHeader !== null) {
      noteCells.push({ text: note, rowCell: noteCell, row, label: `${labelText(noteHeader.cell.text)}（${name}）` })
    }
    indicators.push({
      level1: statedText(row, columns.level1),
      level2: statedText(row, columns.level2),
      name,
      direction: statedText(row, columns.direction),
      target: statedText(row, columns.target),
      actual: statedText(row, columns.actual),
      unit: statedText(row, columns.unit),
      weight: statedNumber(row, columns.weight),
      score: statedNumber(row, columns.score),
      note: note !== null && isContent(note) ? note : null,
    })
  }
  return { indicators, columns, headerIndex, endIndex, noteCells }
}
