import { useMemo, useSyncExternalStore } from 'react'
import type { ChartEnv } from './chart-style.ts'

function subscribeTo(query: string) {
  return (onChange: () => void) => {
    if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return () => {}
    const list = window.matchMedia(query)
    list.addEventListener('change', onChange)
    return () => list.removeEventListener('change', onChange)
  }
}

const matches = (query: string): boolean =>
  typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia(query).matches

const REDUCE = '(prefers-reduced-motion: reduce)'
const DARK = '(prefers-color-scheme: dark)'
const subscribeReduce = subscribeTo(REDUCE)
const subscribeDark = subscribeTo(DARK)
const getReduce = () => matches(REDUCE)
const getDark = () => matches(DARK)
const never = () => false

/** The motion and colour-scheme preferences the option builders take, following live changes. */
export function useChartEnv(): ChartEnv {
  const reducedMotion = useSyncExternalStore(subscribeReduce, getReduce, never)
  const dark = useSyncExternalStore(subscribeDark, getDark, never)
  return useMemo(() => ({ reducedMotion, dark }), [reducedMotion, dark])
}
