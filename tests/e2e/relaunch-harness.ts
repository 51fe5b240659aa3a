/**
 * A harness like harness.ts whose browser can be closed and started again on the same user data
 * dir, as a user closes the browser and comes back: what the page kept (IndexedDB) must still be
 * there. harness.ts makes a fresh dir per harness and deletes it on close, so it cannot do this.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserContext } from 'playwright-core'
import { type Harness, launchBrowser, openPage, startPreview } from './harness.ts'

export interface RelaunchableHarness extends Harness {
  /** The browser profile, kept across relaunch() and deleted by close(). */
  readonly userDataDir: string
  /** Closes the browser (every page) and launches it again on the same user data dir. */
  relaunch(): Promise<void>
}

/**
 * Starts `vite preview` and Chromium on a fresh profile. `onContext` runs on every browser context
 * before any page opens (the first launch and each relaunch), e.g. to add init scripts.
 */
export async function startRelaunchableHarness(
  onContext: (context: BrowserContext) => Promise<void> = async () => undefined,
): Promise<RelaunchableHarness> {
  const { server, origin, baseUrl } = await startPreview()
  const userDataDir = await mkdtemp(join(tmpdir(), 'jixiao-e2e-relaunch-'))
  const foreignRequests: string[] = []

  const launch = async (): Promise<BrowserContext> => {
    const context = await launchBrowser(userDataDir, origin, foreignRequests)
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
    open: (path, viewport) => openPage(context, baseUrl, path, viewport),
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
