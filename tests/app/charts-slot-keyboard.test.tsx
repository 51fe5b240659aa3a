import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { ChartsFailure } from '../../src/app/ChartsSlot.tsx'
import { EMPTY_FILTERS } from '../../src/domain/view.ts'
import { viewOf } from '../support/view.ts'

const view = viewOf([], null, EMPTY_FILTERS)

function Broken(): never {
  throw new Error('Failed to fetch dynamically imported module')
}

describe('ChartsSlot by keyboard', () => {
  it('holds a tab stop in the placeholder that loads the charts, and keeps it while they load', async () => {
    // Modules of their own: the charts (React.lazy) another test loaded would show at once.
    vi.resetModules()
    const { ChartsSlot } = await import('../../src/app/ChartsSlot.tsx')
    const { useAppStore } = await import('../../src/store/app-store.ts')
    render(<ChartsSlot view={view} openId={null} brush={null} grades={[]} themes={[]} />)
    const button = screen.getByRole('button', { name: '载入图表' })
    button.focus()
    fireEvent.click(button)
    expect(useAppStore.getState().chartsWanted).toBe(true)
    expect(screen.getByRole('status').textContent).toBe('正在加载图表…')
    // The same button keeps the focus until the charts replace the placeholder.
    expect(document.activeElement).toBe(button)
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
