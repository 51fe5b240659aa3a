import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { parseArgs } from 'node:util'
import type { ParseResult } from '../domain/types.ts'
import { decodeText } from '../ingest/decode-text.ts'
import { documentKind } from '../ingest/document-kind.ts'
import { documentRecords } from '../ingest/document-records.ts'
import { parseReport } from '../ingest/parse-report.ts'
import { readTableDocument } from '../ingest/read-table-document.ts'
import { toCsv } from '../ingest/to-csv.ts'
import { toJson } from '../ingest/to-json.ts'
import { deriveAcrossFiles } from './derived.ts'

const FORMATS = ['json', 'csv'] as const
type Format = (typeof FORMATS)[number]

const USAGE = `Usage: npm run parse -- FILE... [--format json|csv]

Reads 绩效评价结果 reports and 绩效自评表 forms (.txt in UTF-8 or GB18030, .pdf, .xlsx, .xls,
.docx, .html) and writes the records to stdout.
  --format json   one dataset per file, with its diagnostics, each project's audit
                  flags, and the series linking the same project across files (default)
  --format csv    one row per project of all files, UTF-8 with BOM, with its
                  series key and flags (separated by ;)
  -h, --help      show this text

Exit status: 0 success; 1 a file could not be read or holds no project (the others are
still written); 2 bad arguments.
`

interface Options {
  files: string[]
  format: Format
}

function readOptions(args: string[]): Options | 'help' | string {
  let parsed
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f', default: 'json' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    })
  } catch (e) {
    return e instanceof Error ? e.message : String(e)
  }
  if (parsed.values.help) return 'help'
  const format = parsed.values.format
  if (!isFormat(format)) return `unknown --format '${format}': use json or csv`
  if (parsed.positionals.length === 0) return 'no FILE given'
  return { files: parsed.positionals, format }
}

function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value)
}

/** Reads, decodes and parses one file; a string is the one-line reason it failed. */
async function parseFile(path: string): Promise<ParseResult | string> {
  let bytes: Uint8Array
  try {
    bytes = await readFile(path)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : (code ?? 'unreadable')
    return `${path}: cannot read (${reason})`
  }
  const result = await readRecords(path, bytes)
  if (typeof result === 'string') return `${path}: ${result}`
  if (result.dataset.projects.length === 0) {
    const why = result.diagnostics.find((d) => d.level === 'error')?.message
    return `${path}: no project found${why === undefined ? '' : ` (${why})`}`
  }
  return result
}

/** The records of one file by its type (src/ingest/document-kind.ts); a string says why it cannot be read. */
async function readRecords(path: string, bytes: Uint8Array): Promise<ParseResult | string> {
  const sourceName = basename(path)
  const detected = documentKind(sourceName, bytes)
  if (!detected.ok) return detected.reason === 'unsupported' ? `unsupported file type (${detected.detail})` : `cannot read (${detected.detail})`
  const { kind } = detected
  if (kind === 'pdf') {
    // pdfjs takes a second to load: only when a PDF comes.
    const { extractPdfInNode } = await import('./pdf-node.ts')
    const pdf = await extractPdfInNode(bytes)
    if (!pdf.ok) return `cannot read (${pdf.detail})`
    return documentRecords(pdf.document, sourceName, { text: pdf.text, pageOfLine: pdf.pageOfLine }).result
  }
  if (kind === 'xlsx' || kind === 'xls' || kind === 'docx' || kind === 'html') {
    const read = await readTableDocument(kind, bytes)
    if (!read.ok) return `cannot read (${read.detail})`
    return documentRecords(read.document, sourceName).result
  }
  return parseReport(decodeText(bytes).text, { sourceName })
}

/** One line per diagnostic, for csv output, which has no place for them. */
function diagnosticLines({ dataset, diagnostics }: ParseResult): string {
  return diagnostics
    .map((d) => `${dataset.sourceName}:${d.line ?? '-'}: ${d.level}: ${d.message} (${d.code})\n`)
    .join('')
}

async function main(args: string[]): Promise<number> {
  const options = readOptions(args)
  if (options === 'help') {
    process.stdout.write(USAGE)
    return 0
  }
  if (typeof options === 'string') {
    process.stderr.write(`parse: ${options}\n\n${USAGE}`)
    return 2
  }
  const results: ParseResult[] = []
  let failed = false
  // Sequential, so stderr messages come in argument order.
  for (const file of options.files) {
    const outcome = await parseFile(file)
    if (typeof outcome === 'string') {
      process.stderr.write(`parse: ${outcome}\n`)
      failed = true
    } else {
      results.push(outcome)
    }
  }
  if (results.length > 0) {
    const derived = deriveAcrossFiles(results)
    if (options.format === 'csv') {
      for (const result of results) process.stderr.write(diagnosticLines(result))
      process.stdout.write(toCsv(results, derived))
    } else {
      process.stdout.write(toJson(results, derived))
    }
  }
  return failed ? 1 : 0
}

main(process.argv.slice(2)).then(
  (code) => {
    // exitCode, not process.exit(): a large stdout into a pipe must finish writing first.
    process.exitCode = code
  },
  (e: unknown) => {
    process.stderr.write(`parse: internal error: ${e instanceof Error ? e.message : String(e)}\n`)
    process.exitCode = 1
  },
)
