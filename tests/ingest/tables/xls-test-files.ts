/**
 * Builders for crafted spreadsheet files in the reader tests: .xlsx packages zipped with fflate,
 * BIFF8 workbook streams record by record, and compound files with cfb.
 */
import CFB from 'cfb'
import { strToU8, zipSync, type Zippable } from 'fflate'

// ---------------------------------------------------------------------------------------------
// .xlsx

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

interface CraftedSheet {
  name: string
  /** The inside of <worksheet>: <sheetData>…</sheetData> and whatever follows it. */
  body: string
  state?: 'hidden' | 'veryHidden'
}

export interface CraftedXlsx {
  sheets: CraftedSheet[]
  /** The <si> elements of the shared string table, as XML. */
  sharedStrings?: string[]
  /** The inside of <styleSheet>. */
  styles?: string
  /** Attributes of <workbookPr>, e.g. 'date1904="1"'. */
  workbookPr?: string
  contentTypes?: string
  /** Files added or replaced (by zip path); undefined removes one. */
  files?: Record<string, string | Uint8Array | undefined>
  /** Deflate level (fflate's 0–9); 1 zips a big sheet fast. */
  level?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9
}

const DEFAULT_CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`

export function makeXlsx(options: CraftedXlsx): Uint8Array {
  const files: Record<string, string | Uint8Array | undefined> = {
    '[Content_Types].xml': options.contentTypes ?? DEFAULT_CONTENT_TYPES,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr ${options.workbookPr ?? ''}/><sheets>${options.sheets
      .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state === undefined ? '' : ` state="${s.state}"`} r:id="rId${i + 10}"/>`)
      .join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>${options.sheets
      .map((_, i) => `<Relationship Id="rId${i + 10}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
      .join('')}</Relationships>`,
    'xl/styles.xml': `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}">${options.styles ?? '<cellXfs count="1"><xf numFmtId="0"/></cellXfs>'}</styleSheet>`,
    'xl/sharedStrings.xml': `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}">${(options.sharedStrings ?? []).join('')}</sst>`,
  }
  options.sheets.forEach((sheet, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = worksheetXml(sheet.body)
  })
  Object.assign(files, options.files ?? {})
  return zipFiles(files, options.level)
}

export function worksheetXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}">${body}</worksheet>`
}

export function zipFiles(files: Record<string, string | Uint8Array | undefined>, level: CraftedXlsx['level'] = 6): Uint8Array {
  const zippable: Zippable = {}
  for (const [name, content] of Object.entries(files)) {
    if (content !== undefined) zippable[name] = typeof content === 'string' ? strToU8(content) : content
  }
  return zipSync(zippable, { level })
}

// ---------------------------------------------------------------------------------------------
// BIFF8

type Bytes = number[] | Uint8Array

export const le16 = (n: number): number[] => [n & 0xff, (n >>> 8) & 0xff]
export const le32 = (n: number): number[] => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff]

export function le64f(value: number): number[] {
  const view = new DataView(new ArrayBuffer(8))
  view.setFloat64(0, value, true)
  return [...new Uint8Array(view.buffer)]
}

export function utf16(text: string): number[] {
  return [...text].flatMap((c) => le16(c.charCodeAt(0)))
}

export function latin1(text: string): number[] {
  return [...text].map((c) => c.charCodeAt(0))
}

/** True when a string needs two bytes a character in BIFF8 (it has a character past U+00FF). */
export function isWide(text: string): boolean {
  return [...text].some((c) => c.charCodeAt(0) > 0xff)
}

/** An XLUnicodeString: 2-byte length, flags, characters (one byte each when they all fit). */
function xlString(text: string): number[] {
  const wide = isWide(text)
  return [...le16(text.length), wide ? 1 : 0, ...(wide ? utf16(text) : latin1(text))]
}

export function record(type: number, ...parts: Bytes[]): Uint8Array {
  const data = parts.flatMap((p) => [...p])
  return new Uint8Array([...le16(type), ...le16(data.length), ...data])
}

export function bof(kind: number, version = 0x0600): Uint8Array {
  return record(0x0809, le16(version), le16(kind), le16(0), le16(0), le32(0), le32(0))
}

export const eof = (): Uint8Array => record(0x000a)

const cellHeader = (row: number, col: number, xf: number): number[] => [...le16(row), ...le16(col), ...le16(xf)]

