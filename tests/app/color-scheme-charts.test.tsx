// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { isDarkScheme, useChartEnv } from '../../src/charts/use-chart-env.ts'

/** jsdom has no matchMedia: a stand-in whose prefers-color-scheme answer the test sets. */
let systemDark = false
const listeners = new Set<() => void>()
beforeEach(() => {
  systemDark = false
  document.documentElement.removeAttribute('data-theme')
  vi.stubGlobal('matchMedia', (query: string) => ({
    get matches() {
      return query === '(prefers-color-scheme: dark)' && systemDark
    },
    media: query,
    addEventListener: (_: string, l: () => void) => listeners.add(l),
    removeEventListener: (_: string, l: () => void) => listeners.delete(l),
  }))
})

afterEach(() => {
  cleanup()
  listeners.clear()
  vi.unstubAllGlobals()
})

describe('the charts follow the colour-scheme choice on <html>', () => {
  it.each([
    [false, null, false],
    [true, null, true],
    [false, 'dark', true],
    [true, 'light', false],
    [true, 'dark', true],
    [false, 'light', false],
  ] as const)('system dark %s, data-theme %j → dark %s', (system, chosen, dark) => {
    systemDark = system
    if (chosen !== null) document.documentElement.setAttribute('data-theme', chosen)
    expect(isDarkScheme()).toBe(dark)
  })

  it('re-renders the charts when the attribute changes', async () => {
    const seen: boolean[] = []
    function Probe() {
      seen.push(useChartEnv().dark)
      return null
    }
    render(<Probe />)
    await act(async () => {
      document.documentElement.setAttribute('data-theme', 'dark')
      // The MutationObserver reports in a microtask.
      await Promise.resolve()
    })
    await act(async () => {
      document.documentElement.removeAttribute('data-theme')
      await Promise.resolve()
    })
    expect(seen.at(0)).toBe(false)
    expect(seen).toContain(true)
    expect(seen.at(-1)).toBe(false)
  })
})
