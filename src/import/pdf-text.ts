/**
 * PDF → report text in the browser. Load it lazily (`await import('./pdf-text.ts')`): it brings
 * pdfjs (a 145 KB gzip chunk, and a 390 KB gzip worker fetched on the first PDF), which the page
 * does not need until a PDF is opened.
 *
 * pdfjs's legacy build, as in the Node tests: the modern build calls Map.prototype.getOrInsertComputed
 * without a polyfill, which only the newest browsers have. Everything comes from the app's own origin:
 * the worker is bundled (`?url`), the CMaps and standard fonts are served under `${BASE_URL}pdfjs/`
 * (the pdfjsAssets plugin in vite.config.ts). No eval, no wasm: it runs under a CSP of
 * `script-src 'self'; worker-src 'self'` (vite.config.ts).
 */
import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist/legacy/build/pdf.mjs'
// oxlint-disable-next-line import/default -- a Vite `?url` import: its default export is the file's URL
import workerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url'
import { extractPdfTextWith, type PdfTextResult } from '../ingest/pdf-extract.ts'

export type { PdfFailureReason, PdfTextResult } from '../ingest/pdf-extract.ts'

/** Absolute, so the worker, whose base URL is its own script's, fetches the same files. */
const assetUrl = (path: string): string => new URL(`${import.meta.env.BASE_URL}pdfjs/${path}`, document.baseURI).href

/**
 * Extracts the text of a PDF line by line with the page of each line, ready for parseReport.
 * Never throws; reports progress after each page. The caller's `bytes` stay usable.
 */
export function extractPdfText(bytes: Uint8Array, onProgress?: (page: number, pages: number) => void): Promise<PdfTextResult> {
  GlobalWorkerOptions.workerSrc = workerUrl
  return extractPdfTextWith(
    { getDocument, cMapUrl: assetUrl('cmaps/'), standardFontDataUrl: assetUrl('standard_fonts/') },
    bytes,
    onProgress,
  )
}
