/**
 * The built app for the browser benchmarks: `vite build` into a temporary directory (never the
 * shared dist/, which other work in this checkout builds and tests against), served by
 * `vite preview` on a free port. Whoever starts the server closes it.
 */
import { createServer } from 'node:net'
import { build, preview } from 'vite'

export async function buildApp(root: string, outDir: string): Promise<void> {
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } })
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer()
    probe.unref()
    probe.on('error', fail)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (address !== null && typeof address === 'object' ? done(address.port) : fail(new Error('no free port'))))
    })
  })
}

export interface AppServer {
  /** The app's URL, with the configured base and a trailing slash. */
  url: string
  origin: string
  close: () => Promise<void>
}

export async function startPreview(root: string, outDir: string): Promise<AppServer> {
  const server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: await freePort(), strictPort: true, open: false },
  })
  const address = server.httpServer.address()
  if (address === null || typeof address !== 'object') {
    await server.close()
    throw new Error('vite preview is not listening')
  }
  const origin = `http://127.0.0.1:${address.port}`
  return { url: new URL(server.config.base, origin).href, origin, close: () => server.close() }
}
