import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { summarize } from '../../src/domain/stats.ts'
import { useAppStore } from '../../src/store/app-store.ts'
import { GradeChips } from '../../src/table/GradeChips.tsx'
import { bundledRows } from '../support/bundled.ts'

const counts = summarize(bundledRows.map((r) => r.project)).gradeCounts
const store = () => useAppStore.getState()
const chip = (name: RegExp) => screen.getByRole('button', { name })
const pressed = () =>
  screen.getAllByRole('button').map((b) => `${b.textContent?.replace(/\s+/g, '')}:${b.getAttribute('aria-pressed')}`)

describe('GradeChips', () => {
  it('shows 全部 and 优/良/中/差 with their counts, 全部 pressed', () => {
    render(<GradeChips counts={counts} total={8} />)
    expect(screen.getByRole('group', { name: '按评价结论筛选' })).toBeTruthy()
    expect(pressed()).toEqual(['全部8:true', '优5:false', '良3:false', '中0:false', '差0:false'])
  })

  it('toggles grades in the store, reflected by aria-pressed', () => {
    render(<GradeChips counts={counts} total={8} />)
    fireEvent.click(chip(/^优/))
    expect(store().filters.grades).toEqual(['优'])
    fireEvent.click(chip(/^良/))
    expect(store().filters.grades).toEqual(['优', '良'])
    expect(pressed()).toEqual(['全部8:false', '优5:true', '良3:true', '中0:false', '差0:false'])
    fireEvent.click(chip(/^优/))
    expect(store().filters.grades).toEqual(['良'])
    expect(chip(/^优/).getAttribute('aria-pressed')).toBe('false')
  })

  it('全部 clears the grade filter', () => {
    render(<GradeChips counts={counts} total={8} />)
    fireEvent.click(chip(/^中/))
    fireEvent.click(chip(/^全部/))
    expect(store().filters.grades).toEqual([])
    expect(chip(/^全部/).getAttribute('aria-pressed')).toBe('true')
  })
})
