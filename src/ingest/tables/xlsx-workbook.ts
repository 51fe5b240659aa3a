import type { Document } from '@xmldom/xmldom'
import { builtinNumberFormat } from './number-format.ts'
import { damaged } from './xls-failure.ts'
import { attribute, childElements, descendants, firstChild, parseXml } from './xml.ts'

interface Relationship {
  type: string
  /** The target part's path inside the zip, without a leading '/'. */
  path: string
}

function parsePart(bytes: Uint8Array, part: string): Document {
  const doc = parseXml(bytes)
  if (doc === null) throw damaged(`工作簿的 ${part} 不是完整的 XML，文件可能已损坏`)
  return doc
}

/** The folder of a part path: 'xl/workbook.xml' → 'xl/'. */
function folderOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/') + 1)
}

/** A relationship target resolved against the folder of the part that names it. */
function resolvePath(folder: string, target: string): string {
  const segments = (target.startsWith('/') ? target.slice(1) : folder + target).split('/')
  const out: string[] = []
  for (const segment of segments) {
    if (segment === '..') out.pop()
    else if (segment !== '.' && segment !== '') out.push(segment)
  }
  return out.join('/')
}

/** The .rels part that belongs to `part`: 'xl/workbook.xml' → 'xl/_rels/workbook.xml.rels'. */
export function relsPathOf(part: string): string {
  const folder = folderOf(part)
  return `${folder}_rels/${part.slice(folder.length)}.rels`
}

/** A part's relationships by id; targets resolved to zip paths. */
export function readRelationships(bytes: Uint8Array | undefined, part: string): Map<string, Relationship> {
  const out = new Map<string, Relationship>()
  if (bytes === undefined) return out
  const doc = parsePart(bytes, relsPathOf(part))
  const folder = folderOf(part)
  for (const rel of descendants(doc, 'Relationship')) {
    const id = attribute(rel, 'Id')
    const target = attribute(rel, 'Target')
    if (id === null || target === null || attribute(rel, 'TargetMode') === 'External') continue
    out.set(id, { type: attribute(rel, 'Type') ?? '', path: resolvePath(folder, target) })
  }
  return out
}

/** True when [Content_Types].xml declares a macro-enabled part (an .xlsm saved under another name). */
export function declaresMacros(bytes: Uint8Array | undefined): boolean {
  if (bytes === undefined) return false
  const doc = parsePart(bytes, '[Content_Types].xml')
  return [...descendants(doc, 'Override'), ...descendants(doc, 'Default')].some((el) => /macroEnabled/i.test(attribute(el, 'ContentType') ?? ''))
}

interface SheetEntry {
  name: string
  hidden: boolean
  relationshipId: string
}

interface WorkbookEntries {
  sheets: SheetEntry[]
  date1904: boolean
}

export function readWorkbookPart(bytes: Uint8Array, part: string): WorkbookEntries {
  const doc = parsePart(bytes, part)
  const root = doc.documentElement
  if (root === null || root.localName !== 'workbook') throw damaged(`工作簿的 ${part} 不是工作簿`)
  const properties = firstChild(root, 'workbookPr')
  const date1904Value = properties === null ? null : attribute(properties, 'date1904')
  const sheetsElement = firstChild(root, 'sheets')
  const sheets = (sheetsElement === null ? [] : childElements(sheetsElement, 'sheet')).map((el) => {
    const state = attribute(el, 'state') ?? 'visible'
    return { name: attribute(el, 'name') ?? '', hidden: state === 'hidden' || state === 'veryHidden', relationshipId: attribute(el, 'id') ?? '' }
  })
  return { sheets, date1904: date1904Value === '1' || date1904Value === 'true' }
}

/** The number format code of each cell style (the <cellXfs> of styles.xml), by style index. */
export function readCellFormats(bytes: Uint8Array | undefined): string[] {
  if (bytes === undefined) return []
  const doc = parsePart(bytes, 'styles.xml')
  const root = doc.documentElement
  if (root === null) return []
  const custom = new Map<number, string>()
  const numFmts = firstChild(root, 'numFmts')
  for (const el of numFmts === null ? [] : childElements(numFmts, 'numFmt')) {
    const code = attribute(el, 'formatCode')
    if (code !== null) custom.set(Number(attribute(el, 'numFmtId')), code)
  }
  const cellXfs = firstChild(root, 'cellXfs')
  return (cellXfs === null ? [] : childElements(cellXfs, 'xf')).map((xf) => {
    const id = Number(attribute(xf, 'numFmtId') ?? 0)
    return custom.get(id) ?? builtinNumberFormat(id)
  })
}
