/**
 * A harness like harness.ts whose browser can be closed and started again on the same user data
 * dir, as a user closes the browser and comes back: what the page kept (IndexedDB) must still be
 * there. harness.ts makes a fresh dir per harness and deletes it on close, so it cannot do this.
 */
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type BrowserContext } from 'playwright-core'
import { preview, type PreviewServer } from 'vite'
import { BROWSER_LOCALE, type Harness, type PageLog } from './harness.ts'

const ROOT = resolve(import.meta.dirname, '../..')

/** The flags of GUIDE §3, as in harness.ts. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export interface RelaunchableHarness extends Harness {
  /** The browser profile, kept across relaunch() and deleted by close(). */
  readonly userDataDir: string
  /** Closes the browser (every page) and launches it again on the same user data dir. */
  relaunch(): Promise<void>
}

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

async function startPreview(): Promise<PreviewServer> {
  if (!existsSync(join(ROOT, 'dist', 'index.html'))) {
    throw new Error('dist/index.html is missing: run `npm run test:e2e`, which builds before testing')
  }
  return preview({
    root: ROOT,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: await freePort(), strictPort: true, open: false },
  })
}

/**
 * Starts `vite preview` and Chromium on a fresh profile. `onContext` runs on every browser context
 * before any page opens (the first launch and each relaunch), e.g. to add init scripts.
 */
export async function startRelaunchableHarness(
  onContext: (context: BrowserContext) => Promise<void> = async () => undefined,
): Promise<RelaunchableHarness> {
  const server = await startPreview()
  const userDataDir = await mkdtemp(join(tmpdir(), 'jixiao-e2e-relaunch-'))
  const address = server.httpServer.address()
  if (address === null || typeof address !== 'object') {
    await server.close()
    throw new Error('preview server is not listening')
  }
  const origin = `http://127.0.0.1:${address.port}`
  const baseUrl = new URL(server.config.base, origin).href
  const foreignRequests: string[] = []

  const launch = async (): Promise<BrowserContext> => {
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: CHROMIUM_ARGS,
      // The tests read the Chinese interface, which a browser preferring Chinese gets (Playwright's default is en-US).
      locale: BROWSER_LOCALE,
    })
    context.on('request', (request) => {
      const url = request.url()
      if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) foreignRequests.push(url)
    })
    await onContext(context)
    return context
  }

  let context: BrowserContext
  try {
    context = await launch()
  } catch (error) {
    await server.close()
    await rm(userDataDir, { recursive: true, force: true })
    throw error
  }

  return {
    origin,
    baseUrl,
    userDataDir,
    foreignRequests,
    get context() {
      return context
    },
    async open(path = '', viewport = { width: 1280, height: 800 }) {
      const page = await context.newPage()
      await page.setViewportSize(viewport)
      const log: PageLog = { consoleErrors: [], pageErrors: [] }
      page.on('console', (message) => {
        if (message.type() === 'error') log.consoleErrors.push(message.text())
      })
      page.on('pageerror', (error) => log.pageErrors.push(String(error)))
      await page.goto(new URL(path, baseUrl).href)
      return { page, log }
    },
    async relaunch() {
      await context.close()
      context = await launch()
    },
    async close() {
      await context.close()
      await server.close()
      await rm(userDataDir, { recursive: true, force: true })
    },
  }
}
