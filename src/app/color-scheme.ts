/**
 * The reader's colour-scheme choice: follow the system, or force light or dark. Kept in
 * localStorage and shown to CSS as `<html data-theme="light|dark">` (no attribute: follow the
 * system through prefers-color-scheme). The attribute is the whole contract: app.css and the
 * charts (src/charts/use-chart-env.ts) read it, nothing imports this module but the app layer.
 * src/main.ts applies the stored choice before the first paint; importing this module does nothing.
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
export function applyChoice(choice: ColorSchemeChoice, root: HTMLElement = document.documentElement): void {
  if (choice === 'system') root.removeAttribute(THEME_ATTRIBUTE)
  else root.setAttribute(THEME_ATTRIBUTE, choice)
}

/** The choice in force: read from storage when first asked, then kept (storage may refuse to keep it). */
let current: ColorSchemeChoice | null = null
const listeners = new Set<() => void>()

export const getChoice = (): ColorSchemeChoice => (current ??= readStoredChoice())

function notify(): void {
  for (const listener of listeners) listener()
}

export function setChoice(choice: ColorSchemeChoice): void {
  current = choice
  storeChoice(choice)
  applyChoice(choice)
  notify()
}

/** Another tab changed the choice: follow it. */
function onStorage(event: StorageEvent): void {
  if (event.key !== COLOR_SCHEME_STORAGE_KEY && event.key !== null) return
  const next = readStoredChoice()
  if (next === getChoice()) return
  current = next
  applyChoice(next)
  notify()
}

/** Listens to other tabs while anyone listens here; when the last listener goes, the choice is read afresh next time. */
export function subscribeChoice(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('storage', onStorage)
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
    if (listeners.size > 0) return
    window.removeEventListener('storage', onStorage)
    current = null
  }
}
