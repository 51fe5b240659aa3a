/**
 * Debian's Chromium, as the end-to-end tests (tests/e2e/) and the browser benchmarks (tests/bench/)
 * start it: driven through playwright-core, on a fresh temporary profile that is deleted again.
 * Never a browser Playwright downloads. tests/e2e/README.md says why each flag is there.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'

/** The Chromium binary: Debian's, unless CHROME_PATH names another. */
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium'

/**
 * Flags for every Chromium the tests and benchmarks start (Lighthouse's too, which adds its own
 * --headless): it runs as root in a container without a GPU, and must make no request of its own.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  // The sandbox needs user namespaces or a setuid helper, which containers (and root) do not have.
  '--no-sandbox',
  // No GPU here: draw in software from the start rather than after a failed GPU process.
  '--disable-gpu',
  // The preview server speaks HTTP/1.1 on 127.0.0.1; no QUIC probing.
  '--disable-quic',
  // A fresh profile each time: no first-run tasks.
  '--no-first-run',
  // No requests of Chromium's own (updates, safe browsing lists, sync): every request the tests
  // see comes from the page, and a benchmark is not measured beside a download.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** What a page reported while it was open. */
export interface PageErrors {
  /** The text of every console message of type error. */
  consoleErrors: string[]
  /** Every uncaught exception. */
  pageErrors: string[]
}

/** Records `page`'s console errors and uncaught exceptions into `into` from now on. */
export function recordErrors(page: Page, into: PageErrors = { consoleErrors: [], pageErrors: [] }): PageErrors {
  page.on('console', (message) => {
    if (message.type() === 'error') into.consoleErrors.push(message.text())
  })
  page.on('pageerror', (error) => into.pageErrors.push(String(error)))
  return into
}

export interface LaunchOptions {
  /** The browser's preferred language (navigator.languages, Accept-Language), e.g. 'zh-CN'. */
  locale: string
  /** Every page's viewport; Playwright's default (1280 × 720) when left out. */
  viewport?: { width: number; height: number }
  /** The start of the temporary profile directory's name, e.g. 'jixiao-e2e-'. */
  profilePrefix?: string
}

/** A Chromium on a temporary profile that outlives its launches, not close(). */
export interface ChromiumProfile {
  readonly userDataDir: string
  /** The browser of the latest launch. */
  readonly context: BrowserContext
  /** Closes the browser (every page) and launches it again on the same profile, as a user comes back. */
  relaunch(): Promise<BrowserContext>
  /** Closes the browser and deletes the profile. */
  close(): Promise<void>
}

/** Launches Chromium on a fresh temporary profile. */
export async function launchChromium({ locale, viewport, profilePrefix = 'jixiao-chromium-' }: LaunchOptions): Promise<ChromiumProfile> {
  const userDataDir = await mkdtemp(join(tmpdir(), profilePrefix))
  const launch = () =>
    chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROME_PATH,
      headless: true,
      args: [...CHROMIUM_ARGS],
      // Playwright's default is en-US, which gets the app's English interface.
      locale,
      ...(viewport === undefined ? {} : { viewport }),
    })
  let context: BrowserContext
  try {
    context = await launch()
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true })
    throw error
  }
  return {
    userDataDir,
    get context() {
      return context
    },
    async relaunch() {
      await context.close()
      context = await launch()
      return context
    },
    async close() {
      try {
        await context.close()
      } finally {
        await rm(userDataDir, { recursive: true, force: true })
      }
    },
  }
}
