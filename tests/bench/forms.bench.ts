/**
 * Reading a page of 50 generated self-evaluation forms, per file type and layout: the web page
 * straight from the renderer (src/generate/render-form-html.ts), and .docx, .xlsx, .xls and .pdf
 * converted from it with LibreOffice once, then kept in node_modules/.cache/jixiao-forms-bench/
 * under a hash of the page. Each figure is the median time from the file's bytes to its records
 * (reader + documentRecords), with the forms found and how many read back exactly as written.
 * Without `soffice` the converted types not in the cache yet are skipped, with a message: a
 * benchmark is not a test.
 *
 *   npx tsx tests/bench/forms.bench.ts      this part alone
 *   npm run bench -- --skip parse,cli,bundle,browser,lighthouse
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { pathToFileURL } from 'node:url'
import type { TableDocument } from '../../src/domain/cell-table.ts'
import type { Project } from '../../src/domain/types.ts'
import type { FormRecord } from '../../src/generate/generate-forms.ts'
import type { FormLayout } from '../../src/generate/render-form-html.ts'
import { describeMachine } from './machine.ts'
import { CHECKOUT } from './source.ts'
import { type Sample, summarize } from './stats.ts'

export const FORMS_BENCH_SEED = 2022
const FORMS = 50
const LAYOUTS: readonly FormLayout[] = ['project', 'sichuan']
/** LibreOffice's command; another one may be named in SOFFICE. */
const SOFFICE = process.env.SOFFICE ?? 'soffice'
/** LibreOffice's profile for this process, removed when the conversions are done. */
const PROFILE = join(tmpdir(), `lo-jixiao-forms-bench-${process.pid}`)
const KINDS = ['html', 'docx', 'xlsx', 'xls', 'pdf'] as const
type Kind = (typeof KINDS)[number]

/** LibreOffice's import filter and export filter for each converted type. */
const CONVERSIONS: Readonly<Record<Exclude<Kind, 'html'>, { from: string; to: string }>> = {
  docx: { from: 'HTML (StarWriter)', to: 'docx:MS Word 2007 XML' },
  xlsx: { from: 'HTML (StarCalc)', to: 'xlsx:Calc Office Open XML' },
  xls: { from: 'HTML (StarCalc)', to: 'xls:MS Excel 97' },
  pdf: { from: 'HTML (StarWriter)', to: 'pdf:writer_pdf_Export' },
}

/** The fields a form states: what "read back exactly" compares. */
const FIELDS = [
  'name', 'code', 'department', 'unit', 'budgetWan', 'initialBudgetWan', 'amountWan', 'executionRate', 'executionWeight',
  'executionScore', 'score', 'grade', 'goals', 'performance', 'problems', 'suggestions', 'indicators',
] as const satisfies readonly (keyof FormRecord)[]

interface FormsBenchRow {
  layout: FormLayout
  kind: Kind
  bytes: number
  /** Bytes → records, milliseconds; null when the type was skipped. */
  read: Sample | null
  /** Of which recognising the forms in the read document (documentRecords). */
  recognise: Sample | null
  found: number
  /** Records equal to what their form states, on every field of FIELDS. */
  exact: number
  /** Field → records where it differs from the form. */
  differing: Record<string, number>
}

export interface FormsBenchResult {
  forms: number
  runs: number
  warmup: number
  rows: FormsBenchRow[]
  /** Why converted types not in the cache were skipped (no soffice), or null. */
  skipped: string | null
}

type ReadTableDocument = typeof import('../../src/ingest/read-table-document.ts')['readTableDocument']
type DocumentRecords = typeof import('../../src/ingest/document-records.ts')['documentRecords']
type ExtractPdf = typeof import('../../src/cli/pdf-node.ts')['extractPdfInNode']
type GenerateForms = typeof import('../../src/generate/generate-forms.ts')['generateForms']

interface Modules {
  generateForms: GenerateForms
  readTableDocument: ReadTableDocument
  documentRecords: DocumentRecords
  extractPdfInNode: ExtractPdf
}

