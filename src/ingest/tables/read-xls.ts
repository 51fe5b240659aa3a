import CFB from 'cfb'
import { summaryTitle } from './xls-summary.ts'
import { DEFAULT_READ_LIMITS, type DocumentPart, type ReadLimits, type TableDocument, type TableReadResult } from '../../domain/cell-table.ts'
import { builtinNumberFormat, formatNumber } from './number-format.ts'
import { compoundFileNames, isEncryptedPackage, looksLikeCompoundFile } from './xls-compound.ts'
import { ENCRYPTED_DETAIL, MACRO_DETAIL, ReadFailure, damaged, failedRead } from './xls-failure.ts'
import { ContinuedReader, RecordReader, RecordType, decodeRk, f64, readSst, u16, u32 } from './xls-records.ts'
import { CellBudget, SheetCells } from './xls-sheet-cells.ts'

const OLD_FORMAT_DETAIL = '这是 Excel 95 或更早版本的 .xls 文件，无法读取；请在 Excel 中另存为 .xlsx 后再导入'

/** BIFF2–BIFF4 files are a bare record stream, not a compound file: BOF of those versions. */
const OLD_BOF_TYPES = new Set([0x0009, 0x0209, 0x0409])

const ERROR_TEXT = new Map([
  [0x00, '#NULL!'],
  [0x07, '#DIV/0!'],
  [0x0f, '#VALUE!'],
  [0x17, '#REF!'],
  [0x1d, '#NAME?'],
  [0x24, '#NUM!'],
  [0x2a, '#N/A'],
  [0x2b, '#GETTING_DATA'],
])

/**
 * Reads an .xls workbook (Excel 97–2003, BIFF8): each visible, non-empty worksheet becomes one
 * table part, in workbook order. Refuses encrypted workbooks, workbooks with macros, Excel 95 and
 * older files and workbooks with more than `limits.maxCells` non-empty cells. Never throws.
 */
export function readXls(bytes: Uint8Array, limits: ReadLimits = DEFAULT_READ_LIMITS): TableReadResult {
  try {
    return { ok: true, document: readWorkbook(bytes, limits) }
  } catch (error) {
    return failedRead(error, '.xls 工作簿')
  }
}

function readWorkbook(bytes: Uint8Array, limits: ReadLimits): TableDocument {
  if (!looksLikeCompoundFile(bytes)) {
    if (bytes.length >= 4 && OLD_BOF_TYPES.has(u16(bytes, 0))) throw damaged(OLD_FORMAT_DETAIL)
    throw new ReadFailure('not-a-document', '文件不是 .xls 工作簿')
  }
  const names = compoundFileNames(bytes)
  if (isEncryptedPackage(names)) throw new ReadFailure('encrypted', ENCRYPTED_DETAIL)
  if (names.has('_VBA_PROJECT_CUR')) throw new ReadFailure('macro-enabled', MACRO_DETAIL)
  const { stream, summary } = workbookStreams(bytes)
  const globals = readGlobals(stream)

  const budget = new CellBudget(limits.maxCells)
  const parts: DocumentPart[] = []
  for (const sheet of globals.sheets) {
    if (sheet.hidden || sheet.kind !== 0) continue
    const cells = new SheetCells(budget)
    readSheet(stream, sheet.offset, cells, globals)
    const table = cells.toTable(sheet.name, parts.length + 1)
    if (table !== null) parts.push({ kind: 'table', table })
  }
  const title = summary === null ? null : summaryTitle(summary)
  return title === null ? { parts } : { parts, title }
}

const bytesOf = (content: ArrayLike<number>): Uint8Array => (content instanceof Uint8Array ? content : Uint8Array.from(content))

/** The Workbook stream, and the SummaryInformation stream when there is one. */
function workbookStreams(bytes: Uint8Array): { stream: Uint8Array; summary: Uint8Array | null } {
  const container = CFB.parse(bytes)
  // a stream at the top of the file, not one in an embedded object's storage
  const named = (name: string) => container.FileIndex.find((entry, i) => entry.type === 2 && container.FullPaths[i]?.toLowerCase() === `root entry/${name.toLowerCase()}`)
  const entry = named('Workbook')
  if (entry === undefined) {
    if (named('Book') !== undefined) throw damaged(OLD_FORMAT_DETAIL)
    throw new ReadFailure('not-a-document', '文件是其他 Office 文件（如 Word 文档），不是 .xls 工作簿')
  }
  const summary = named('\u0005SummaryInformation')
  return { stream: bytesOf(entry.content), summary: summary === undefined ? null : bytesOf(summary.content) }
}

interface SheetEntry {
  name: string
  offset: number
  hidden: boolean
  /** 0 worksheet, 1 macro sheet, 2 chart, 6 VBA module. */
  kind: number
}

interface Globals {
  sheets: SheetEntry[]
  sharedStrings: string[]
  /** The number format code of each XF (cell format), by XF index. */
  formats: string[]
  date1904: boolean
}

