/**
 * The built app for the browser benchmarks: `vite build` into a temporary directory (never the
 * shared dist/, which other work in this checkout builds and tests against), served by
 * `startPreview` of tests/support/preview.ts, shared with the end-to-end tests.
 * Whoever starts the server closes it.
 */
import { build } from 'vite'

export async function buildApp(root: string, outDir: string): Promise<void> {
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } })
}