async function loadFormModules(root: string): Promise<Modules> {
  const load = (path: string) => import(pathToFileURL(join(root, path)).href)
  const { generateForms } = (await load('src/generate/generate-forms.ts')) as { generateForms: GenerateForms }
  const { readTableDocument } = (await load('src/ingest/read-table-document.ts')) as { readTableDocument: ReadTableDocument }
  const { documentRecords } = (await load('src/ingest/document-records.ts')) as { documentRecords: DocumentRecords }
  const { extractPdfInNode } = (await load('src/cli/pdf-node.ts')) as { extractPdfInNode: ExtractPdf }
  return { generateForms, readTableDocument, documentRecords, extractPdfInNode }
}

function hasSoffice(): boolean {
  try {
    execFileSync(SOFFICE, ['--version'], { stdio: 'ignore', timeout: 60_000 })
    return true
  } catch {
    return false
  }
}

/**
 * The page converted by LibreOffice (with its own profile, so parallel runs never share one), from
 * the cache when it has it; null when it has not and there is no soffice.
 */
function converted(html: string, kind: Exclude<Kind, 'html'>, soffice: boolean, progress: (line: string) => void): Uint8Array | null {
  const dir = join(CHECKOUT, 'node_modules', '.cache', 'jixiao-forms-bench', createHash('sha256').update(html).digest('hex').slice(0, 16))
  const target = join(dir, `forms.${kind}`)
  if (!existsSync(target)) {
    if (!soffice) return null
    mkdirSync(dir, { recursive: true })
    const source = join(dir, 'forms.html')
    writeFileSync(source, html)
    const out = join(dir, `tmp-${kind}`)
    const { from, to } = CONVERSIONS[kind]
    progress(`  converting to .${kind} with LibreOffice (once; cached in ${dir})…`)
    execFileSync(SOFFICE, [`-env:UserInstallation=${pathToFileURL(PROFILE).href}`, '--headless', `--infilter=${from}`, '--convert-to', to, '--outdir', out, source], {
      stdio: 'ignore',
      timeout: 300_000,
    })
    const made = join(out, `forms.${kind}`)
    if (!existsSync(made)) throw new Error(`${SOFFICE} made no .${kind} of ${source}`)
    renameSync(made, target)
    rmSync(out, { recursive: true, force: true })
  }
  return new Uint8Array(readFileSync(target))
}

interface Reading {
  projects: Project[]
  recogniseMs: number
}

async function readOnce(modules: Modules, kind: Kind, bytes: Uint8Array): Promise<Reading> {
  let document: TableDocument
  let plainText: { text: string; pageOfLine: number[] } | undefined
  if (kind === 'pdf') {
    const pdf = await modules.extractPdfInNode(bytes)
    if (!pdf.ok) throw new Error(`the .pdf did not read: ${pdf.detail}`)
    document = pdf.document
    plainText = { text: pdf.text, pageOfLine: pdf.pageOfLine }
  } else {
    const read = await modules.readTableDocument(kind, bytes)
    if (!read.ok) throw new Error(`the .${kind} did not read: ${read.detail}`)
    document = read.document
  }
  const start = performance.now()
  const records = modules.documentRecords(document, `forms.${kind}`, plainText)
  return { projects: records.result.dataset.projects, recogniseMs: performance.now() - start }
}

function compare(read: readonly Project[], truth: readonly FormRecord[]): Pick<FormsBenchRow, 'exact' | 'differing'> {
  const differing: Record<string, number> = {}
  let exact = 0
  truth.forEach((record, i) => {
    const got = read[i]
    const wrong = FIELDS.filter((field) => got === undefined || !isDeepStrictEqual(got[field], record[field]))
    for (const field of wrong) differing[field] = (differing[field] ?? 0) + 1
    if (wrong.length === 0) exact++
  })
  return { exact, differing }
}