export const labelSst = (row: number, col: number, xf: number, index: number): Uint8Array => record(0x00fd, cellHeader(row, col, xf), le32(index))
export const label = (row: number, col: number, xf: number, text: string): Uint8Array => record(0x0204, cellHeader(row, col, xf), xlString(text))
export const numberCell = (row: number, col: number, xf: number, value: number): Uint8Array => record(0x0203, cellHeader(row, col, xf), le64f(value))
export const rkCell = (row: number, col: number, xf: number, rk: number): Uint8Array => record(0x027e, cellHeader(row, col, xf), le32(rk))

export function mulRk(row: number, firstCol: number, cells: [xf: number, rk: number][]): Uint8Array {
  return record(0x00bd, le16(row), le16(firstCol), cells.flatMap(([xf, rk]) => [...le16(xf), ...le32(rk)]), le16(firstCol + cells.length - 1))
}

/** A FORMULA record with an 8-byte cached result and an empty formula. */
export function formula(row: number, col: number, xf: number, result: Bytes): Uint8Array {
  return record(0x0006, cellHeader(row, col, xf), result, le16(0), le32(0), le16(0))
}

/** The cached result of a formula that is not a number: type 0 string, 1 boolean, 2 error, 3 empty. */
export const specialResult = (type: number, value = 0): number[] => [type, 0, value, 0, 0, 0, 0xff, 0xff]

export const stringRecord = (text: string): Uint8Array => record(0x0207, xlString(text))

export const boolErr = (row: number, col: number, xf: number, value: number, isError: boolean): Uint8Array =>
  record(0x0205, cellHeader(row, col, xf), [value, isError ? 1 : 0])

/** MERGEDCELLS with ranges as [firstRow, lastRow, firstCol, lastCol]. */
export function mergedCells(ranges: [number, number, number, number][]): Uint8Array {
  return record(0x00e5, le16(ranges.length), ranges.flatMap((r) => r.flatMap(le16)))
}

export const formatRecord = (id: number, code: string): Uint8Array => record(0x041e, le16(id), xlString(code))

/** An XF record (20 bytes) that uses number format `formatId`. */
export const xf = (formatId: number): Uint8Array => record(0x00e0, le16(0), le16(formatId), zeros(16))

export const zeros = (count: number): number[] => Array.from({ length: count }, () => 0)

export interface CraftedBiffSheet {
  name: string
  records: Uint8Array[]
  /** 1 hidden, 2 very hidden. */
  state?: number
  /** 0 worksheet, 1 macro sheet, 2 chart. */
  kind?: number
}

/**
 * A BIFF8 workbook stream: the globals (BOF, `globals`, one BOUNDSHEET8 per sheet, EOF), then each
 * sheet's substream (BOF, its records, EOF) at the offset its BOUNDSHEET8 names.
 */
export function biffWorkbook(globals: Uint8Array[], sheets: CraftedBiffSheet[]): Uint8Array {
  const boundSheet = (offset: number, sheet: CraftedBiffSheet): Uint8Array => {
    const wide = isWide(sheet.name)
    return record(0x0085, le32(offset), [sheet.state ?? 0, sheet.kind ?? 0, sheet.name.length, wide ? 1 : 0], wide ? utf16(sheet.name) : latin1(sheet.name))
  }
  const head = [bof(0x0005), ...globals]
  let offset = sizeOf(head) + sizeOf(sheets.map((s) => boundSheet(0, s))) + eof().length
  const substreams = sheets.map((s) => [bof(s.kind === 2 ? 0x0020 : 0x0010), ...s.records, eof()])
  const boundSheets = sheets.map((s, i) => {
    const r = boundSheet(offset, s)
    offset += sizeOf(substreams[i] ?? [])
    return r
  })
  return concat([...head, ...boundSheets, eof(), ...substreams.flat()])
}

function sizeOf(parts: Uint8Array[]): number {
  return parts.reduce((n, p) => n + p.length, 0)
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

/** A compound file holding `streams` (paths like 'Workbook' or '_VBA_PROJECT_CUR/VBA/dir'). */
export function compoundFile(streams: Record<string, Uint8Array>): Uint8Array {
  const container = CFB.utils.cfb_new()
  for (const [path, content] of Object.entries(streams)) CFB.utils.cfb_add(container, path, content)
  const out: unknown = CFB.write(container, { type: 'array' })
  return out instanceof Uint8Array ? out : Uint8Array.from(out as number[])
}
