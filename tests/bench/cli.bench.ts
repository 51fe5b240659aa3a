/**
 * The CLI end to end on the generated 10,000-project report: process start, tsx's loader, reading,
 * decoding, parsing and writing the JSON to /dev/null. Also through `npm run parse`, which adds
 * npm's own start-up on top (the script runs the same `node --import tsx` command).
 */
import { spawn, spawnSync } from 'node:child_process'
import { closeSync, openSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { BENCH_SEED } from './parse.bench.ts'
import { type Sample, summarize } from './stats.ts'

export interface CliBenchResult {
  file: string
  megabytes: number
  /** `node --import tsx src/cli/parse.ts FILE > /dev/null` */
  node: Sample
  /** `npm run parse -- FILE > /dev/null` */
  npm: Sample
  /** `node --import tsx -e ''`: what starting Node with tsx costs before any of our code runs. */
  startup: Sample
}

/** Runs a command with stdout to /dev/null; wall-clock ms from spawn to exit. Throws unless it exits 0. */
async function timed(cwd: string, command: string, args: readonly string[]): Promise<number> {
  const devNull = openSync('/dev/null', 'w')
  try {
    const start = performance.now()
    const child = spawn(command, args, { cwd, stdio: ['ignore', devNull, 'pipe'] })
    let stderr = ''
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
    })
    const code = await new Promise<number | null>((done, fail) => {
      child.on('error', fail)
      child.on('close', done)
    })
    const ms = performance.now() - start
    if (code !== 0) throw new Error(`\`${command} ${args.join(' ')}\` exited with ${code}:\n${stderr}`)
    return ms
  } finally {
    closeSync(devNull)
  }
}

/** `npm run gen -- --projects N --seed S --out FILE`, once. */
export function generateWithCli(root: string, dir: string, projects: number): string {
  const file = join(dir, `report-${projects}.txt`)
  const gen = spawnSync('npm', ['run', '--silent', 'gen', '--', '--projects', String(projects), '--seed', String(BENCH_SEED), '--out', file], {
    cwd: root,
    encoding: 'utf8',
  })
  if (gen.status !== 0) throw new Error(`npm run gen failed (${gen.status}):\n${gen.stderr}`)
  return file
}

export async function runCliBench(root: string, dir: string, { projects = 10_000, runs = 5 } = {}): Promise<CliBenchResult> {
  const file = generateWithCli(root, dir, projects)
  const node = process.execPath
  const direct = ['--import', 'tsx', 'src/cli/parse.ts', file]
  // One unmeasured run so the first measured one does not pay for a cold file cache.
  await timed(root, node, direct)
  const times = { node: [] as number[], npm: [] as number[], startup: [] as number[] }
  for (let i = 0; i < runs; i++) {
    times.node.push(await timed(root, node, direct))
    times.npm.push(await timed(root, 'npm', ['run', '--silent', 'parse', '--', file]))
    times.startup.push(await timed(root, node, ['--import', 'tsx', '-e', '']))
  }
  return {
    file,
    megabytes: statSync(file).size / 1e6,
    node: summarize(times.node),
    npm: summarize(times.npm),
    startup: summarize(times.startup),
  }
}
