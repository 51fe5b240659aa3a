import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
// The build src/import/pdf-text.ts loads in the browser; only the loading differs (no worker, files for URLs).
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Project } from '../../src/domain/types.ts'
import { extractPdfTextWith, type PdfjsLoader, type PdfTextResult } from '../../src/ingest/pdf-extract.ts'
import { parseReport } from '../../src/ingest/parse-report.ts'
import { BUNDLED_NAME, bundled, bundledText } from '../support/bundled.ts'

const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))
const loader: PdfjsLoader = {
  getDocument,
  cMapUrl: join(pdfjsRoot, 'cmaps/'),
  standardFontDataUrl: join(pdfjsRoot, 'standard_fonts/'),
}
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(import.meta.dirname, '../fixtures', name)))
const withoutSource = (projects: readonly Project[]): Array<Omit<Project, 'source'>> =>
  projects.map(({ source: _source, ...rest }) => rest)
const extract = (bytes: Uint8Array, onProgress?: (page: number, pages: number) => void): Promise<PdfTextResult> =>
  extractPdfTextWith(loader, bytes, onProgress)

describe('extractPdfTextWith: the 2018 report laid out as tables (tests/fixtures/make-report-pdf.ts)', () => {
  const bytes = fixture('shanghai-2018-table.pdf')
  const progress: Array<[number, number]> = []
  let result: Extract<PdfTextResult, { ok: true }>
  let parsed: ReturnType<typeof parseReport>

  beforeAll(async () => {
    const extracted = await extract(bytes, (page, pages) => progress.push([page, pages]))
    if (!extracted.ok) throw new Error(`${extracted.reason}: ${extracted.detail}`)
    result = extracted
    parsed = parseReport(result.text, { sourceName: 'shanghai-2018-table.pdf' })
  })

  it('reads all 6 pages, reporting each', () => {
    expect(result.pages).toBe(6)
    expect(progress).toEqual([1, 2, 3, 4, 5, 6].map((page) => [page, 6]))
  })

  it.each([
    ['2018年基层党建及队伍教育管理', 338.62, 93.17, '优'],
    ['2018年党代表工作经费', 278.31, 92.83, '优'],
    ['2018年干部考评和人才发展工作经费', 139.3, 94.51, '优'],
    ['2018年度领导干部培训经费项目', 267.36, 90.13, '优'],
    ['2018年党建服务工作经费项目', 336.18, 85.12, '良'],
    ['2018年度在线学习工作经费项目', 989.28, 90.61, '优'],
    ['2018年上海市党员干部现代远程教育工作经费', 269.59, 89.6, '良'],
    ['2018年组织部门建设和管理工作', 1059.83, 89.81, '良'],
  ])('project %s: %s 万元, %s, %s', (name, amountWan, score, grade) => {
    const project = parsed.dataset.projects.find((p) => p.name === name)
    expect(project).toMatchObject({ name, amountWan, score, grade })
  })

  it('parses into exactly the records of the text file, without a diagnostic', () => {
    expect(parseReport(bundledText, { sourceName: BUNDLED_NAME }).diagnostics).toEqual([])
    expect(parsed.diagnostics).toEqual([])
    expect(parsed.dataset.title).toBe(bundled.dataset.title)
    expect(withoutSource(parsed.dataset.projects)).toEqual(withoutSource(bundled.dataset.projects))
  })

  it('records the page each project starts on', () => {
    const pageOf = parsed.dataset.projects.map((p) => result.pageOfLine[p.source.startLine - 1])
    expect(pageOf[0]).toBe(1)
    expect(pageOf.at(-1)).toBe(6)
    expect(pageOf).toEqual([1, 1, 2, 3, 3, 4, 5, 6])
    expect(result.pageOfLine).toHaveLength(result.text.split('\n').length)
  })

  it('turns the Kangxi radicals of the font’s ToUnicode map into ordinary ideographs', () => {
    expect(result.text).not.toMatch(/[\u2f00-\u2fdf]/u)
    expect(result.text).toContain('进一步')
  })

  it('leaves the caller’s bytes usable', () => {
    expect(bytes.byteLength).toBe(readFileSync(join(import.meta.dirname, '../fixtures/shanghai-2018-table.pdf')).byteLength)
  })
})

describe('extractPdfTextWith: a Chinese font the PDF does not embed (UniGB-UCS2-H)', () => {
  it('reads it through the packed CMaps, with the Title of its document information', async () => {
    expect(await extract(fixture('cmap-font.pdf'))).toEqual({
      ok: true,
      text: '绩效评价结果信息表\n项目名称 2018年基层党建及队伍教育管理',
      pageOfLine: [1, 1],
      pages: 1,
      // No rules drawn: the document is the text, line by line.
      document: {
        parts: [
          { kind: 'text', text: '绩效评价结果信息表', page: 1 },
          { kind: 'text', text: '项目名称 2018年基层党建及队伍教育管理', page: 1 },
        ],
        title: 'non-embedded Chinese font',
      },
    })
  })

  it('gets no text at all without them: why the loader must give cMapUrl', async () => {
    const withoutCmaps = await extractPdfTextWith({ ...loader, cMapUrl: join(pdfjsRoot, 'no-such-folder/') }, fixture('cmap-font.pdf'))
    expect(withoutCmaps).toMatchObject({ ok: false, reason: 'no-text-layer' })
  })
})

describe('extractPdfTextWith: what it cannot read', () => {
  it.each([
    ['a scan with no text layer', 'no-text-layer', () => fixture('scanned.pdf')],
    ['a PDF that needs a password', 'encrypted', () => fixture('encrypted.pdf')],
    ['a text file', 'not-a-pdf', () => new TextEncoder().encode(bundledText)],
    ['an empty file', 'not-a-pdf', () => new Uint8Array()],
    ['a PDF cut short', 'failed', () => fixture('shanghai-2018-table.pdf').subarray(0, 30_000)],
  ] as const)('%s → %s', async (_, reason, bytes) => {
    const result = await extract(bytes())
    expect(result).toMatchObject({ ok: false, reason })
    expect(result.ok ? '' : result.detail).not.toBe('')
  })
})