export async function runFormsBench(
  root: string,
  { runs = 5, warmup = 1 }: { runs?: number; warmup?: number } = {},
  progress: (line: string) => void = () => {},
): Promise<FormsBenchResult> {
  const modules = await loadFormModules(root).catch((error: unknown) => {
    throw new Error(`the forms part cannot load the generator and readers of ${root} (leave it out with --skip forms): ${String(error)}`)
  })
  const soffice = hasSoffice()
  const rows: FormsBenchRow[] = []
  for (const layout of LAYOUTS) {
    // LibreOffice's HTML import shows a source line break inside Chinese text as a space, where a browser
    // shows nothing: the converted files would state other text than the page.
    const { html, records } = modules.generateForms({ forms: FORMS, layout, seed: FORMS_BENCH_SEED, without: ['source-breaks'] })
    for (const kind of KINDS) {
      const bytes = kind === 'html' ? new TextEncoder().encode(html) : converted(html, kind, soffice, progress)
      if (bytes === null) {
        rows.push({ layout, kind, bytes: 0, read: null, recognise: null, found: 0, exact: 0, differing: {} })
        continue
      }
      progress(`forms: ${layout} layout, .${kind}, ${runs} runs…`)
      let last: Reading = { projects: [], recogniseMs: 0 }
      const total: number[] = []
      const recognise: number[] = []
      for (let i = 0; i < warmup + runs; i++) {
        const start = performance.now()
        last = await readOnce(modules, kind, bytes)
        if (i < warmup) continue
        total.push(performance.now() - start)
        recognise.push(last.recogniseMs)
      }
      rows.push({
        layout,
        kind,
        bytes: bytes.length,
        read: summarize(total),
        recognise: summarize(recognise),
        found: last.projects.length,
        ...compare(last.projects, records),
      })
    }
  }
  rmSync(PROFILE, { recursive: true, force: true })
  const missing = rows.filter((r) => r.read === null).map((r) => `${r.layout} .${r.kind}`)
  const skipped = missing.length === 0 ? null : `${SOFFICE} (LibreOffice) not found: ${missing.join(', ')} skipped (not converted yet)`
  if (skipped !== null) progress(`forms: ${skipped}`)
  return { forms: FORMS, runs, warmup, rows, skipped }
}

const ms = (v: number): string => (v >= 1000 ? `${(v / 1000).toFixed(2)} s` : v >= 100 ? `${v.toFixed(0)} ms` : `${v.toFixed(1)} ms`)
const kb = (bytes: number): string => `${(bytes / 1000).toFixed(0)} KB`

/** "score 50, indicators 3", or "" when every record matched. */
export const differingText = (row: FormsBenchRow): string =>
  Object.entries(row.differing)
    .map(([field, n]) => `${field} ${n}`)
    .join(', ')

async function printAlone(): Promise<void> {
  const m = describeMachine()
  const r = await runFormsBench(CHECKOUT, {}, (line) => process.stderr.write(`${line}\n`))
  console.log(`machine  ${m.cpu} × ${m.cores} cores, ${m.memoryGiB.toFixed(1)} GiB, ${m.os}; node ${m.node}`)
  console.log(`${r.forms} forms per document (seed ${FORMS_BENCH_SEED}); median of ${r.runs} after ${r.warmup} warm-up; bytes → records`)
  if (r.skipped !== null) console.log(r.skipped)
  for (const row of r.rows) {
    if (row.read === null || row.recognise === null) continue
    const differing = differingText(row)
    console.log(
      `${row.layout.padEnd(8)} .${row.kind.padEnd(5)} ${kb(row.bytes).padStart(8)}  ${ms(row.read.median).padStart(8)} ` +
        `(${ms(row.read.min)}–${ms(row.read.max)}; recognise ${ms(row.recognise.median)})  ` +
        `${row.found}/${r.forms} forms, ${row.exact} exact${differing === '' ? '' : ` (differ: ${differing})`}`,
    )
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await printAlone()
