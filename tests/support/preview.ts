/**
 * `vite preview` of a built app on a free port of 127.0.0.1, as the end-to-end tests
 * (tests/e2e/global-setup.ts, once per run) and the browser benchmarks (tests/bench/run.ts) serve
 * it. Whoever starts the server closes it.
 */
import { createServer } from 'node:net'
import { preview } from 'vite'

/** A TCP port of 127.0.0.1 that was free a moment ago. */
function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer()
    probe.unref()
    probe.on('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => {
        if (address !== null && typeof address === 'object') resolvePort(address.port)
        else reject(new Error('could not find a free port'))
      })
    })
  })
}

export interface PreviewSite {
  /** e.g. http://127.0.0.1:41234 */
  origin: string
  /** The app's URL: the origin with the configured `base` and a trailing slash. */
  url: string
  close(): Promise<void>
}

export interface PreviewOptions {
  /** The project root, whose vite.config.ts is read. */
  root: string
  /** The built app, when not the config's (dist/ under root). */
  outDir?: string
}

/** Serves the built app at `root` (or `outDir`) with `vite preview`. */
export async function startPreview({ root, outDir }: PreviewOptions): Promise<PreviewSite> {
  const server = await preview({
    root,
    logLevel: 'warn',
    ...(outDir === undefined ? {} : { build: { outDir } }),
    preview: { host: '127.0.0.1', port: await freePort(), strictPort: true, open: false },
  })
  const address = server.httpServer.address()
  if (address === null || typeof address !== 'object') {
    await server.close()
    throw new Error('vite preview is not listening')
  }
  const origin = `http://127.0.0.1:${address.port}`
  return { origin, url: new URL(server.config.base, origin).href, close: () => server.close() }
}
