import { compoundFileNames, isEncryptedPackage, looksLikeCompoundFile } from './xls-compound.ts'
import { looksLikeZip, unzipBounded } from './zip.ts'

export type SniffedKind = 'xlsx' | 'docx' | 'xls' | 'doc' | 'encrypted-office' | 'macro-enabled' | 'zip' | 'pdf' | 'html' | 'text' | 'binary'

/** [Content_Types].xml is a few KB; more is not an Office package worth inflating here. */
const MAX_CONTENT_TYPES_BYTES = 1024 * 1024
/** How much of a file the text checks look at. */
const TEXT_SAMPLE_BYTES = 64 * 1024
const HTML_STARTS = ['<!doctype html', '<html', '<table', '<meta', '<head']

/**
 * What a file is, by its content, not its name: a .xls that is really an HTML table, an .xlsx
 * that is really an encrypted compound file. Reads zip and compound-file directories only; the
 * one thing it inflates is a zip's [Content_Types].xml, to see whether it declares macros.
 */
export function sniffDocument(bytes: Uint8Array): SniffedKind {
  if (looksLikeZip(bytes)) return sniffZip(bytes)
  if (looksLikeCompoundFile(bytes)) return sniffCompoundFile(compoundFileNames(bytes))
  if (startsPdf(bytes)) return 'pdf'
  const text = sampleText(bytes)
  if (text === null) return 'binary'
  return looksLikeHtml(text) ? 'html' : 'text'
}

function sniffZip(bytes: Uint8Array): SniffedKind {
  const names = zipEntryNames(bytes)
  if (names.some((name) => /(^|\/)vbaProject\.bin$/i.test(name))) return 'macro-enabled'
  const kind = names.includes('xl/workbook.xml') ? 'xlsx' : names.includes('word/document.xml') ? 'docx' : null
  if (kind === null) return 'zip'
  const types = unzipBounded(bytes, (name) => name === '[Content_Types].xml', MAX_CONTENT_TYPES_BYTES)
  const typesXml = types.ok ? types.files.get('[Content_Types].xml') : undefined
  if (typesXml !== undefined && /macroEnabled/i.test(new TextDecoder('utf-8').decode(typesXml))) return 'macro-enabled'
  return kind
}

function sniffCompoundFile(names: Set<string>): SniffedKind {
  if (isEncryptedPackage(names)) return 'encrypted-office'
  // Excel keeps VBA in _VBA_PROJECT_CUR, Word in Macros
  if (names.has('_VBA_PROJECT_CUR') || (names.has('WordDocument') && names.has('Macros'))) return 'macro-enabled'
  if (names.has('Workbook') || names.has('Book')) return 'xls'
  if (names.has('WordDocument')) return 'doc'
  return 'binary'
}

/**
 * The entry names of a zip from its central directory, or, when that is missing (a truncated
 * file), from the local headers walked from the start.
 */
function zipEntryNames(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const decoder = new TextDecoder('utf-8')
  const names: string[] = []
  const lowest = Math.max(0, bytes.length - 22 - 0xffff)
  for (let end = bytes.length - 22; end >= lowest; end--) {
    if (view.getUint32(end, true) !== 0x06054b50) continue
    const count = view.getUint16(end + 10, true)
    let at = view.getUint32(end + 16, true)
    for (let i = 0; i < count && at + 46 <= bytes.length && view.getUint32(at, true) === 0x02014b50; i++) {
      const nameLength = view.getUint16(at + 28, true)
      names.push(decoder.decode(bytes.subarray(at + 46, Math.min(bytes.length, at + 46 + nameLength))))
      at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
    }
    if (names.length > 0) return names
    break
  }
  for (let at = 0; at + 30 <= bytes.length && view.getUint32(at, true) === 0x04034b50; ) {
    const nameLength = view.getUint16(at + 26, true)
    names.push(decoder.decode(bytes.subarray(at + 30, Math.min(bytes.length, at + 30 + nameLength))))
    const compressed = view.getUint32(at + 18, true)
    // with a data descriptor (flag bit 3) the size is unknown before the data: stop there
    if ((view.getUint16(at + 6, true) & 0x08) !== 0 && compressed === 0) break
    at += 30 + nameLength + view.getUint16(at + 28, true) + compressed
  }
  return names
}

function startsPdf(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024)
  for (let i = head.indexOf(0x25); i !== -1 && i + 5 <= head.length; i = head.indexOf(0x25, i + 1)) {
    if (head[i + 1] === 0x50 && head[i + 2] === 0x44 && head[i + 3] === 0x46 && head[i + 4] === 0x2d) return true
  }
  return false
}

/**
 * The start of the file as text, or null when it is not text: control characters other than
 * tab, line breaks and form feed, or bytes that are neither UTF-8 nor GB18030 (UTF-16 with a byte
 * order mark is text too).
 */
function sampleText(bytes: Uint8Array): string | null {
  const sample = bytes.subarray(0, TEXT_SAMPLE_BYTES)
  const utf16 = sample[0] === 0xff && sample[1] === 0xfe ? 'utf-16le' : sample[0] === 0xfe && sample[1] === 0xff ? 'utf-16be' : null
  if (utf16 !== null) {
    const text = decode(utf16, sample.subarray(2))
    if (text === null) return null
    for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) return null
    return text
  }
  for (const byte of sample) if (isControl(byte)) return null
  const text = decode('utf-8', sample) ?? decode('gb18030', sample)
  return text === null ? null : text.replace(/^\uFEFF/, '')
}

function isControl(code: number): boolean {
  return code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d
}

/** Decodes strictly; a sequence cut off by the end of the sample is no error. */
function decode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes, { stream: true })
  } catch {
    return null
  }
}

function looksLikeHtml(text: string): boolean {
  let rest = text.trimStart()
  // an XML declaration or comments may come first
  for (;;) {
    const skip = /^(<\?xml[^>]*\?>|<!--[\s\S]*?-->)\s*/i.exec(rest)
    if (skip === null) break
    rest = rest.slice(skip[0].length)
  }
  const head = rest.slice(0, 20).toLowerCase()
  return HTML_STARTS.some((start) => head.startsWith(start) && !/[a-z]/.test(head[start.length] ?? ' '))
}
