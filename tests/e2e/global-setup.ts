/**
 * The e2e project's globalSetup (vite.config.ts): one `vite preview` of the built dist/ for the
 * whole run, in vitest's main process, closed when the run ends. The test files get its address
 * with `inject('previewUrl')` (harness.ts). It builds nothing: `npm run test:e2e` builds first.
 */
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { TestProject } from 'vitest/node'
import { startPreview } from '../support/preview.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The preview server's app URL, with the configured `base` and a trailing slash. */
    previewUrl: string
    /** The preview server's origin, e.g. http://127.0.0.1:41234. */
    previewOrigin: string
  }
}

const ROOT = resolve(import.meta.dirname, '../..')

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(join(ROOT, 'dist', 'index.html'))) {
    throw new Error('dist/index.html is missing: run `npm run test:e2e`, which builds before testing')
  }
  const site = await startPreview({ root: ROOT })
  project.provide('previewUrl', site.url)
  project.provide('previewOrigin', site.origin)
  return () => site.close()
}
