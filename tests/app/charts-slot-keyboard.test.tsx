// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ChartsFailure, ChartsSlot } from '../../src/app/ChartsSlot.tsx'
import { EMPTY_FILTERS } from '../../src/domain/view.ts'
import { useAppStore } from '../../src/store/app-store.ts'
import { deriveView } from '../../src/store/view-model.ts'

const initial = useAppStore.getState()
afterEach(() => {
  cleanup()
  useAppStore.setState(initial, true)
})

const view = deriveView({ datasets: [], activeDatasetId: null, filters: EMPTY_FILTERS, sorting: [] })

function Broken(): never {
  throw new Error('Failed to fetch dynamically imported module')
}

describe('ChartsSlot by keyboard', () => {
  it('holds a tab stop in the placeholder that loads the charts, and keeps it while they load', () => {
    useAppStore.setState({ chartsWanted: false, locale: 'zh' })
    const original = globalThis.IntersectionObserver
    globalThis.IntersectionObserver = class {
      observe() {}
      disconnect() {}
    } as unknown as typeof IntersectionObserver
    try {
      render(<ChartsSlot view={view} openId={null} brush={null} grades={[]} themes={[]} />)
      const button = screen.getByRole('button', { name: '载入图表' })
      button.focus()
      fireEvent.click(button)
      expect(useAppStore.getState().chartsWanted).toBe(true)
      expect(screen.getByRole('status').textContent).toBe('正在加载图表…')
      // The same button keeps the focus until the charts replace the placeholder.
      expect(document.activeElement).toBe(button)
    } finally {
      globalThis.IntersectionObserver = original
    }
  })

  it('tells the slot when the charts failed, so the placeholder goes', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {})
    const onFailed = vi.fn()
    try {
      render(
        <ChartsFailure message="图表未能加载。" onFailed={onFailed}>
          <Broken />
        </ChartsFailure>,
      )
      expect(onFailed).toHaveBeenCalledTimes(1)
    } finally {
      quiet.mockRestore()
    }
  })
})
