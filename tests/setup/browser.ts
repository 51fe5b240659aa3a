/**
 * What jsdom lacks and every browser the app supports has, for the DOM tests (tests/setup/dom.ts).
 * jsdom lays nothing out, so the observers never report.
 *
 * The browser prefers Chinese, as the end-to-end browser does (tests/e2e/harness.ts): the store
 * reads the language when it is created, so the interface starts in Chinese. A test of the English
 * interface sets the store's locale (`useAppStore.setState({ locale: 'en' })`); a test of the
 * detection itself stubs `navigator` (vi.stubGlobal) and creates its own store.
 */
import { matchMedia } from './media.ts'

const LANGUAGES = ['zh-CN', 'zh']

class StandInResizeObserver implements ResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

class StandInIntersectionObserver implements IntersectionObserver {
  readonly root = null
  readonly rootMargin = '0px'
  readonly scrollMargin = '0px'
  readonly thresholds = [0]
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
  takeRecords(): IntersectionObserverEntry[] {
    return []
  }
}

/** CSS.escape as the CSSOM spec serializes an identifier. */
function cssEscape(value: string): string {
  let escaped = ''
  for (const [i, char] of [...value].entries()) {
    const code = char.codePointAt(0) ?? 0
    const digit = code >= 0x30 && code <= 0x39
    if (code === 0) escaped += '\uFFFD'
    else if ((code >= 0x01 && code <= 0x1f) || code === 0x7f || (i === 0 && digit) || (i === 1 && digit && value.startsWith('-')))
      escaped += `\\${code.toString(16)} `
    else if (i === 0 && char === '-' && value.length === 1) escaped += '\\-'
    else if (code >= 0x80 || char === '-' || char === '_' || digit || /[A-Za-z]/.test(char)) escaped += char
    else escaped += `\\${char}`
  }
  return escaped
}

/** Scrolls nothing: jsdom lays nothing out. */
function scrollIntoView(): void {}

/** Gives jsdom's window the stand-ins and the language; again for each test file, in case a test changed them. */
export function standInBrowser(): void {
  Object.defineProperties(navigator, {
    languages: { configurable: true, get: () => LANGUAGES },
    language: { configurable: true, get: () => LANGUAGES[0] },
  })
  window.matchMedia = matchMedia
  globalThis.ResizeObserver = StandInResizeObserver
  globalThis.IntersectionObserver = StandInIntersectionObserver
  globalThis.CSS = { ...globalThis.CSS, escape: cssEscape } as typeof CSS
  Element.prototype.scrollIntoView = scrollIntoView
}
