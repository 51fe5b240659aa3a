/**
 * The reader's colour-scheme choice: follow the system, or force light or dark. Kept in
 * localStorage and shown to CSS as `<html data-theme="light|dark">` (no attribute: follow the
 * system through prefers-color-scheme). The attribute is the whole contract: app.css, ui.css and
 * the charts (src/charts/use-chart-env.ts) read it, nothing imports this module but the app layer.
 */

export type ColorSchemeChoice = 'system' | 'light' | 'dark'

export const COLOR_SCHEME_CHOICES: readonly ColorSchemeChoice[] = ['system', 'light', 'dark']
const COLOR_SCHEME_STORAGE_KEY = 'jixiao.theme'
const THEME_ATTRIBUTE = 'data-theme'

const isColorSchemeChoice = (value: unknown): value is ColorSchemeChoice =>
  value === 'system' || value === 'light' || value === 'dark'

/** Storage may be missing, full or forbidden (private windows, file://): the choice then lasts the visit. */
function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null
  }
}

export function readStoredChoice(): ColorSchemeChoice {
  try {
    const value = storage()?.getItem(COLOR_SCHEME_STORAGE_KEY)
    return isColorSchemeChoice(value) ? value : 'system'
  } catch {
    return 'system'
  }
}

function storeChoice(choice: ColorSchemeChoice): void {
  try {
    if (choice === 'system') storage()?.removeItem(COLOR_SCHEME_STORAGE_KEY)
    else storage()?.setItem(COLOR_SCHEME_STORAGE_KEY, choice)
  } catch {
    // Not remembered, still applied.
  }
}

/** Sets or removes data-theme on <html>. */
export function applyChoice(choice: ColorSchemeChoice, root: HTMLElement | null = globalThis.document?.documentElement ?? null): void {
  if (root === null) return
  if (choice === 'system') root.removeAttribute(THEME_ATTRIBUTE)
  else root.setAttribute(THEME_ATTRIBUTE, choice)
}

let current: ColorSchemeChoice = readStoredChoice()
const listeners = new Set<() => void>()

// Applied when the module is first imported, before React renders: no flash of the wrong scheme.
// (The built page's CSP allows no inline script in index.html, which would be earlier still.)
applyChoice(current)

export const getChoice = (): ColorSchemeChoice => current

export function setChoice(choice: ColorSchemeChoice): void {
  current = choice
  storeChoice(choice)
  applyChoice(choice)
  for (const listener of listeners) listener()
}

export function subscribeChoice(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

// Another tab changed the choice: follow it.
globalThis.addEventListener?.('storage', (event: StorageEvent) => {
  if (event.key !== COLOR_SCHEME_STORAGE_KEY && event.key !== null) return
  const next = readStoredChoice()
  if (next === current) return
  current = next
  applyChoice(next)
  for (const listener of listeners) listener()
})
