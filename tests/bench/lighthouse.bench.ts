/**
 * Lighthouse 12.8 (mobile form factor, default simulated throttling: the "Slow 4G" network and a
 * 4× CPU slowdown) on the built app served by vite preview, with Debian's Chromium. Its CLI
 * launches a fresh Chromium with a fresh temporary profile per run (chrome-launcher). The CLI has
 * no --chrome-path flag (an unknown flag is silently ignored): CHROME_PATH chooses the binary.
 */
import { spawn } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { CHROME_PATH, CHROMIUM_ARGS } from '../support/chromium.ts'
import { type Sample, summarize } from './stats.ts'

const LIGHTHOUSE_CLI = resolve(import.meta.dirname, '../../node_modules/lighthouse/cli/index.js')

/**
 * --headless, Chinese as the browser's language so the page measured is the Chinese interface most
 * readers get (the English one loads the same code), then the flags of every Chromium the tests
 * and benchmarks start (tests/support/chromium.ts). Headless Chromium ignores --lang for
 * navigator.languages; --accept-lang sets it.
 */
const CHROME_FLAGS = ['--headless', '--accept-lang=zh-CN', ...CHROMIUM_ARGS]

interface LhNode {
  selector?: string
  nodeLabel?: string
}

interface LhItem {
  url?: string
  total?: number
  scripting?: number
  duration?: number
  startTime?: number
  wastedBytes?: number
  totalBytes?: number
  wastedMs?: number
  node?: LhNode
  phase?: string
  timing?: number
  groupLabel?: string
  source?: { url?: string; line?: number; column?: number }
  items?: LhItem[]
  type?: string
}

interface LhAudit {
  id: string
  title: string
  score: number | null
  scoreDisplayMode: string
  numericValue?: number
  displayValue?: string
  metricSavings?: Record<string, number>
  details?: { type?: string; overallSavingsMs?: number; overallSavingsBytes?: number; items?: LhItem[] }
}

interface Lhr {
  lighthouseVersion: string
  userAgent: string
  environment: { benchmarkIndex: number }
  runWarnings: string[]
  runtimeError?: { code: string; message: string }
  categories: { performance: { score: number | null; auditRefs: { id: string; weight: number; group?: string }[] } }
  finalDisplayedUrl: string
  audits: Record<string, LhAudit>
}

/** A metric and the points of the 100 it costs: weight × (1 − its score). */
export interface MetricCost {
  id: string
  title: string
  value: string
  score: number
  weight: number
  pointsLost: number
}

/** An audit that fails or has estimated savings: what Lighthouse says would help. */
export interface Finding {
  id: string
  title: string
  displayValue: string
  score: number | null
  savings: string
  /** The audit's table, shortened to what names the cause: URLs, elements, times, bytes. */
  details: string[]
}

export interface LighthouseRun {
  score: number
  lcpMs: number
  fcpMs: number
  tbtMs: number
  cls: number
  siMs: number
  benchmarkIndex: number
  metrics: MetricCost[]
  findings: Finding[]
  warnings: string[]
  version: string
}

export interface LighthouseBenchResult {
  runs: LighthouseRun[]
  score: Sample
  lcp: Sample
  fcp: Sample
  tbt: Sample
  /** The run with the median score, for its metrics and findings. */
  median: LighthouseRun
}

const ms = (v: number | undefined): string => `${Math.round(v ?? 0)} ms`
const kib = (v: number | undefined): string => `${((v ?? 0) / 1024).toFixed(1)} KiB`

const rows = (items: LhItem[] | undefined): LhItem[] => items ?? []

/** A short line per table row; URLs relative to the page, so the chunk names stand out. */
function detailLines(audit: LhAudit, origin: string): string[] {
  const short = (url: string | undefined) => (url ?? '').replace(origin, '') || '(page)'
  const tables = audit.details?.type === 'list' ? rows(audit.details.items) : [{ items: audit.details?.items }]
  const lines: string[] = []
  for (const table of tables) {
    for (const item of rows(table.items).slice(0, 6)) {
      if (item.node !== undefined) lines.push(`${item.node.selector ?? ''} “${(item.node.nodeLabel ?? '').slice(0, 40)}”`)
      else if (item.phase !== undefined) lines.push(`${item.phase} ${ms(item.timing)}`)
      else if (item.groupLabel !== undefined) lines.push(`${item.groupLabel} ${ms(item.duration)}`)
      else if (item.scripting !== undefined) lines.push(`${short(item.url)}: ${ms(item.total)} CPU, ${ms(item.scripting)} script`)
      else if (item.wastedBytes !== undefined) lines.push(`${short(item.url)}: ${kib(item.wastedBytes)} of ${kib(item.totalBytes)} unused`)
      else if (item.wastedMs !== undefined) lines.push(`${short(item.url)}: ${ms(item.wastedMs)}`)
      else if (item.source?.url !== undefined) lines.push(`${short(item.source.url)}:${(item.source.line ?? 0) + 1}:${item.source.column ?? 0}`)
      else if (item.duration !== undefined) lines.push(`${short(item.url)}: ${ms(item.duration)} at ${ms(item.startTime)}`)
    }
  }
  return lines
}

