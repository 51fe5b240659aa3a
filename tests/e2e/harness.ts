/**
 * End-to-end harness: serves the already-built dist with `vite preview` on a free port and drives
 * Debian's Chromium through playwright-core (GUIDE §3). It builds nothing: `npm run test:e2e` runs
 * `vite build` first.
 */
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { preview, type PreviewServer } from 'vite'

const ROOT = resolve(import.meta.dirname, '../..')

/**
 * The browser's language (navigator.languages, Accept-Language). The app shows Chinese to a browser
 * that prefers Chinese and English otherwise; the tests read the Chinese interface unless they ask
 * for another language.
 */
export const BROWSER_LOCALE = 'zh-CN'

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** What one page reported while it was open. */
export interface PageLog {
  consoleErrors: string[]
  pageErrors: string[]
}

export interface Harness {
  /** e.g. http://127.0.0.1:41234 */
  origin: string
  /** The preview server's base URL, with the configured `base` and a trailing slash. */
  baseUrl: string
  context: BrowserContext
  /** Every request of the browser context whose origin is not the preview server's. */
  foreignRequests: string[]
  /** Opens `path` (relative to baseUrl) in a new page that records its console and page errors. */
  open(path?: string, viewport?: { width: number; height: number }): Promise<{ page: Page; log: PageLog }>
  close(): Promise<void>
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

function isNetworkUrl(url: string): boolean {
  return !url.startsWith('data:') && !url.startsWith('blob:')
}

export interface PreviewSite {
  server: PreviewServer
  /** e.g. http://127.0.0.1:41234 */
  origin: string
  /** With the configured `base` and a trailing slash. */
  baseUrl: string
}

/** `vite preview` of the built dist on a free port. */
export async function startPreview(): Promise<PreviewSite> {
  if (!existsSync(join(ROOT, 'dist', 'index.html'))) {
    throw new Error('dist/index.html is missing: run `npm run test:e2e`, which builds before testing')
  }
  const server = await preview({
    root: ROOT,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: await freePort(), strictPort: true, open: false },
  })
  const address = server.httpServer.address()
  if (address === null || typeof address !== 'object') {
    await server.close()
    throw new Error('preview server is not listening')
  }
  const origin = `http://127.0.0.1:${address.port}`
  return { server, origin, baseUrl: new URL(server.config.base, origin).href }
}

/** Debian's Chromium on `userDataDir` with GUIDE §3's flags; every request off `origin` goes into `foreignRequests`. */
export async function launchBrowser(
  userDataDir: string,
  origin: string,
  foreignRequests: string[],
  locale = BROWSER_LOCALE,
): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    // Playwright's default is en-US, which gets the English interface.
    locale,
  })
  context.on('request', (request) => {
    const url = request.url()
    if (isNetworkUrl(url) && new URL(url).origin !== origin) foreignRequests.push(url)
  })
  return context
}

/** Opens `path` (relative to baseUrl) in a new page that records its console and page errors. */
export async function openPage(
  context: BrowserContext,
  baseUrl: string,
  path = '',
  viewport = { width: 1280, height: 800 },
): Promise<{ page: Page; log: PageLog }> {
  const page = await context.newPage()
  await page.setViewportSize(viewport)
  const log: PageLog = { consoleErrors: [], pageErrors: [] }
  page.on('console', (message) => {
    if (message.type() === 'error') log.consoleErrors.push(message.text())
  })
  page.on('pageerror', (error) => log.pageErrors.push(String(error)))
  await page.goto(new URL(path, baseUrl).href)
  return { page, log }
}

export interface HarnessOptions {
  /** The browser's preferred language, e.g. 'en-US'; BROWSER_LOCALE by default. */
  locale?: string
}

export async function startHarness({ locale = BROWSER_LOCALE }: HarnessOptions = {}): Promise<Harness> {
  const { server, origin, baseUrl } = await startPreview()
  const userDataDir = await mkdtemp(join(tmpdir(), 'jixiao-e2e-'))
  try {
    const foreignRequests: string[] = []
    const context = await launchBrowser(userDataDir, origin, foreignRequests, locale)
    return {
      origin,
      baseUrl,
      context,
      foreignRequests,
      open: (path, viewport) => openPage(context, baseUrl, path, viewport),
      async close() {
        await context.close()
        await server.close()
        await rm(userDataDir, { recursive: true, force: true })
      },
    }
  } catch (error) {
    await server.close()
    await rm(userDataDir, { recursive: true, force: true })
    throw error
  }
}
