import { render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { ChartsFailure, ChartsSlot } from '../../src/app/ChartsSlot.tsx'
import { chartsDrawn } from '../../src/charts/charts-drawn.ts'
import { EMPTY_FILTERS } from '../../src/domain/view.ts'
import { useAppStore } from '../../src/store/app-store.ts'
import { viewOf } from '../support/view.ts'

const view = viewOf([], null, EMPTY_FILTERS)
const slot = () => <ChartsSlot view={view} openId={null} brush={null} grades={[]} themes={[]} />

describe('ChartsSlot', () => {
  it('holds a placeholder, and asks for the charts when the page is about to print', () => {
    // The setup's IntersectionObserver never reports the placeholder in view.
    render(slot())
    expect(screen.getByRole('status').textContent).toBe('图表在滚动到此处时加载。')
    expect(useAppStore.getState().chartsWanted).toBe(false)
    window.dispatchEvent(new Event('beforeprint'))
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
      const { unmount } = render(
        <ChartsFailure message="图表未能加载。">
          <Broken />
        </ChartsFailure>,
      )
      expect(screen.getByRole('alert').textContent).toBe('图表未能加载。')
      await expect(chartsDrawn()).resolves.toBeUndefined()
      // The failure holds the signal only while its message shows.
      unmount()
      let drawn = false
      void chartsDrawn().then(() => {
        drawn = true
      })
      await Promise.resolve()
      expect(drawn).toBe(false)
    } finally {
      quiet.mockRestore()
    }
  })
})