const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']

function readRun(lhr: Lhr): LighthouseRun {
  if (lhr.runtimeError !== undefined) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
  const perf = lhr.categories.performance
  if (perf.score === null) throw new Error(`Lighthouse gave no performance score (${lhr.runWarnings.join('; ')})`)
  const audit = (id: string): LhAudit => {
    const a = lhr.audits[id]
    if (a === undefined) throw new Error(`Lighthouse report has no ${id} audit`)
    return a
  }
  const metricIds = new Set(METRICS)
  const metrics = perf.auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => {
      const a = audit(ref.id)
      const score = a.score ?? 0
      return { id: ref.id, title: a.title, value: a.displayValue ?? '', score, weight: ref.weight, pointsLost: ref.weight * (1 - score) }
    })
  const origin = new URL(lhr.finalDisplayedUrl).origin
  const findings = perf.auditRefs
    .filter((ref) => !metricIds.has(ref.id) && ref.weight === 0 && ref.group !== 'hidden')
    .map((ref) => audit(ref.id))
    .filter((a) => {
      const saves = Object.values(a.metricSavings ?? {}).some((v) => v > 0)
      const failed = a.score !== null && a.score < 0.9 && (a.scoreDisplayMode === 'binary' || a.scoreDisplayMode === 'numeric' || a.scoreDisplayMode === 'metricSavings')
      // A passed audit (score 1) may still carry estimated savings; it is not a cause.
      return (saves || failed) && a.score !== 1
    })
    .map((a) => ({
      id: a.id,
      title: a.title,
      displayValue: a.displayValue ?? '',
      score: a.score,
      savings: Object.entries(a.metricSavings ?? {})
        .filter(([, v]) => v > 0)
        .map(([k, v]) => `${k} ${Math.round(v)}${k === 'CLS' ? '' : ' ms'}`)
        .join(', '),
      details: detailLines(a, origin),
    }))
  return {
    score: Math.round(perf.score * 100),
    lcpMs: audit('largest-contentful-paint').numericValue ?? Number.NaN,
    fcpMs: audit('first-contentful-paint').numericValue ?? Number.NaN,
    tbtMs: audit('total-blocking-time').numericValue ?? Number.NaN,
    cls: audit('cumulative-layout-shift').numericValue ?? Number.NaN,
    siMs: audit('speed-index').numericValue ?? Number.NaN,
    benchmarkIndex: lhr.environment.benchmarkIndex,
    metrics,
    findings,
    warnings: lhr.runWarnings,
    version: lhr.lighthouseVersion,
  }
}

async function lighthouseOnce(url: string, outFile: string): Promise<LighthouseRun> {
  const args = [
    LIGHTHOUSE_CLI,
    url,
    '--only-categories=performance',
    '--output=json',
    `--output-path=${outFile}`,
    `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
    '--quiet',
  ]
  const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH }, stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString()
  })
  const code = await new Promise<number | null>((done, fail) => {
    child.on('error', fail)
    child.on('close', done)
  })
  if (code !== 0) throw new Error(`lighthouse exited with ${code}:\n${stderr}`)
  return readRun(JSON.parse(await readFile(outFile, 'utf8')) as Lhr)
}

export async function runLighthouseBench(
  url: string,
  dir: string,
  runs: number,
  onRun?: (run: LighthouseRun, index: number) => void,
): Promise<LighthouseBenchResult> {
  const results: LighthouseRun[] = []
  for (let i = 0; i < runs; i++) {
    const run = await lighthouseOnce(url, join(dir, `lighthouse-${i + 1}.json`))
    results.push(run)
    onRun?.(run, i)
  }
  const byScore = results.toSorted((a, b) => a.score - b.score || a.lcpMs - b.lcpMs)
  return {
    runs: results,
    score: summarize(results.map((r) => r.score)),
    lcp: summarize(results.map((r) => r.lcpMs)),
    fcp: summarize(results.map((r) => r.fcpMs)),
    tbt: summarize(results.map((r) => r.tbtMs)),
    median: byScore[Math.floor((byScore.length - 1) / 2)]!,
  }
}
