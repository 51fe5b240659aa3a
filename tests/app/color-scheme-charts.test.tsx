import { act, render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { isDarkScheme, useChartEnv } from '../../src/charts/use-chart-env.ts'
import { setMedia } from '../setup/media.ts'

const SYSTEM_DARK = '(prefers-color-scheme: dark)'

describe('the charts follow the colour-scheme choice on <html>', () => {
  it.each([
    [false, null, false],
    [true, null, true],
    [false, 'dark', true],
    [true, 'light', false],
    [true, 'dark', true],
    [false, 'light', false],
  ] as const)('system dark %s, data-theme %j → dark %s', (system, chosen, dark) => {
    setMedia(SYSTEM_DARK, system)
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

  it('re-renders the charts when the system colour scheme changes', () => {
    const seen: boolean[] = []
    function Probe() {
      seen.push(useChartEnv().dark)
      return null
    }
    render(<Probe />)
    act(() => setMedia(SYSTEM_DARK, true))
    expect(seen.at(-1)).toBe(true)
    act(() => setMedia(SYSTEM_DARK, false))
    expect(seen.at(-1)).toBe(false)
  })
})
