/**
 * The DOM tests' matchMedia (jsdom has none), which a test drives: no query matches — a screen, a
 * light colour scheme, motion allowed — until the test says so with setMedia, and every test
 * starts from that again (tests/setup/dom.ts). Queries are compared as written, e.g. 'print' or
 * '(prefers-color-scheme: dark)'.
 *
 *     setMedia('print', true) // the page is now printed: listeners of 'print' hear a change
 */

const matching = new Set<string>()
const lists = new Map<string, StandInMediaQueryList>()

class StandInMediaQueryList extends EventTarget {
  onchange: ((event: Event) => void) | null = null
  readonly #listeners = new Map<(event: Event) => void, EventListener>()

  readonly media: string

  constructor(media: string) {
    super()
    this.media = media
  }

  get matches(): boolean {
    return matching.has(this.media)
  }

  /** The deprecated spelling some libraries still use. */
  addListener(listener: (event: Event) => void): void {
    const wrapped: EventListener = (event) => listener(event)
    this.#listeners.set(listener, wrapped)
    this.addEventListener('change', wrapped)
  }

  removeListener(listener: (event: Event) => void): void {
    const wrapped = this.#listeners.get(listener)
    if (wrapped !== undefined) this.removeEventListener('change', wrapped)
    this.#listeners.delete(listener)
  }

  changed(): void {
    const event = Object.assign(new Event('change'), { matches: this.matches, media: this.media })
    this.onchange?.(event)
    this.dispatchEvent(event)
  }
}

/** window.matchMedia in the DOM tests: one live list per query, its `matches` as setMedia last said. */
export function matchMedia(query: string): MediaQueryList {
  let list = lists.get(query)
  if (list === undefined) {
    list = new StandInMediaQueryList(query)
    lists.set(query, list)
  }
  return list as unknown as MediaQueryList
}

/** Makes `query` match or not; its listeners hear a change event when the answer changes. */
export function setMedia(query: string, matches: boolean): void {
  if (matching.has(query) === matches) return
  if (matches) matching.add(query)
  else matching.delete(query)
  lists.get(query)?.changed()
}

/** No query matches, silently: what is still listening from the last test is not told. */
export function resetMedia(): void {
  matching.clear()
}
