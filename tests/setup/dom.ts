/**
 * Setup of the DOM tests: the `dom` project of vite.config.ts, every `*.test.tsx` file, in jsdom.
 * The files a worker runs share one jsdom window and one module registry (no per-file isolation,
 * for speed), so every test starts from the same page here, whatever ran before it:
 *
 * - a Chinese-preferring browser with what jsdom lacks (tests/setup/browser.ts): matchMedia, driven
 *   by setMedia (tests/setup/media.ts), where nothing matches until a test says so; ResizeObserver
 *   and IntersectionObserver, which never report; scrollIntoView; CSS.escape;
 * - the store as it was created (the interface in Chinese), empty localStorage, a bare <html>;
 * - EChart replaced by a stand-in (tests/setup/echart-stand-in.ts): jsdom has no canvas;
 * - after each test: the rendered trees unmounted, announcements cleared, spies restored,
 *   stubbed globals put back and real timers.
 *
 * A test that needs modules of its own (a module's state as on first import) calls
 * vi.resetModules() and imports them, the store included, with `await import(…)`.
 */
import { cleanup } from '@testing-library/react'
import { afterEach, beforeEach, vi } from 'vitest'
import { clearAnnouncements } from '../../src/ui/announcer.ts'
import { standInBrowser } from './browser.ts'
import { lastChart } from './echart-stand-in.ts'
import { resetMedia } from './media.ts'

vi.mock('../../src/charts/EChart.tsx', () => import('./echart-stand-in.ts'))

standInBrowser()
// After the browser is stood in: the store reads the browser's language when it is created.
const { useAppStore } = await import('../../src/store/app-store.ts')

beforeEach(() => {
  localStorage.clear()
  for (const name of document.documentElement.getAttributeNames()) document.documentElement.removeAttribute(name)
  document.title = ''
  resetMedia()
  useAppStore.setState(useAppStore.getInitialState(), true)
})

afterEach(() => {
  cleanup()
  clearAnnouncements()
  lastChart.props = null
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
  vi.useRealTimers()
})
