import { DEFAULT_READ_LIMITS, type DocumentPart, type ReadLimits, type TableDocument, type TableReadResult } from '../../domain/cell-table.ts'
import { compoundFileNames, isEncryptedPackage, looksLikeCompoundFile } from './xls-compound.ts'
import { ENCRYPTED_DETAIL, MACRO_DETAIL, ReadFailure, damaged, failedRead } from './xls-failure.ts'
import { CellBudget, SheetCells } from './xls-sheet-cells.ts'
import { readWorksheet, type WorkbookContext } from './xlsx-sheet.ts'
import { readSharedStrings } from './xlsx-strings.ts'
import { declaresMacros, readCellFormats, readRelationships, readWorkbookPart, relsPathOf } from './xlsx-workbook.ts'
import { CORE_PROPERTIES, coreTitle } from './core-title.ts'
import { looksLikeZip, unzipBounded } from './zip.ts'


/** Zip folders that hold nothing a cell value needs: never inflated. */
const SKIPPED_FOLDERS =
  /^(docProps|customXml|xl\/(drawings|charts|media|theme|printerSettings|pivotCache|pivotTables|externalLinks|tables|queryTables|threadedComments|persons|activeX|ctrlProps|diagrams|embeddings|slicers|slicerCaches|timelines|timelineCaches|model|richData|webextensions|worksheets\/_rels))\//

function isWantedPart(name: string): boolean {
  return /\.(xml|rels)$/i.test(name) && !SKIPPED_FOLDERS.test(name)
}

/**
 * Reads an .xlsx workbook: each visible, non-empty worksheet becomes one table part, in workbook
 * order. Refuses encrypted and macro-enabled workbooks, zips that inflate past
 * `limits.maxInflatedBytes` and workbooks with more than `limits.maxCells` non-empty cells.
 * Never throws.
 */
export function readXlsx(bytes: Uint8Array, limits: ReadLimits = DEFAULT_READ_LIMITS): TableReadResult {
  try {
    return { ok: true, document: readWorkbook(bytes, limits) }
  } catch (error) {
    return failedRead(error, '.xlsx 工作簿')
  }
}

function readWorkbook(bytes: Uint8Array, limits: ReadLimits): TableDocument {
  if (looksLikeCompoundFile(bytes)) {
    if (isEncryptedPackage(compoundFileNames(bytes))) throw new ReadFailure('encrypted', ENCRYPTED_DETAIL)
    throw new ReadFailure('not-a-document', '文件是旧版 Office 文件（如 .xls），不是 .xlsx 工作簿')
  }
  if (!looksLikeZip(bytes)) throw new ReadFailure('not-a-document', '文件不是 .xlsx 工作簿')

  const names: string[] = []
  const unzipped = unzipBounded(
    bytes,
    (name) => {
      names.push(name)
      return isWantedPart(name) || name === CORE_PROPERTIES
    },
    limits.maxInflatedBytes,
  )
  if (!unzipped.ok) throw new ReadFailure(unzipped.reason, unzipped.detail)
  const files = unzipped.files
  if (names.some((name) => /(^|\/)vbaProject\.bin$/i.test(name)) || declaresMacros(files.get('[Content_Types].xml'))) {
    throw new ReadFailure('macro-enabled', MACRO_DETAIL)
  }

  const rootRelationships = readRelationships(files.get('_rels/.rels'), '')
  const workbookPath = [...rootRelationships.values()].find((r) => r.type.endsWith('/officeDocument'))?.path ?? 'xl/workbook.xml'
  const workbookBytes = files.get(workbookPath)
  if (workbookBytes === undefined) {
    if (names.includes('xl/workbook.bin')) throw new ReadFailure('not-a-document', '这是 .xlsb 二进制工作簿，无法读取；请在 Excel 中另存为 .xlsx 再导入')
    throw damaged(`工作簿缺少 ${workbookPath}，文件不完整或不是 .xlsx`)
  }
  const workbook = readWorkbookPart(workbookBytes, workbookPath)
  const relationships = readRelationships(files.get(relsPathOf(workbookPath)), workbookPath)
  const partOfType = (type: string, fallback: string): string => [...relationships.values()].find((r) => r.type.endsWith(`/${type}`))?.path ?? fallback

  const sharedStringsBytes = files.get(partOfType('sharedStrings', 'xl/sharedStrings.xml'))
  const context: WorkbookContext = {
    sharedStrings: sharedStringsBytes === undefined ? [] : readSharedStrings(decodeUtf8(sharedStringsBytes)),
    formats: readCellFormats(files.get(partOfType('styles', 'xl/styles.xml'))),
    date1904: workbook.date1904,
  }

  const budget = new CellBudget(limits.maxCells)
  const parts: DocumentPart[] = []
  for (const sheet of workbook.sheets) {
    if (sheet.hidden) continue
    const relationship = relationships.get(sheet.relationshipId)
    if (relationship === undefined) throw damaged(`工作簿找不到工作表“${sheet.name}”的内容`)
    if (!relationship.type.endsWith('/worksheet')) continue // chart sheets and dialog sheets hold no cells
    const sheetBytes = files.get(relationship.path)
    if (sheetBytes === undefined) throw damaged(`工作簿缺少工作表“${sheet.name}”（${relationship.path}），文件不完整`)
    const cells = new SheetCells(budget)
    readWorksheet(decodeUtf8(sheetBytes), relationship.path, cells, context)
    const table = cells.toTable(sheet.name, parts.length + 1)
    if (table !== null) parts.push({ kind: 'table', table })
  }
  const title = coreTitle(files.get(CORE_PROPERTIES))
  return title === null ? { parts } : { parts, title }
}

function decodeUtf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes)
}
