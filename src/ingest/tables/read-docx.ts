import {
  DEFAULT_READ_LIMITS,
  type DocumentPart,
  type ReadLimits,
  type TableReadFailureReason,
  type TableDocument,
  type TableReadResult,
} from '../../domain/cell-table.ts'
import { CORE_PROPERTIES, coreTitle } from './core-title.ts'
import { readDocxTable } from './docx-table.ts'
import { foldLines } from '../fold-lines.ts'
import { paragraphText } from './docx-text.ts'
import { childOf, parseDocxXml, type DocxNode } from './docx-xml.ts'
import { looksLikeZip, unzipBounded } from './zip.ts'

const MAIN_PART = 'word/document.xml'

class Refused extends Error {
  readonly reason: TableReadFailureReason

  constructor(reason: TableReadFailureReason, detail: string) {
    super(detail)
    this.reason = reason
  }
}

/**
 * A Word file (.docx) → its body's paragraphs and tables in reading order. Headers, footers,
 * footnotes and text boxes are not read. A table nested in a cell becomes its own table right
 * after the table holding it. Never throws: a file it cannot read gives the reason.
 */
export function readDocx(bytes: Uint8Array, limits: ReadLimits = DEFAULT_READ_LIMITS): TableReadResult {
  try {
    return { ok: true, document: readParts(bytes, limits) }
  } catch (error) {
    if (error instanceof Refused) return { ok: false, reason: error.reason, detail: error.message }
    if (error instanceof RangeError) return { ok: false, reason: 'too-large', detail: `Word 文件过大或嵌套过深，无法读取（${error.message}）` }
    return { ok: false, reason: 'damaged', detail: `Word 文件无法读取（${error instanceof Error ? error.message : String(error)}）` }
  }
}

function readParts(bytes: Uint8Array, limits: ReadLimits): TableDocument {
  if (!looksLikeZip(bytes)) throw notAZip(bytes)
  let macros = false
  const unzipped = unzipBounded(
    bytes,
    (name) => {
      if (/(^|\/)vbaProject\.bin$/i.test(name)) macros = true
      return name === MAIN_PART || name === CORE_PROPERTIES
    },
    limits.maxInflatedBytes,
  )
  if (macros) throw new Refused('macro-enabled', '文件含有宏（.docm），出于安全考虑不予读取；请另存为不含宏的 .docx')
  if (!unzipped.ok) throw new Refused(unzipped.reason, unzipped.detail)
  const xml = unzipped.files.get(MAIN_PART)
  if (xml === undefined) throw new Refused('damaged', '不是完整的 Word 文件：压缩包中没有 word/document.xml')
  const root = parseDocxXml(new TextDecoder('utf-8').decode(xml))
  const body = root?.name === 'document' ? childOf(root, 'body') : null
  if (body === null) throw new Refused('damaged', 'Word 文件的正文（word/document.xml）不是有效的 XML')
  const parts = new BodyReader(limits).read(body)
  const title = coreTitle(unzipped.files.get(CORE_PROPERTIES))
  return title === null ? { parts } : { parts, title }
}

/** An OLE compound file is a Word 97–2003 document or an encrypted .docx, not a zip. */
function notAZip(bytes: Uint8Array): Refused {
  const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].every((b, i) => bytes[i] === b)
  if (ole && containsUtf16(bytes, 'EncryptedPackage')) return new Refused('encrypted', 'Word 文件设有打开密码，无法读取；请去掉密码后再导入')
  if (ole && containsUtf16(bytes, 'WordDocument')) return new Refused('word-97', '这是 Word 97–2003 格式（.doc）的文件；请在 Word 或 WPS 中另存为 .docx 后再导入')
  return new Refused('damaged', '不是 Word（.docx）文件，或文件已损坏')
}

/** Whether `bytes` hold `name` in UTF-16LE, as an OLE directory entry names its streams. */
function containsUtf16(bytes: Uint8Array, name: string): boolean {
  const first = name.charCodeAt(0)
  outer: for (let i = 0; i + name.length * 2 <= bytes.length; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue
    for (let k = 1; k < name.length; k++) {
      if (bytes[i + 2 * k] !== name.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer
    }
    return true
  }
  return false
}

/** Block-level wrappers to read through: content controls, custom XML. */
const BLOCK_WRAPPERS = new Set(['sdt', 'sdtContent', 'customXml'])

class BodyReader {
  private readonly parts: DocumentPart[] = []
  private tables = 0
  private cells = 0

  private readonly limits: ReadLimits

  constructor(limits: ReadLimits) {
    this.limits = limits
  }

  read(body: DocxNode): DocumentPart[] {
    this.blocks(body)
    return this.parts
  }

  private blocks(container: DocxNode): void {
    for (const child of container.children) {
      if (child.name === 'p') {
        const text = foldLines(paragraphText(child))
        if (text !== '') this.parts.push({ kind: 'text', text, page: null })
      } else if (child.name === 'tbl') {
        this.table(child)
      } else if (BLOCK_WRAPPERS.has(child.name)) {
        this.blocks(child)
      }
    }
  }

  /** The table, then the tables nested in its cells, depth first (a stack, not recursion: nesting can be deep). */
  private table(element: DocxNode): void {
    const pending = [element]
    for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
      const grid = readDocxTable(next, () => {
        this.cells += 1
        if (this.cells > this.limits.maxCells) {
          throw new Refused('too-large', `Word 文件的表格超过 ${this.limits.maxCells} 个单元格，不予读取`)
        }
      })
      if (grid.rows * grid.cols > this.limits.maxCells) {
        throw new Refused('too-large', `Word 文件的表格（${grid.rows} 行 × ${grid.cols} 列）超过 ${this.limits.maxCells} 个格位，不予读取`)
      }
      this.tables += 1
      const table = { page: null, sheet: null, index: this.tables, rows: grid.rows, cols: grid.cols, cells: grid.cells }
      this.parts.push({ kind: 'table', table })
      pending.push(...grid.nested.toReversed())
    }
  }
}
