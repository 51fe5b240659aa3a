/**
 * The built app for the browser benchmarks: `vite build` into a temporary directory (never the
 * shared dist/, which other work in this checkout builds and tests against), served by
 * `vite preview` on a free port (tests/support/preview.ts, shared with the end-to-end tests).
 * Whoever starts the server closes it.
 */
import { build } from 'vite'
import { type PreviewSite, startPreview as startSharedPreview } from '../support/preview.ts'

export async function buildApp(root: string, outDir: string): Promise<void> {
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } })
}

/** The app built into `outDir`, served with the config of the source at `root`. */
export const startPreview = (root: string, outDir: string): Promise<PreviewSite> => startSharedPreview({ root, outDir })
