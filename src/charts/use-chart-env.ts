import { useMemo, useSyncExternalStore } from 'react'
import { useLocale } from '../store/use-messages.ts'
import type { ChartEnv } from './chart-style.ts'

const REDUCE = '(prefers-reduced-motion: reduce)'
const DARK = '(prefers-color-scheme: dark)'
/**
 * The reader's colour-scheme choice, set on <html> by the app (src/app/color-scheme.ts): 'dark' or
 * 'light' overrides the system preference; no attribute follows it. Read from the DOM, so the
 * charts layer imports nothing from the app layer.
 */
const THEME_ATTRIBUTE = 'data-theme'

const matches = (query: string): boolean => window.matchMedia(query).matches

function subscribeToMedia(query: string, onChange: () => void): () => void {
  const list = window.matchMedia(query)
  list.addEventListener('change', onChange)
  return () => list.removeEventListener('change', onChange)
}

function subscribeToThemeAttribute(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange)
  observer.observe(document.documentElement, { attributes: true, attributeFilter: [THEME_ATTRIBUTE] })
  return () => observer.disconnect()
}

const subscribeReduce = (onChange: () => void) => subscribeToMedia(REDUCE, onChange)

function subscribeDark(onChange: () => void): () => void {
  const offMedia = subscribeToMedia(DARK, onChange)
  const offAttribute = subscribeToThemeAttribute(onChange)
  return () => {
    offMedia()
    offAttribute()
  }
}

const getReduce = () => matches(REDUCE)

/** Dark when the reader chose dark, or chose nothing and the system prefers dark. */
export function isDarkScheme(): boolean {
  const chosen = document.documentElement.getAttribute(THEME_ATTRIBUTE)
  if (chosen === 'dark') return true
  if (chosen === 'light') return false
  return matches(DARK)
}

const never = () => false

/** The motion, colour-scheme and language the option builders take, following live changes. */
export function useChartEnv(): ChartEnv {
  const reducedMotion = useSyncExternalStore(subscribeReduce, getReduce, never)
  const dark = useSyncExternalStore(subscribeDark, isDarkScheme, never)
  const locale = useLocale()
  return useMemo(() => ({ reducedMotion, dark, locale }), [reducedMotion, dark, locale])
}
