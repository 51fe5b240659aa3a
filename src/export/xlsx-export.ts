import ExcelJS from 'exceljs'
import { type XlsxCell, type XlsxColumnKind, type XlsxInput, type XlsxSheet, workbookSheets } from './xlsx-sheets.ts'

const NUMBER_FORMATS: Readonly<Partial<Record<XlsxColumnKind, string>>> = { decimal: '0.00', integer: '0' }

/** Column widths in characters of the default font: as wide as the header and the content, up to this. */
const MAX_WIDTH: Readonly<Record<XlsxColumnKind, number>> = { text: 40, long: 80, decimal: 14, integer: 12 }
const MIN_WIDTH = 6
/** Cells measured per column: enough to size it, bounded for a file of many rows. */
const MEASURED_ROWS = 500

const HEADER_FILL = 'FFEFEFEF'
/** Total column width (characters) up to which a sheet is printed one page wide: A4 landscape holds about 140. */
const FIT_TO_PAGE_WIDTH = 200

/** Characters that take two columns: CJK ideographs, kana, hangul, full-width forms and punctuation. */
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u

const lineWidths = (text: string): number[] =>
  text.split('\n').map((line) => {
    let width = 0
    for (const char of line) width += WIDE.test(char) ? 2 : 1
    return width
  })

const displayWidth = (text: string): number => Math.max(...lineWidths(text))

/** Points per line of the default 11-point font, and the most lines a row is given (Excel's tallest row is 409 points). */
const LINE_HEIGHT = 15
const MAX_LINES = 27

/**
 * The lines a text takes wrapped in a column of `width` characters. Spreadsheets do not size rows
 * to wrapped text on opening (LibreOffice keeps the default height), so each row gets this height.
 */
function wrappedLines(text: string, width: number): number {
  const room = Math.max(1, width - 1)
  return lineWidths(text).reduce((lines, w) => lines + Math.max(1, Math.ceil(w / room)), 0)
}

function rowHeight(cells: readonly XlsxCell[], widths: readonly number[], wraps: readonly boolean[]): number {
  let lines = 1
  cells.forEach((cell, i) => {
    if (typeof cell === 'string' && wraps[i] === true) lines = Math.max(lines, wrappedLines(cell, widths[i] ?? MIN_WIDTH))
  })
  return Math.min(lines, MAX_LINES) * LINE_HEIGHT
}

function columnWidth(sheet: XlsxSheet, index: number): number {
  const { header, kind } = sheet.columns[index] as XlsxSheet['columns'][number]
  let widest = Math.min(displayWidth(header), MAX_WIDTH[kind])
  for (const row of sheet.rows.slice(0, MEASURED_ROWS)) {
    const cell = row[index]
    if (cell === null || cell === undefined) continue
    widest = Math.max(widest, typeof cell === 'number' ? cell.toFixed(kind === 'decimal' ? 2 : 0).length : displayWidth(cell))
  }
  return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH[kind], widest + 2))
}

function addSheet(workbook: ExcelJS.Workbook, sheet: XlsxSheet): void {
  const worksheet = workbook.addWorksheet(sheet.name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
    pageSetup: { paperSize: 9, orientation: 'landscape' },
  })
  worksheet.pageSetup.printTitlesRow = '1:1'
  const widths = sheet.columns.map((_, index) => columnWidth(sheet, index))
  const wraps = sheet.columns.map(({ kind }) => kind === 'text' || kind === 'long')
  worksheet.columns = sheet.columns.map(({ kind }, index) => ({
    width: widths[index],
    style: {
      ...(NUMBER_FORMATS[kind] === undefined ? {} : { numFmt: NUMBER_FORMATS[kind] }),
      alignment: { vertical: 'top', wrapText: wraps[index] },
    },
  }))
  const headers = sheet.columns.map((c) => c.header)
  const header = worksheet.addRow(headers)
  header.font = { name: 'Calibri', family: 2, size: 11, bold: true }
  header.alignment = { vertical: 'middle', wrapText: true }
  header.height = rowHeight(headers, widths, headers.map(() => true))
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } }
  })
  for (const cells of sheet.rows) {
    // Plain values only: a string is a text cell (exceljs writes formulas only from { formula } objects).
    worksheet.addRow(cells).height = rowHeight(cells, widths, wraps)
  }
  // Printed one page wide where that keeps the text legible (at least about 70 %); wider sheets print across pages.
  if (widths.reduce((sum, w) => sum + w, 0) <= FIT_TO_PAGE_WIDTH) {
    Object.assign(worksheet.pageSetup, { fitToPage: true, fitToWidth: 1, fitToHeight: 0 })
  }
  worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } }
}

/** The sheets as an .xlsx file. */
async function xlsxBytes(sheets: readonly XlsxSheet[]): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'jixiao'
  for (const sheet of sheets) addSheet(workbook, sheet)
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

/** The table in view as an .xlsx workbook: projects, their items and their indicators (workbookSheets). */
export const buildXlsx = (input: XlsxInput): Promise<Uint8Array<ArrayBuffer>> => xlsxBytes(workbookSheets(input))