function readGlobals(stream: Uint8Array): Globals {
  const reader = new RecordReader(stream, 0)
  const bof = reader.next()
  if (bof === null || bof.type !== RecordType.BOF) {
    if (bof !== null && OLD_BOF_TYPES.has(bof.type)) throw damaged(OLD_FORMAT_DETAIL)
    throw damaged('.xls 文件的工作簿流不以 BOF 记录开头，可能已损坏')
  }
  if (u16(bof.data, 0) !== 0x0600) throw damaged(OLD_FORMAT_DETAIL)

  const customFormats = new Map<number, string>()
  const xfFormatIds: number[] = []
  const globals: Globals = { sheets: [], sharedStrings: [], formats: [], date1904: false }
  for (;;) {
    const record = reader.next()
    if (record === null) throw damaged('.xls 文件的工作簿流不完整，可能已损坏')
    if (record.type === RecordType.EOF) break
    const data = record.data
    switch (record.type) {
      case RecordType.FILEPASS:
        throw new ReadFailure('encrypted', ENCRYPTED_DETAIL)
      case RecordType.OBPROJ:
        throw new ReadFailure('macro-enabled', MACRO_DETAIL)
      case RecordType.DATEMODE:
        globals.date1904 = u16(data, 0) === 1
        break
      case RecordType.FORMAT:
        customFormats.set(u16(data, 0), new ContinuedReader([data.subarray(2)]).richString())
        break
      case RecordType.XF:
        xfFormatIds.push(u16(data, 2))
        break
      case RecordType.SST:
        globals.sharedStrings = readSst([data, ...reader.continuations()])
        break
      case RecordType.BOUNDSHEET8: {
        const kind = data[5] ?? 0
        if (kind === 1) throw new ReadFailure('macro-enabled', MACRO_DETAIL)
        const name = new ContinuedReader([data.subarray(6)]).shortString()
        globals.sheets.push({ name, offset: u32(data, 0), hidden: ((data[4] ?? 0) & 0x03) !== 0, kind })
        break
      }
    }
  }
  globals.formats = xfFormatIds.map((id) => customFormats.get(id) ?? builtinNumberFormat(id))
  return globals
}

function readSheet(stream: Uint8Array, offset: number, cells: SheetCells, globals: Globals): void {
  const reader = new RecordReader(stream, offset)
  const bof = reader.next()
  if (bof === null || bof.type !== RecordType.BOF) throw damaged('.xls 文件的工作表位置不对，可能已损坏')
  const addNumber = (row: number, col: number, xf: number, value: number): void => {
    const format = globals.formats[xf] ?? 'General'
    cells.add(row, col, formatNumber(value, format, globals.date1904), { value, format })
  }
  // a formula whose cached result is a string: the STRING record after it holds the text
  let pendingString: { row: number; col: number } | null = null
  let depth = 1
  for (;;) {
    const record = reader.next()
    if (record === null) throw damaged('.xls 文件的工作表不完整，可能已损坏')
    const data = record.data
    if (record.type === RecordType.BOF) {
      depth++ // an embedded chart's substream
      continue
    }
    if (record.type === RecordType.EOF) {
      if (--depth === 0) return
      continue
    }
    if (depth > 1) continue
    const row = u16(data, 0)
    const col = u16(data, 2)
    const xf = u16(data, 4)
    switch (record.type) {
      case RecordType.LABELSST: {
        const index = u32(data, 6)
        const text = globals.sharedStrings[index]
        if (text === undefined) throw damaged(`.xls 文件引用了不存在的共享字符串 ${index}，可能已损坏`)
        cells.add(row, col, text)
        break
      }
      case RecordType.LABEL:
      case RecordType.RSTRING:
        cells.add(row, col, new ContinuedReader([data.subarray(6), ...reader.continuations()]).richString())
        break
      case RecordType.NUMBER:
        addNumber(row, col, xf, f64(data, 6))
        break
      case RecordType.RK:
        addNumber(row, col, xf, decodeRk(u32(data, 6)))
        break
      case RecordType.MULRK: {
        const count = Math.floor((data.length - 6) / 6)
        for (let i = 0; i < count; i++) addNumber(row, col + i, u16(data, 4 + i * 6), decodeRk(u32(data, 6 + i * 6)))
        break
      }
      case RecordType.FORMULA:
        pendingString = null
        if (u16(data, 12) !== 0xffff) {
          addNumber(row, col, xf, f64(data, 6))
          break
        }
        switch (data[6]) {
          case 0:
            pendingString = { row, col }
            break
          case 1:
            cells.add(row, col, data[8] === 0 ? 'FALSE' : 'TRUE')
            break
          case 2:
            cells.add(row, col, ERROR_TEXT.get(data[8] ?? -1) ?? '#VALUE!')
            break
        }
        break
      case RecordType.STRING:
        if (pendingString !== null) cells.add(pendingString.row, pendingString.col, new ContinuedReader([data, ...reader.continuations()]).richString())
        pendingString = null
        break
      case RecordType.BOOLERR:
        if (data[7] === 0) cells.add(row, col, data[6] === 0 ? 'FALSE' : 'TRUE')
        else cells.add(row, col, ERROR_TEXT.get(data[6] ?? -1) ?? '#VALUE!')
        break
      case RecordType.MERGEDCELLS: {
        const count = Math.min(u16(data, 0), Math.floor((data.length - 2) / 8))
        for (let i = 0; i < count; i++) {
          const at = 2 + i * 8
          cells.merge(u16(data, at), u16(data, at + 4), u16(data, at + 2), u16(data, at + 6))
        }
        break
      }
    }
  }
}
