/**
 * Parser throughput on the generated 10,000-project report, against a plain line split of the
 * same text (the floor no line-based parser can beat), and the bundled report's parse time.
 * `npx tsx tests/bench/parse.bench.ts` prints this part alone; `npm run bench` calls runParseBench.
 */
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describeMachine } from './machine.ts'
import { CHECKOUT, loadModules, type SourceModules } from './source.ts'
import { type Sample, timeSync } from './stats.ts'

export const BENCH_SEED = 2018
const BUNDLED = 'public/data/shanghai-organization-department-2018.txt'

export interface ParseBenchOptions {
  projects?: number
  runs?: number
  warmup?: number
}

export interface ParseBenchResult {
  projects: number
  megabytes: number
  lines: number
  runs: number
  warmup: number
  parse: Sample
  split: Sample
  /** MB/s of the median parse and the median split. */
  parseRate: number
  splitRate: number
  /** The bundled 8-project report: the very first parse in this process (cold JIT), then warm runs. */
  bundledColdMs: number
  bundledWarm: Sample
}

export function runParseBench(
  { parseReport, generateReport }: SourceModules,
  root: string,
  { projects = 10_000, runs = 9, warmup = 3 }: ParseBenchOptions = {},
): ParseBenchResult {
  // The bundled report first, while the parser is still cold, as it is on page load.
  const bundledText = readFileSync(join(root, BUNDLED), 'utf8')
  const coldStart = performance.now()
  const bundledProjects = parseReport(bundledText, { sourceName: 'bundled.txt' }).dataset.projects.length
  const bundledColdMs = performance.now() - coldStart
  if (bundledProjects !== 8) throw new Error(`the bundled report parsed to ${bundledProjects} projects, not 8`)
  const bundledWarm = timeSync(() => parseReport(bundledText, { sourceName: 'bundled.txt' }), 51, 10)

  const { text } = generateReport({ projects, seed: BENCH_SEED })
  const megabytes = new TextEncoder().encode(text).length / 1e6
  let parsed = 0
  const parse = timeSync(() => {
    parsed = parseReport(text, { sourceName: 'bench.txt' }).dataset.projects.length
  }, runs, warmup)
  if (parsed !== projects) throw new Error(`parseReport read ${parsed} projects of the ${projects} generated`)
  let lines = 0
  const split = timeSync(() => {
    lines = text.split('\n').length
  }, runs, warmup)
  return {
    projects,
    megabytes,
    lines,
    runs,
    warmup,
    parse,
    split,
    parseRate: megabytes / (parse.median / 1000),
    splitRate: megabytes / (split.median / 1000),
    bundledColdMs,
    bundledWarm,
  }
}

async function printAlone(): Promise<void> {
  const m = describeMachine()
  const r = runParseBench(await loadModules(CHECKOUT), CHECKOUT)
  const rows: Array<readonly [string, string]> = [
    ['machine', `${m.cpu} × ${m.cores} cores, ${m.memoryGiB.toFixed(1)} GiB, ${m.os}`],
    ['node', m.node],
    ['report', `${r.megabytes.toFixed(2)} MB UTF-8, ${r.projects} projects (seed ${BENCH_SEED}), ${r.lines} lines`],
    ['runs', `median of ${r.runs} after ${r.warmup} warm-up`],
    ['parseReport', `${r.parse.median.toFixed(1)} ms  ${r.parseRate.toFixed(1)} MB/s`],
    ["split('\\n')", `${r.split.median.toFixed(1)} ms  ${r.splitRate.toFixed(1)} MB/s`],
    ['parse / split', `${(r.parseRate / r.splitRate).toFixed(3)} (throughput ratio; ${(r.parse.median / r.split.median).toFixed(1)}× the time)`],
    ['bundled report', `${r.bundledColdMs.toFixed(1)} ms cold, ${r.bundledWarm.median.toFixed(2)} ms warm (median of ${r.bundledWarm.runs})`],
  ]
  const width = Math.max(...rows.map(([label]) => label.length))
  for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`)
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await printAlone()
