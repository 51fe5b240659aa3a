import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateForms } from '../../src/generate/generate-forms.ts'
import { generateReport } from '../../src/generate/generate-report.ts'
import { generateYears } from '../../src/generate/generate-years.ts'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const USAGE = [
  'usage: npm run gen -- --projects N [--forms project|sichuan] [--seed S] [--out FILE]',
  '       npm run gen -- --years FROM-TO [--projects N] [--forms project] [--seed S] --out DIR   (2 to 10 years, N at most 50)',
  '',
].join('\n')
// Each spawn starts node and tsx; a loaded machine gets a generous limit. Nothing here measures time.
const SPAWN_TIMEOUT = 60_000

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

function runGen(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/generate.ts', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }))
  })
}

let dir = ''
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jixiao-gen-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('npm run gen', { timeout: SPAWN_TIMEOUT }, () => {
  it('writes a report as before when --forms is not given', async () => {
    const run = await runGen(['--projects', '3', '--seed', '5'])
    expect(run).toEqual({ code: 0, stdout: generateReport({ projects: 3, seed: 5 }).text, stderr: '' })
  })

  it.each([['project'], ['sichuan']] as const)('writes a web page of N %s forms, the same for the same seed', async (layout) => {
    const run = await runGen(['--forms', layout, '--projects', '4', '--seed', '9'])
    expect(run).toEqual({ code: 0, stdout: generateForms({ forms: 4, layout, seed: 9 }).html, stderr: '' })
  })

  it.each([
    [['--years', '2019-2023'], { from: 2019, to: 2023 }],
    [['--years', '2020-2022', '--forms', 'project', '--projects', '6', '--seed', '4'], { from: 2020, to: 2022, forms: 'project', projects: 6, seed: 4 }],
  ] as const)('writes a file per year and expected.json into the --out directory for %j', async (args, options) => {
    const out = join(dir, `years-${args.length}`)
    const run = await runGen([...args, '--out', out])
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' })
    const { files, expected } = generateYears(options)
    expect(readdirSync(out).toSorted()).toEqual([...files.map((f) => f.name), 'expected.json'].toSorted())
    for (const file of files) expect(readFileSync(join(out, file.name), 'utf8')).toBe(file.text)
    expect(readFileSync(join(out, 'expected.json'), 'utf8')).toBe(`${JSON.stringify(expected, null, 2)}\n`)
  })

  it('writes the page to --out', async () => {
    const out = join(dir, 'forms.html')
    const run = await runGen(['--forms', 'sichuan', '--projects', '2', '--out', out])
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' })
    expect(readFileSync(out, 'utf8')).toBe(generateForms({ forms: 2, layout: 'sichuan', seed: 1 }).html)
  })

  it.each([
    [['--forms', 'guizhou', '--projects', '2']],
    [['--forms', 'project']],
    [['--forms', '--projects', '2']],
    [['--projects', '0', '--forms', 'project']],
    [['--years', '2019-2023']],
    [['--years', '2019', '--out', 'x']],
    [['--years', '2019-2019', '--out', 'x']],
    [['--years', '2010-2020', '--out', 'x']],
    [['--years', '2023-2019', '--out', 'x']],
    [['--years', '2019-2023', '--forms', 'sichuan', '--out', 'x']],
    [['--years', '2019-2023', '--projects', '51', '--out', 'x']],
  ])('prints the usage and exits 2 for %j', async (args) => {
    expect(await runGen(args)).toEqual({ code: 2, stdout: '', stderr: USAGE })
  })
})
