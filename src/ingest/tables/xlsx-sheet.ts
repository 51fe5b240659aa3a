import { formatNumber } from './number-format.ts'
import { damaged } from './xls-failure.ts'
import type { SheetCells } from './xls-sheet-cells.ts'
import { decodeOoxmlEscapes, scanXml, type XmlHandler } from './xlsx-xml-scan.ts'

export interface WorkbookContext {
  sharedStrings: readonly string[]
  /** The number format code of each cell style (cellXfs), by style index. */
  formats: readonly string[]
  date1904: boolean
}

/**
 * Reads a worksheet part into `cells`: values of non-empty cells and the merged ranges. Cost and
 * memory follow the cells that hold something; empty <row> and <c> elements and the declared
 * <dimension> allocate nothing.
 */
export function readWorksheet(xml: string, part: string, cells: SheetCells, context: WorkbookContext): void {
  let row = -1
  let nextCol = 0
  // the cell being read
  let inCell = false
  let cellRow = 0
  let cellCol = 0
  let cellType = 'n'
  let cellStyle = 0
  let value: string[] = []
  let hasValue = false
  let inInline = false
  let phonetic = 0

  const finish = (): void => {
    inCell = false
    if (!hasValue) return
    const raw = value.join('')
    switch (cellType) {
      case 's': {
        const index = Number(raw.trim())
        const text = context.sharedStrings[index]
        if (!Number.isInteger(index) || text === undefined) throw damaged(`工作表 ${part} 引用了不存在的共享字符串 ${raw.trim()}`)
        cells.add(cellRow, cellCol, text)
        return
      }
      case 'inlineStr':
      case 'str':
        cells.add(cellRow, cellCol, decodeOoxmlEscapes(raw))
        return
      case 'b':
        cells.add(cellRow, cellCol, raw.trim() === '1' || raw.trim().toLowerCase() === 'true' ? 'TRUE' : 'FALSE')
        return
      case 'e':
      case 'd':
        cells.add(cellRow, cellCol, raw)
        return
      default: {
        if (raw.trim() === '') return
        const number = Number(raw)
        if (Number.isNaN(number)) throw damaged(`工作表 ${part} 的数值单元格不是数字（${raw.slice(0, 20)}）`)
        const format = context.formats[cellStyle] ?? 'General'
        cells.add(cellRow, cellCol, formatNumber(number, format, context.date1904), { value: number, format })
      }
    }
  }

  const handler: XmlHandler = {
    collecting: false,
    open(tag) {
      const selfClosing = tag.selfClosing
      switch (tag.name) {
        case 'row': {
          const at = tag.valueIndex('r')
          row = at === -1 ? row + 1 : rowNumberAt(tag.xml, at) - 1
          if (row < 0) throw damaged(`工作表 ${part} 的行号无效（${tag.attribute('r')}）`)
          nextCol = 0
          return
        }
        case 'c': {
          // read in place: a sheet can have millions of <c>, most of them empty
          const at = tag.valueIndex('r')
          if (at === -1) {
            cellRow = Math.max(row, 0)
            cellCol = nextCol
          } else {
            const key = cellKeyAt(tag.xml, at)
            if (key === -1) throw damaged(`工作表 ${part} 的单元格地址无效（${tag.attribute('r')}）`)
            cellRow = Math.floor(key / KEY_COLS)
            cellCol = key % KEY_COLS
          }
          nextCol = cellCol + 1
          if (selfClosing) return
          inCell = true
          cellType = tag.attribute('t') ?? 'n'
          cellStyle = Number(tag.attribute('s') ?? 0)
          value = []
          hasValue = false
          return
        }
        case 'v':
          if (inCell && !selfClosing && !inInline) {
            this.collecting = true
            hasValue = true
          }
          return
        case 'is':
          if (inCell && !selfClosing) {
            inInline = true
            hasValue = true
          }
          return
        case 'rPh':
          if (!selfClosing) phonetic++
          return
        case 't':
          if (inInline && !selfClosing && phonetic === 0) this.collecting = true
          return
        case 'mergeCell': {
          const ref = tag.attribute('ref') ?? ''
          const colon = ref.indexOf(':')
          const a = cellKeyAt(ref, 0, colon === -1 ? ref.length : colon)
          const b = colon === -1 ? a : cellKeyAt(ref, colon + 1, ref.length)
          if (a === -1 || b === -1) throw damaged(`工作表 ${part} 的合并区域无效（${ref}）`)
          cells.merge(Math.floor(a / KEY_COLS), a % KEY_COLS, Math.floor(b / KEY_COLS), b % KEY_COLS)
          return
        }
      }
    },
    close(name) {
      if (name === 'v' || name === 't') this.collecting = false
      else if (name === 'rPh') phonetic--
      else if (name === 'is') inInline = false
      else if (name === 'c' && inCell) finish()
    },
    text(text) {
      value.push(text)
    },
  }
  scanXml(xml, handler, part)
}

const KEY_COLS = 16_384

/** A row number's digits at `at`, up to the closing quote; -1 when there are none or something else. */
function rowNumberAt(text: string, at: number): number {
  let n = 0
  let i = at
  for (; i < text.length; i++) {
    const d = text.charCodeAt(i) - 48
    if (d < 0 || d > 9) break
    n = n * 10 + d
  }
  const next = text.charCodeAt(i)
  return i === at || (next !== 34 && next !== 39) ? -1 : n
}

/**
 * A cell address ('B3', as row 2 × 16384 + col 1) read in place from `text` at `at`, ending at
 * `end` or at a closing quote; -1 for anything else (an absolute '$B$3' included).
 */
function cellKeyAt(text: string, at: number, end = text.length): number {
  let col = 0
  let i = at
  for (; i < end && i - at < 4; i++) {
    const c = text.charCodeAt(i) & ~32 // upper-case
    if (c < 65 || c > 90) break
    col = col * 26 + (c - 64)
  }
  if (i === at || col > KEY_COLS) return -1
  const digitsStart = i
  let row = 0
  for (; i < end; i++) {
    const d = text.charCodeAt(i) - 48
    if (d < 0 || d > 9) break
    row = row * 10 + d
  }
  const next = text.charCodeAt(i)
  if (i === digitsStart || row < 1 || row > 1_048_576 || (i < end && next !== 34 && next !== 39)) return -1
  return (row - 1) * KEY_COLS + col - 1
}
