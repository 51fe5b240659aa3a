/**
 * What the benchmark measures: the working tree (default), or one commit exported with
 * `git archive` into a temporary directory (`--ref`), so a shared checkout with other people's
 * half-done edits can still be measured at a known commit. The export borrows this checkout's
 * node_modules through a symlink.
 */
import { execFileSync } from 'node:child_process'
import { mkdtemp, rm, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

export const CHECKOUT = resolve(import.meta.dirname, '../..')

export interface Source {
  root: string
  /** e.g. "3f2c1a9 Table: virtualise the rows (commit)" or "… + uncommitted changes". */
  label: string
  cleanup: () => Promise<void>
}

const git = (...args: string[]): string => execFileSync('git', args, { cwd: CHECKOUT, encoding: 'utf8' }).trim()

export async function openSource(ref: string | undefined): Promise<Source> {
  if (ref === undefined) {
    const dirty = git('status', '--porcelain', '--untracked-files=no', '--', 'src', 'public', 'index.html', 'vite.config.ts') !== ''
    return {
      root: CHECKOUT,
      label: `working tree at ${git('log', '-1', '--format=%h %s')}${dirty ? ' + uncommitted changes in src/' : ''}`,
      cleanup: async () => {},
    }
  }
  const commit = git('rev-parse', '--verify', `${ref}^{commit}`)
  const root = await mkdtemp(join(tmpdir(), 'jixiao-bench-src-'))
  execFileSync('sh', ['-c', `git archive --format=tar ${commit} | tar -x -C "${root}"`], { cwd: CHECKOUT })
  await symlink(join(CHECKOUT, 'node_modules'), join(root, 'node_modules'), 'dir')
  return {
    root,
    label: `commit ${git('log', '-1', '--format=%h %s', commit)}`,
    cleanup: () => rm(root, { recursive: true, force: true }),
  }
}

type ParseModule = typeof import('../../src/ingest/parse-report.ts')
type GenerateModule = typeof import('../../src/generate/generate-report.ts')

/** The parser and the generator of the measured source (not necessarily this checkout's). */
export interface SourceModules {
  parseReport: ParseModule['parseReport']
  generateReport: GenerateModule['generateReport']
}

export async function loadModules(root: string): Promise<SourceModules> {
  const load = (path: string) => import(pathToFileURL(join(root, path)).href)
  const { parseReport } = (await load('src/ingest/parse-report.ts')) as ParseModule
  const { generateReport } = (await load('src/generate/generate-report.ts')) as GenerateModule
  return { parseReport, generateReport }
}
