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

export interface HarnessOptions {
  /** The browser's preferred language, e.g. 'en-US'; BROWSER_LOCALE by default. */
  locale?: string
}

export async function startHarness({ locale = BROWSER_LOCALE }: HarnessOptions = {}): Promise<Harness> {
  const server = await startPreview()
  const userDataDir = await mkdtemp(join(tmpdir(), 'jixiao-e2e-'))
  let context: BrowserContext | undefined
  try {
    const address = server.httpServer.address()
    if (address === null || typeof address !== 'object') throw new Error('preview server is not listening')
    const origin = `http://127.0.0.1:${address.port}`
    const baseUrl = new URL(server.config.base, origin).href

    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: CHROMIUM_ARGS,
      // Playwright's default is en-US, which gets the English interface.
      locale,
    })
    const foreignRequests: string[] = []
    context.on('request', (request) => {
      const url = request.url()
      if (isNetworkUrl(url) && new URL(url).origin !== origin) foreignRequests.push(url)
    })

    const ctx = context
    return {
      origin,
      baseUrl,
      context: ctx,
      foreignRequests,
      async open(path = '', viewport = { width: 1280, height: 800 }) {
        const page = await ctx.newPage()
        await page.setViewportSize(viewport)
        const log: PageLog = { consoleErrors: [], pageErrors: [] }
        page.on('console', (message) => {
          if (message.type() === 'error') log.consoleErrors.push(message.text())
        })
        page.on('pageerror', (error) => log.pageErrors.push(String(error)))
        await page.goto(new URL(path, baseUrl).href)
        return { page, log }
      },
      async close() {
        await ctx.close()
        await server.close()
        await rm(userDataDir, { recursive: true, force: true })
      },
    }
  } catch (error) {
    await context?.close()
    await server.close()
    await rm(userDataDir, { recursive: true, force: true })
    throw error
  }
}
