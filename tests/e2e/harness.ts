/**
 * The browser of one end-to-end suite: Debian's Chromium on a fresh profile
 * (tests/support/chromium.ts), pointed at the run's one `vite preview` (global-setup.ts), with
 * every page's errors and every off-origin request recorded. README.md in this folder tells how it
 * fits together.
 */
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, inject } from 'vitest'
import { type ChromiumProfile, launchChromium, type PageErrors, recordErrors } from '../support/chromium.ts'

/**
 * The browser's language (navigator.languages, Accept-Language). The app shows Chinese to a browser
 * that prefers Chinese and English otherwise; the tests read the Chinese interface unless they ask
 * for another language.
 */
const BROWSER_LOCALE = 'zh-CN'

/** The viewport of a page opened without one. */
const DEFAULT_VIEWPORT = { width: 1280, height: 800 } as const

export interface HarnessOptions {
  /** The browser's preferred language, e.g. 'en-US'; BROWSER_LOCALE by default. */
  locale?: string
  /**
   * Runs on every browser context before any page opens, the first launch and each relaunch
   * (e.g. to add init scripts or bindings).
   */
  onContext?: (context: BrowserContext) => Promise<unknown>
}

interface OpenOptions {
  /** DEFAULT_VIEWPORT when left out. */
  viewport?: { width: number; height: number }
  /** Keeps the page's console and page errors out of `logs` (a page meant to produce some). */
  unlogged?: boolean
}

export interface Harness {
  /** The preview server's origin, e.g. http://127.0.0.1:41234. */
  readonly origin: string
  /** The app's URL on the preview server, with the configured `base` and a trailing slash. */
  readonly baseUrl: string
  /** The browser of the latest launch. */
  readonly context: BrowserContext
  /** Every request of the browser whose origin is not the preview server's. */
  readonly foreignRequests: string[]
  /** The errors of every page opened with open() (unless unlogged). */
  readonly logs: PageErrors[]
  /** Opens `path` (relative to baseUrl) in a new page that records its console and page errors. */
  open(path?: string, options?: OpenOptions): Promise<Page>
  /** Closes the browser (every page) and starts it again on the same profile, as a user comes back. */
  relaunch(): Promise<void>
}

const isNetworkUrl = (url: string): boolean => !url.startsWith('data:') && !url.startsWith('blob:')

/**
 * The suite's browser, launched in a beforeAll hook and closed (its profile deleted) in an afterAll
 * hook registered here: call it at the top of a describe block, before the suite's own hooks, which
 * then run after the launch and before the close.
 */
export function suiteHarness({ locale = BROWSER_LOCALE, onContext }: HarnessOptions = {}): Harness {
  let profile: ChromiumProfile | undefined
  const origin = inject('previewOrigin')
  const baseUrl = inject('previewUrl')
  const foreignRequests: string[] = []
  const logs: PageErrors[] = []

  const prepare = async (context: BrowserContext): Promise<void> => {
    context.on('request', (request) => {
      const url = request.url()
      if (isNetworkUrl(url) && new URL(url).origin !== origin) foreignRequests.push(url)
    })
    await onContext?.(context)
  }
  const started = (): ChromiumProfile => {
    if (profile === undefined) throw new Error('the suite’s browser is used outside its tests (before beforeAll)')
    return profile
  }

  beforeAll(async () => {
    profile = await launchChromium({ locale, profilePrefix: 'jixiao-e2e-' })
    await prepare(profile.context)
  })
  afterAll(async () => {
    await profile?.close()
  })

  return {
    origin,
    baseUrl,
    foreignRequests,
    logs,
    get context() {
      return started().context
    },
    async open(path = '', { viewport = DEFAULT_VIEWPORT, unlogged = false } = {}) {
      const page = await started().context.newPage()
      await page.setViewportSize(viewport)
      if (!unlogged) logs.push(recordErrors(page))
      await page.goto(new URL(path, baseUrl).href)
      return page
    },
    async relaunch() {
      await prepare(await started().relaunch())
    },
  }
}
