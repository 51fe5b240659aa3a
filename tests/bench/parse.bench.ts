import { cpus, platform, release } from 'node:os'
import { performance } from 'node:perf_hooks'
import { generateReport } from '../../src/generate/generate-report.ts'
import { parseReport } from '../../src/ingest/parse-report.ts'

const PROJECTS = 10_000
const SEED = 2018
const WARMUP_RUNS = 3
const MEASURED_RUNS = 9

function medianMs(run: () => unknown): number {
  for (let i = 0; i < WARMUP_RUNS; i++) run()
  const times: number[] = []
  for (let i = 0; i < MEASURED_RUNS; i++) {
    const start = performance.now()
    run()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)] ?? Number.NaN
}

const { text } = generateReport({ projects: PROJECTS, seed: SEED })
const megabytes = new TextEncoder().encode(text).length / 1e6
let parsedProjects = 0
const parseMs = medianMs(() => {
  parsedProjects = parseReport(text, { sourceName: 'bench.txt' }).dataset.projects.length
})
let lineCount = 0
const splitMs = medianMs(() => {
  lineCount = text.split('\n').length
})
const parseRate = megabytes / (parseMs / 1000)
const splitRate = megabytes / (splitMs / 1000)

const rows: Array<readonly [string, string]> = [
  ['machine', `${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length} cores, ${platform()} ${release()}`],
  ['node', process.version],
  ['report', `${megabytes.toFixed(2)} MB UTF-8, ${PROJECTS} projects (seed ${SEED}), ${lineCount} lines`],
  ['runs', `median of ${MEASURED_RUNS} after ${WARMUP_RUNS} warm-up`],
  ['parseReport', `${parseMs.toFixed(1)} ms  ${parseRate.toFixed(1)} MB/s  (${parsedProjects} projects read)`],
  ["split('\\n')", `${splitMs.toFixed(1)} ms  ${splitRate.toFixed(1)} MB/s`],
  ['parse / split', `${(parseRate / splitRate).toFixed(3)} (throughput ratio; ${(parseMs / splitMs).toFixed(1)}× the time)`],
]
const width = Math.max(...rows.map(([label]) => label.length))
for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`)
