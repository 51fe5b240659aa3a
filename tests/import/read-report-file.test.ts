import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { MAX_FILE_BYTES, type PdfTextResult, readReportFile, type ReportFile } from '../../src/import/read-report-file.ts'
import { toCsv } from '../../src/ingest/to-csv.ts'
import { toJson } from '../../src/ingest/to-json.ts'
import { bundled, bundledText } from '../support/bundled.ts'

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures', name))

function file(name: string, content: string | Uint8Array, size?: number): ReportFile & { arrayBuffer: ReturnType<typeof vi.fn> } {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content
  return {
    name,
    size: size ?? bytes.byteLength,
    arrayBuffer: vi.fn(async () => bytes.slice().buffer),
  }
}

const NOW = new Date('2026-11-25T08:00:00Z')
const noPdf = async (): Promise<PdfTextResult> => ({ ok: false, reason: 'failed', detail: 'not used' })
const deps = { extractPdf: vi.fn(noPdf), now: () => NOW }
const noTextLayer = async (): Promise<PdfTextResult> => ({ ok: false, reason: 'no-text-layer', detail: '' })

describe('readReportFile', () => {
  it('reads a report text into one dataset named after the file, with meta', async () => {
    const outcome = await readReportFile(file('上海2018.txt', bundledText), deps)
    expect(outcome.ok).toBe(true)
    if (!outcome.ok) return
    const [record] = outcome.records
    expect(record?.meta).toEqual({ origin: 'imported', fileName: '上海2018.txt', kind: 'txt', importedAt: '2026-11-25T08:00:00.000Z' })
    expect(record?.id).toMatch(/^txt-[0-9a-f]{8}$/)
    expect(record?.dataset).toEqual({ ...bundled.dataset, sourceName: '上海2018.txt' })
    expect(record?.sourceText).toBe(bundledText)
  })

  it('gives the same id to the same file imported twice, and another to other content', async () => {
    const a = await readReportFile(file('a.txt', bundledText), deps)
    const b = await readReportFile(file('a.txt', bundledText), deps)
    const c = await readReportFile(file('a.txt', `${bundledText}\n`), deps)
    const id = (o: typeof a) => (o.ok ? o.records[0]?.id : null)
    expect(id(a)).toBe(id(b))
    expect(id(a)).not.toBe(id(c))
  })

  it('decodes GB18030', async () => {
    const outcome = await readReportFile(file('gb.txt', fixture('shanghai-2018.gb18030.txt')), deps)
    expect(outcome.ok && outcome.records[0]?.dataset.projects.map((p) => p.amountWan)).toEqual(
      bundled.dataset.projects.map((p) => p.amountWan),
    )
  })

  it('reads the JSON and CSV exports back', async () => {
    const json = await readReportFile(file('export.json', toJson([bundled])), deps)
    expect(json.ok && json.records[0]?.dataset).toEqual({ ...bundled.dataset, sourceName: 'export.json' })
    const csv = await readReportFile(file('export.csv', toCsv([bundled])), deps)
    expect(csv.ok && csv.records[0]?.dataset).toEqual({ ...bundled.dataset, sourceName: 'export.csv' })
    expect(csv.ok && csv.records[0]?.meta.kind).toBe('csv')
  })

  it('refuses a file over the limit before reading a byte of it', async () => {
    const big = file('huge.txt', '', MAX_FILE_BYTES + 1)
    expect(await readReportFile(big, deps)).toEqual({
      ok: false,
      message: {
        zh: 'huge.txt：文件大小为 100.0 MB，超过 100.0 MB 的上限，未导入。',
        en: 'huge.txt: the file is 100.0 MB, over the limit of 100.0 MB; not imported.',
      },
    })
    expect(big.arrayBuffer).not.toHaveBeenCalled()
  })

  it.each([
    ['empty.txt', '', 'empty.txt：文件是空的，未导入。', 'empty.txt: the file is empty; not imported.'],
    ['blank.txt', ' \n\n  ', 'blank.txt：文件里没有文字，未导入。', 'blank.txt: the file holds no text; not imported.'],
    [
      'image.txt',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      'image.txt：这不是文本文件（含有二进制内容），未导入。',
      'image.txt: this is not a text file (it holds binary content); not imported.',
    ],
    [
      'notes.docx',
      'PK\u0003\u0004',
      'notes.docx：文件已损坏或格式不对（是压缩包，但不是 Excel 或 Word 文件），未导入。',
      'notes.docx: the file is damaged or not what its name says (是压缩包，但不是 Excel 或 Word 文件); not imported.',
    ],
    [
      'notes.odt',
      'PK\u0003\u0004',
      'notes.odt：不支持的文件类型：请导入 .txt、.pdf、.xlsx、.xls、.docx、.html、.json 或 .csv 文件。',
      'notes.odt: unsupported file type; import .txt, .pdf, .xlsx, .xls, .docx, .html, .json or .csv files.',
    ],
    [
      'page.html',
      '<html><body><p>这是一段没有表格的文字。</p></body></html>',
      'page.html：没有找到可识别的绩效评价结果信息表（项目名称、决算金额、评价分值……）或绩效自评表，未导入。',
      'page.html: no performance-evaluation table (绩效评价结果信息表, with 项目名称, 决算金额, 评价分值 …) and no self-evaluation form (绩效自评表) was found; not imported.',
    ],
    ['fake.pdf', 'this is not a pdf', 'fake.pdf：这不是有效的 PDF 文件，未导入。', 'fake.pdf: this is not a valid PDF file; not imported.'],
    [
      'prose.txt',
      '这是一段没有表格的文字。',
      'prose.txt：没有找到可识别的绩效评价结果信息表（项目名称、决算金额、评价分值……）或绩效自评表，未导入。',
      'prose.txt: no performance-evaluation table (绩效评价结果信息表, with 项目名称, 决算金额, 评价分值 …) and no self-evaluation form (绩效自评表) was found; not imported.',
    ],
    [
      'wrong.json',
      '{"datasets":[{"title":1}]}',
      'wrong.json：JSON 内容不符合 jixiao 的格式：datasets[0].title：应为文本或 null，实际为 1',
      'wrong.json: the JSON does not match jixiao’s format — datasets[0].title：应为文本或 null，实际为 1',
    ],
    ['broken.json', '{"datasets":', 'broken.json：JSON 内容不符合 jixiao 的格式：', 'broken.json: the JSON does not match jixiao’s format — '],
    [
      'headless.csv',
      'name,amountWan\n甲,1\n',
      'headless.csv：CSV 无法导入：表头缺少列：sourceName、score、grade、executionRate、unit、performance、problems、suggestions、rectifications、sourceStartLine、sourceEndLine。',
      'headless.csv: the CSV cannot be imported: The header lacks required columns — 表头缺少列：sourceName、score、grade、executionRate、unit、performance、problems、suggestions、rectifications、sourceStartLine、sourceEndLine。',
    ],
  ])('says what is wrong with %s, naming the file, in both languages', async (name, content, zh, en) => {
    const outcome = await readReportFile(file(name, content), deps)
    expect(outcome.ok).toBe(false)
    if (outcome.ok) return
    expect(outcome.message.zh.startsWith(zh)).toBe(true)
    expect(outcome.message.en.startsWith(en)).toBe(true)
  })

  it('reads a PDF through the extractor and records the page of each project', async () => {
    const pageOfLine = bundledText.split('\n').map((_, i) => (i < 300 ? 1 : 2))
    const extractPdf = vi.fn(async (): Promise<PdfTextResult> => ({ ok: true, text: bundledText, pageOfLine, pages: 2 }))
    const outcome = await readReportFile(file('report.pdf', '%PDF-1.7 …'), { extractPdf, now: () => NOW })
    expect(outcome.ok && outcome.records[0]?.dataset.projects.map((p) => p.source.page)).toEqual([1, 1, 1, 1, 1, 2, 2, 2])
    expect(outcome.ok && outcome.records[0]?.meta.kind).toBe('pdf')
  })

  it('says a scanned PDF has no text layer', async () => {
    expect(await readReportFile(file('scan.pdf', '%PDF-1.4'), { extractPdf: noTextLayer, now: () => NOW })).toEqual({
      ok: false,
      message: {
        zh: 'scan.pdf：这个 PDF 没有文字层（可能是扫描件），无法读取文字。请先做文字识别（OCR）再导入。',
        en: 'scan.pdf: this PDF has no text layer (it may be a scan), so its text cannot be read. Run text recognition (OCR) on it first, then import it.',
      },
    })
  })
})
