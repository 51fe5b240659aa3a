// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ChartsFailure, ChartsSlot } from '../../src/app/ChartsSlot.tsx'
import { chartsDrawn } from '../../src/app/charts-drawn.ts'
import { EMPTY_FILTERS } from '../../src/domain/view.ts'
import { useAppStore } from '../../src/store/app-store.ts'
import { deriveView } from '../../src/store/view-model.ts'

const initial = useAppStore.getState()
afterEach(() => {
  cleanup()
  useAppStore.setState(initial, true)
})

const view = deriveView({ datasets: [], activeDatasetId: null, filters: EMPTY_FILTERS, sorting: [] })
const slot = () => <ChartsSlot view={view} openId={null} brush={null} grades={[]} themes={[]} />

describe('ChartsSlot', () => {
  it('holds a placeholder, and asks for the charts when the page is about to print', () => {
    useAppStore.setState({ chartsWanted: false, locale: 'zh' })
    // jsdom has no IntersectionObserver: stand one in that never reports the placeholder in view.
    const original = globalThis.IntersectionObserver
    globalThis.IntersectionObserver = class {
      observe() {}
      disconnect() {}
    } as unknown as typeof IntersectionObserver
    try {
      render(slot())
      expect(screen.getByRole('status').textContent).toBe('图表在滚动到此处时加载。')
      expect(useAppStore.getState().chartsWanted).toBe(false)
      window.dispatchEvent(new Event('beforeprint'))
      expect(useAppStore.getState().chartsWanted).toBe(true)
    } finally {
      globalThis.IntersectionObserver = original
    }
  })

  it('asks for the charts at once where there is no IntersectionObserver', () => {
    useAppStore.setState({ chartsWanted: false })
    render(slot())
    expect(useAppStore.getState().chartsWanted).toBe(true)
  })
})

function Broken(): never {
  throw new Error('Failed to fetch dynamically imported module')
}

describe('ChartsFailure', () => {

  it('shows its message in an alert instead of the charts, and lets a waiting print go ahead', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {})
    try {
      render(
        <ChartsFailure message="图表未能加载。">
          <Broken />
        </ChartsFailure>,
      )
      expect(screen.getByRole('alert').textContent).toBe('图表未能加载。')
      await expect(chartsDrawn).resolves.toBeUndefined()
    } finally {
      quiet.mockRestore()
    }
  })
})
