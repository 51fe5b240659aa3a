import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { extractPdfTextWith, type PdfTextResult } from '../ingest/pdf-extract.ts'

/** pdfjs's legacy build in Node, without a worker; CMaps and standard fonts read from the package's files. */
const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))

export function extractPdfInNode(bytes: Uint8Array): Promise<PdfTextResult> {
  return extractPdfTextWith(
    { getDocument, cMapUrl: join(pdfjsRoot, 'cmaps/'), standardFontDataUrl: join(pdfjsRoot, 'standard_fonts/') },
    bytes,
  )
}
