import { act, fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { NO_RANGE } from '../../src/domain/view.ts'
import { useAppStore } from '../../src/store/app-store.ts'
import { RangeFilters } from '../../src/table/RangeFilters.tsx'

const input = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement
const type = (name: string, value: string) => fireEvent.change(input(name), { target: { value } })
/** The texts a box's aria-describedby points at. */
const message = (name: string) =>
  (input(name).getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter((id) => id !== '')
    .map((id) => document.getElementById(id)?.textContent)

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

describe('RangeFilters reading what people type', () => {

  it.each([
    ['1,000', 1000],
    ['１０００', 1000],
    ['1,059.83', 1059.83],
    ['0.1亿', 1000],
    ['5万元', 5],
    ['50000元', 5],
    [' 12.5 ', 12.5],
  ])('reads the amount %j as %d 万元', (text, wan) => {
    render(<RangeFilters />)
    type('决算金额最低', text)
    expect(useAppStore.getState().filters.amount).toEqual({ min: wan, max: null })
    expect(input('决算金额最低').value).toBe(text)
    expect(input('决算金额最低').getAttribute('aria-invalid')).toBe('false')
    expect(input('决算金额最低').hasAttribute('aria-describedby')).toBe(false)
  })

  it('says why it cannot read a box, next to it, and does not apply that bound', () => {
    render(<RangeFilters />)
    type('决算金额最低', '300')
    expect(useAppStore.getState().filters.amount.min).toBe(300)
    type('决算金额最低', 'abc')
    expect(useAppStore.getState().filters.amount).toEqual(NO_RANGE)
    expect(input('决算金额最低').value).toBe('abc')
    expect(input('决算金额最低').getAttribute('aria-invalid')).toBe('true')
    expect(message('决算金额最低')).toEqual(['无法识别“abc”：请输入数字，可带单位 元、万元、亿元。'])
    expect(screen.getByText('无法识别“abc”：请输入数字，可带单位 元、万元、亿元。')).toBeTruthy()
    expect(input('决算金额最高').getAttribute('aria-invalid')).toBe('false')

    type('决算金额最高', '-5')
    expect(message('决算金额最高')).toEqual(['“-5”小于 0：金额不能为负数。'])
    type('评价分值最低', '八十')
    expect(message('评价分值最低')).toEqual(['无法识别“八十”：请输入 0 到 100 之间的数字。'])
    type('评价分值最高', ' 120 ')
    expect(message('评价分值最高')).toEqual(['“120”不在 0 到 100 之间：评价分值满分 100。'])
    expect(useAppStore.getState().filters.score).toEqual(NO_RANGE)

    type('决算金额最低', '0.1亿')
    expect(input('决算金额最低').getAttribute('aria-invalid')).toBe('false')
    expect(screen.queryByText(/无法识别“abc”/)).toBeNull()
    expect(useAppStore.getState().filters.amount).toEqual({ min: 1000, max: null })
  })

  it('says when the minimum is above the maximum, and keeps the filter (nothing matches)', () => {
    render(<RangeFilters />)
    type('评价分值最低', '90')
    type('评价分值最高', '80')
    expect(useAppStore.getState().filters.score).toEqual({ min: 90, max: 80 })
    expect(message('评价分值最低')).toEqual(['最低值大于最高值，没有项目可以符合。'])
    expect(message('评价分值最高')).toEqual(['最低值大于最高值，没有项目可以符合。'])
    expect(screen.getAllByText('最低值大于最高值，没有项目可以符合。')).toHaveLength(1)
    // Not invalid: each box reads; only the pair crosses.
    expect(input('评价分值最低').getAttribute('aria-invalid')).toBe('false')
    type('评价分值最高', '95')
    expect(screen.queryByText('最低值大于最高值，没有项目可以符合。')).toBeNull()
    act(() => useAppStore.getState().setAmountRange({ min: 500, max: 100 }))
    expect(message('决算金额最低')).toEqual(['最低值大于最高值，没有项目可以符合。'])
  })

  it('keeps a unit it read when the store holds the same bound, and reads nothing while an IME composes', () => {
    render(<RangeFilters />)
    type('决算金额最高', '0.1亿')
    act(() => useAppStore.getState().setAmountRange({ min: 10, max: 1000 }))
    expect(input('决算金额最高').value).toBe('0.1亿')
    expect(input('决算金额最低').value).toBe('10')

    fireEvent.compositionStart(input('决算金额最低'))
    type('决算金额最低', '5wan')
    expect(input('决算金额最低').getAttribute('aria-invalid')).toBe('false')
    expect(useAppStore.getState().filters.amount.min).toBe(10)
    fireEvent.compositionEnd(input('决算金额最低'), { target: { value: '5万' } })
    expect(useAppStore.getState().filters.amount).toEqual({ min: 5, max: 1000 })
  })

  it('says it in English in the English interface', () => {
    useAppStore.setState({ locale: 'en' })
    render(<RangeFilters />)
    type('Final amount, minimum', '5 dollars')
    expect(message('Final amount, minimum')).toEqual(['Cannot read “5 dollars”: enter a number, optionally with a unit: 元, 万元 or 亿元.'])
    type('Score, minimum', '90')
    type('Score, maximum', '80')
    expect(message('Score, maximum')).toEqual(['The minimum is above the maximum: no project can match.'])
  })
})
