import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Papa from 'papaparse'
import { afterAll, beforeAll, describe, it } from 'vitest'
import { generateYears, type YearsOptions } from '../../src/generate/generate-years.ts'
import type { YearsExpected } from '../../src/generate/years-expected.ts'
import { fromCsv } from '../../src/ingest/from-csv.ts'
import { fromJson } from '../../src/ingest/from-json.ts'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
// Each spawn starts node and tsx; a loaded machine gets a generous limit. Nothing here measures time.
const SPAWN_TIMEOUT = 60_000

function runParse(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/parse.ts', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }))
  })
}

interface Ref {
  dataset: number
  project: number
}

interface ParsedJson {
  datasets: { sourceName: string; projects: { name: string; code: string | null; flags: string[] }[] }[]
  series: { key: string; projects: Ref[] }[]
}

let dir = ''
const written = new Map<string, { paths: string[]; expected: YearsExpected }>()

/** The generated years in a directory of their own, files in year order. */
function writeYears(name: string, options: YearsOptions): { paths: string[]; expected: YearsExpected } {
  const { files, expected } = generateYears(options)
  const paths = files.map((file) => {
    const path = join(dir, `${name}-${file.name}`)
    writeFileSync(path, file.text)
    return path
  })
  return { paths, expected }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jixiao-years-cli-'))
  written.set('reports', writeYears('reports', { from: 2019, to: 2023, seed: 1 }))
  written.set('forms', writeYears('forms', { from: 2019, to: 2023, seed: 1, forms: 'project' }))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const years = (name: string) => written.get(name) as { paths: string[]; expected: YearsExpected }

describe.concurrent('npm run parse of several years', () => {
  it.for(['reports', 'forms'])('writes the series and every project’s flags in the JSON (%s)', { timeout: SPAWN_TIMEOUT }, async (name, { expect }) => {
    const { paths, expected } = years(name)
    const run = await runParse(paths)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const json = JSON.parse(run.stdout) as ParsedJson
    expect(Object.keys(json)).toEqual(['datasets', 'series'])
    expect(json.series.map((s) => s.projects)).toEqual(expected.series.map((s) => s.projects))
    expect(json.series.map((s) => s.key)).toEqual(expected.series.map((s) => s.key))
    expect(json.series.map((s) => s.key.split(':')[0])).toEqual(expected.series.map((s) => s.basis))
    expect(json.datasets.map((d) => d.projects.map((p) => p.flags))).toEqual(expected.projects.map((projects) => projects.map((p) => p.flags)))
    // What the JSON derives is not read back: the records import as they are.
    const back = fromJson(run.stdout)
    expect(back.ok && back.results.map((r) => r.dataset.projects.length)).toEqual(expected.projects.map((p) => p.length))
  })

  it('writes the series keys and the flags as the CSV’s last two columns', { timeout: SPAWN_TIMEOUT }, async ({ expect }) => {
    const { paths, expected } = years('reports')
    const [jsonRun, csvRun] = await Promise.all([runParse(paths), runParse(['--format', 'csv', ...paths])])
    expect(csvRun.stderr.split('\n').filter((line) => line !== '' && !line.includes('(count-mismatch)'))).toEqual([])
    expect(csvRun.code).toBe(0)
    const json = JSON.parse(jsonRun.stdout) as ParsedJson
    const keyOf = new Map(json.series.flatMap((s) => s.projects.map((r) => [`${r.dataset}/${r.project}`, s.key])))
    const rows = Papa.parse<string[]>(csvRun.stdout.slice(1), { skipEmptyLines: true }).data
    expect(rows[0]?.slice(-2)).toEqual(['seriesKey', 'flags'])
    const expectedKeyOf = new Map(expected.series.flatMap((s) => s.projects.map((r) => [`${r.dataset}/${r.project}`, s.key])))
    expect(keyOf).toEqual(expectedKeyOf)
    const expectedCells = expected.projects.flatMap((projects, i) => projects.map((p, j) => [expectedKeyOf.get(`${i}/${j}`) ?? '', p.flags.join(';')]))
    expect(rows.slice(1).map((row) => row.slice(-2))).toEqual(expectedCells)
    expect(expectedCells.filter(([key]) => key !== '')).toHaveLength(expected.series.flatMap((s) => s.projects).length)
    // Read back, the two columns are neither a warning nor part of a record.
    const back = fromCsv(csvRun.stdout)
    expect(back.diagnostics).toEqual([])
    const fromJsonBack = fromJson(jsonRun.stdout)
    expect(fromJsonBack.ok && fromJsonBack.results.map((r) => r.dataset.projects.map((p) => [p.name, p.score]))).toEqual(
      back.datasets.map((d) => d.projects.map((p) => [p.name, p.score])),
    )
  })

  it('writes an empty series and still every project’s flags for one file', { timeout: SPAWN_TIMEOUT }, async ({ expect }) => {
    const { paths, expected } = years('forms')
    const run = await runParse([paths[4] as string])
    expect(run.code).toBe(0)
    const json = JSON.parse(run.stdout) as ParsedJson
    expect(json.series).toEqual([])
    // Alone, the last year keeps its own flags and loses those that compare it with the year before.
    expect(json.datasets[0]?.projects.map((p) => p.flags)).toEqual(expected.projects[4]?.map((p) => p.flags.filter((f) => f !== 'score-fell')))
  })
})
