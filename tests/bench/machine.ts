import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { availableParallelism, cpus, loadavg, platform, release, totalmem } from 'node:os'
import { CHROME_PATH } from '../support/chromium.ts'

export interface Machine {
  cpu: string
  cores: number
  memoryGiB: number
  os: string
  node: string
  chromium: string
}

/** /proc/cpuinfo's model name, which os.cpus() sometimes shortens; falls back to os.cpus(). */
function cpuModel(): string {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8').split('\n').find((l) => l.startsWith('model name'))
    const model = line?.split(':')[1]?.trim()
    if (model) return model
  } catch {
    // not Linux
  }
  return cpus()[0]?.model.trim() ?? 'unknown CPU'
}

/** `chromium --version`, e.g. "Chromium 156.0.8078.108 built on Debian GNU/Linux 12 (bookworm)". */
function chromiumVersion(): string {
  const out = execFileSync(CHROME_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
  return out.trim()
}

export function describeMachine(): Machine {
  return {
    cpu: cpuModel(),
    cores: availableParallelism(),
    memoryGiB: totalmem() / 2 ** 30,
    os: `${platform()} ${release()}`,
    node: process.version,
    chromium: chromiumVersion(),
  }
}

/** The 1-minute load average: other work on a shared 2-core machine moves every figure. */
export const loadAverage = (): string => loadavg().map((l) => l.toFixed(2)).join(' ')
