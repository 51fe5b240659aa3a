import type { DocumentInitParameters, PDFDocumentLoadingTask, PDFDocumentProxy, PDFPageProxy, TextContent } from 'pdfjs-dist/types/src/display/api'
import type { TableDocument } from '../domain/cell-table.ts'
import { type PdfPageContent, pdfDocument } from './pdf-cells.ts'
import { type PdfPageItems, rebuildLines } from './pdf-lines.ts'
import { type RuleSegment, ruleSegments } from './pdf-rules.ts'

export type PdfFailureReason = 'not-a-pdf' | 'no-text-layer' | 'encrypted' | 'failed'

export type PdfTextResult =
  | {
      ok: true
      /** The report text in reading order, one line per text line: the input of parseReport. */
      text: string
      /** The 1-based page of each line of `text`: pageOfLine[n - 1] for the parser's line n. */
      pageOfLine: number[]
      pages: number
      /** The same text as paragraphs (one per line) and the ruled tables as tables of cells, page by page in reading order. */
      document: TableDocument
    }
  | { ok: false; reason: PdfFailureReason; detail: string }

/** How to load a document: pdfjs's getDocument, and where its CMaps and standard fonts are (trailing slash). */
export interface PdfjsLoader {
  getDocument: (params: DocumentInitParameters) => PDFDocumentLoadingTask
  /** The packed Adobe CMaps (*.bcmap): without them Chinese text in predefined encodings comes back empty. */
  cMapUrl: string
  /** Data for the 14 standard fonts, which PDFs may use without embedding them. */
  standardFontDataUrl: string
}

/** pdfjs's AnnotationMode.DISABLE: form fields and comments drawn over the page are not its rules. */
const ANNOTATIONS_DISABLED = 0

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d] // %PDF-

/** A PDF starts with %PDF- within its first 1024 bytes (readers tolerate some junk before it). */
function looksLikePdf(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 1024) - PDF_MAGIC.length
  for (let i = 0; i <= end; i++) {
    if (PDF_MAGIC.every((b, k) => bytes[i + k] === b)) return true
  }
  return false
}

/** The positioned text items of a page, in PDF user space (y up); marked-content markers and empty items dropped. */
function pageItems(page: number, content: TextContent): PdfPageItems {
  const items: PdfPageItems['items'][number][] = []
  for (const item of content.items) {
    if (!('str' in item) || item.str === '') continue
    items.push({ str: item.str, x: item.transform[4] ?? 0, y: item.transform[5] ?? 0, width: item.width, height: item.height })
  }
  return { page, items }
}

/** The page's ruling lines; none when its drawing cannot be read (its text still can). */
async function pageRules(page: PDFPageProxy): Promise<RuleSegment[]> {
  try {
    return ruleSegments(await page.getOperatorList({ annotationMode: ANNOTATIONS_DISABLED }))
  } catch {
    return []
  }
}

/** The Title of the PDF's document information, when it has one. */
async function documentTitle(doc: PDFDocumentProxy): Promise<string | null> {
  try {
    const { info } = await doc.getMetadata()
    const title = typeof info === 'object' && info !== null && 'Title' in info ? info.Title : null
    return typeof title === 'string' && title.trim() !== '' ? title.trim() : null
  } catch {
    return null
  }
}

function failure(error: unknown): PdfTextResult {
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : ''
  const message = error instanceof Error ? error.message : String(error)
  if (name === 'PasswordException') return { ok: false, reason: 'encrypted', detail: '这个 PDF 已加密，需要密码才能打开；请导入未加密的版本' }
  // It starts like a PDF (looksLikePdf) but its structure cannot be read: damaged or cut short.
  if (name === 'InvalidPDFException') return { ok: false, reason: 'failed', detail: `PDF 文件已损坏或不完整，无法读取（${message}）` }
  return { ok: false, reason: 'failed', detail: `读取 PDF 失败：${message}` }
}

/**
 * Extracts the text of a PDF line by line, with the page of each line, and the same content as a
 * TableDocument whose ruled tables are tables of cells (pdf-cells.ts), using the pdfjs the loader
 * brings: the legacy build with its worker in the browser (src/import/pdf-text.ts), without in Node
 * (the tests, the CLI). Never throws: a file that is
 * not a PDF, is encrypted, or is a scan with no text layer comes back as a reason and a message.
 * `bytes` is copied, not transferred: the caller's buffer stays usable.
 */
export async function extractPdfTextWith(
  loader: PdfjsLoader,
  bytes: Uint8Array,
  onProgress?: (page: number, pages: number) => void,
): Promise<PdfTextResult> {
  if (!looksLikePdf(bytes)) return { ok: false, reason: 'not-a-pdf', detail: '文件不是 PDF（开头没有 %PDF- 标记）' }
  let task: PDFDocumentLoadingTask
  try {
    task = loader.getDocument({
      // A copy, always a plain Uint8Array (a Node Buffer's slice() would be a view): pdfjs transfers it to its worker.
      data: new Uint8Array(bytes),
      cMapUrl: loader.cMapUrl,
      cMapPacked: true,
      standardFontDataUrl: loader.standardFontDataUrl,
      // Under a CSP without 'unsafe-eval' / 'wasm-unsafe-eval': no compiled PostScript functions, no wasm decoders.
      isEvalSupported: false,
      useWasm: false,
      // Nothing is drawn (the drawing is only read for its lines), so no fonts are handed to the page.
      disableFontFace: true,
      verbosity: 0,
    })
  } catch (error) {
    return failure(error)
  }
  try {
    const doc = await task.promise
    const pages: PdfPageContent[] = []
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n)
      const { items } = pageItems(n, await page.getTextContent())
      // The drawing only matters where there is text to put in cells; annotations are not the page's own.
      const rules = items.some((item) => item.str.trim() !== '') ? await pageRules(page) : []
      pages.push({ page: n, items, rules })
      page.cleanup()
      onProgress?.(n, doc.numPages)
    }
    if (!pages.some(({ items }) => items.some((item) => item.str.trim() !== ''))) {
      return {
        ok: false,
        reason: 'no-text-layer',
        detail: `这个 PDF 共${doc.numPages}页，没有可提取的文字，可能是扫描件；请先做文字识别（OCR），或导入文字版`,
      }
    }
    const { text, pageOfLine } = rebuildLines(pages)
    const document = pdfDocument(pages)
    const title = await documentTitle(doc)
    return { ok: true, text, pageOfLine, pages: doc.numPages, document: title === null ? document : { ...document, title } }
  } catch (error) {
    return failure(error)
  } finally {
    await task.destroy()
  }
}
