import { act, fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { NO_RANGE } from '../../src/domain/view.ts'
import { useAppStore } from '../../src/store/app-store.ts'
import { RangeFilters } from '../../src/table/RangeFilters.tsx'

const input = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement
const type = (name: string, value: string) => fireEvent.change(input(name), { target: { value } })

describe('RangeFilters', () => {
  it('writes amount and score bounds to the store, empty meaning no bound', () => {
    render(<RangeFilters />)
    type('决算金额最低', '300')
    type('评价分值最高', '90')
    expect(useAppStore.getState().filters.amount).toEqual({ min: 300, max: null })
    expect(useAppStore.getState().filters.score).toEqual({ min: null, max: 90 })
    type('决算金额最低', '')
    expect(useAppStore.getState().filters.amount).toEqual(NO_RANGE)
  })

  it('keeps a half-typed number in the box and shows bounds set elsewhere', () => {
    render(<RangeFilters />)
    type('评价分值最低', '85.')
    expect(input('评价分值最低').value).toBe('85.')
    expect(useAppStore.getState().filters.score.min).toBe(85)
    act(() => useAppStore.getState().setScoreRange({ min: 60, max: 80 }))
    expect(input('评价分值最低').value).toBe('60')
    expect(input('评价分值最高').value).toBe('80')
    act(() => useAppStore.getState().resetFilters())
    expect(input('评价分值最低').value).toBe('')
  })
})
