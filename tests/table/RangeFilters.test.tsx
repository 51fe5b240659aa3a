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

describe('RangeFilters: execution rate and number of problems', () => {
  it.each([
    ['85', 85],
    ['85%', 85],
    ['８５．５％', 85.5],
    ['102.5 %', 102.5],
  ])('reads the rate %j as %d percent', (text, rate) => {
    render(<RangeFilters />)
    type('预算执行率最低', text)
    expect(useAppStore.getState().filters.rate).toEqual({ min: rate, max: null })
    expect(input('预算执行率最低').getAttribute('aria-invalid')).toBe('false')
  })

  it('says that a rate range leaves out the projects that state no rate, while a bound is set', () => {
    render(<RangeFilters />)
    expect(screen.queryByText('未披露预算执行率的项目不在此范围内。')).toBeNull()
    type('预算执行率最高', '90')
    expect(useAppStore.getState().filters.rate).toEqual({ min: null, max: 90 })
    expect(message('预算执行率最低')).toEqual(['未披露预算执行率的项目不在此范围内。'])
    type('预算执行率最低', '95')
    expect(message('预算执行率最高')).toEqual(['最低值大于最高值，没有项目可以符合。', '未披露预算执行率的项目不在此范围内。'])
    act(() => useAppStore.getState().resetFilters())
    expect(screen.queryByText('未披露预算执行率的项目不在此范围内。')).toBeNull()
    expect(input('预算执行率最低').value).toBe('')
  })

  it('reads whole numbers of problems, with a numeric keyboard, and says why it cannot read the others', () => {
    render(<RangeFilters />)
    type('问题条数最低', '2条')
    expect(useAppStore.getState().filters.problems).toEqual({ min: 2, max: null })
    expect(input('问题条数最低').inputMode).toBe('numeric')
    expect(input('预算执行率最低').inputMode).toBe('decimal')
    type('问题条数最高', '2.5')
    expect(message('问题条数最高')).toEqual(['“2.5”不是整数：问题按条计数。'])
    type('问题条数最高', '-1')
    expect(message('问题条数最高')).toEqual(['“-1”小于 0：条数不能为负数。'])
    type('问题条数最高', '两条')
    expect(message('问题条数最高')).toEqual(['无法识别“两条”：请输入整数，如 2。'])
    expect(useAppStore.getState().filters.problems).toEqual({ min: 2, max: null })
    type('预算执行率最低', '八成')
    expect(message('预算执行率最低')).toEqual(['无法识别“八成”：请输入百分数，如 85 或 85%。'])
    type('预算执行率最低', '-5%')
    expect(message('预算执行率最低')).toEqual(['“-5%”小于 0：执行率不能为负数。'])
    act(() => useAppStore.getState().setProblemRange({ min: 1, max: 4 }))
    expect(input('问题条数最低').value).toBe('1')
    expect(input('问题条数最高').value).toBe('4')
  })

  it('speaks English in the English interface', () => {
    useAppStore.setState({ locale: 'en' })
    render(<RangeFilters />)
    type('Execution rate, minimum', '80%')
    expect(message('Execution rate, minimum')).toEqual(['Projects that state no execution rate are left out of this range.'])
    type('Number of problems, maximum', '1.5')
    expect(message('Number of problems, maximum')).toEqual(['“1.5” is not a whole number: problems are counted one by one.'])
  })
})
