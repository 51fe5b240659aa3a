import { act, fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useAppStore } from '../../src/store/app-store.ts'
import { SearchBox } from '../../src/table/SearchBox.tsx'

const store = () => useAppStore.getState()
const input = () => screen.getByRole('searchbox', { name: '搜索项目、问题与整改' }) as HTMLInputElement

describe('SearchBox', () => {
  it('is a labelled search input whose placeholder mentions /', () => {
    render(<SearchBox total={8} shown={8} />)
    expect(input().placeholder).toContain('/')
  })

  it('writes the query to the store as the user types', () => {
    render(<SearchBox total={8} shown={8} />)
    fireEvent.change(input(), { target: { value: '培训' } })
    expect(store().filters.query).toBe('培训')
  })

  it('does not update the store during IME composition, and does on compositionend', () => {
    render(<SearchBox total={8} shown={8} />)
    fireEvent.compositionStart(input())
    fireEvent.change(input(), { target: { value: 'd' } })
    fireEvent.change(input(), { target: { value: 'dang' } })
    expect(input().value).toBe('dang')
    expect(store().filters.query).toBe('')
    fireEvent.change(input(), { target: { value: '党' } })
    expect(store().filters.query).toBe('')
    fireEvent.compositionEnd(input())
    expect(store().filters.query).toBe('党')
    fireEvent.change(input(), { target: { value: '党建' } })
    expect(store().filters.query).toBe('党建')
  })

  it('/ pressed outside a text field focuses the search box', () => {
    render(
      <>
        <button type="button">elsewhere</button>
        <SearchBox total={8} shown={8} />
      </>,
    )
    screen.getByRole('button', { name: 'elsewhere' }).focus()
    const event = new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true })
    act(() => {
      document.activeElement!.dispatchEvent(event)
    })
    expect(document.activeElement).toBe(input())
    expect(event.defaultPrevented).toBe(true)
  })

  it('/ typed into another text field stays there', () => {
    render(
      <>
        <textarea aria-label="note" />
        <SearchBox total={8} shown={8} />
      </>,
    )
    const note = screen.getByRole('textbox', { name: 'note' })
    note.focus()
    const event = new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true })
    note.dispatchEvent(event)
    expect(document.activeElement).toBe(note)
    expect(event.defaultPrevented).toBe(false)
  })

  it('Escape clears the input and the store', () => {
    render(<SearchBox total={8} shown={3} />)
    fireEvent.change(input(), { target: { value: '经费' } })
    fireEvent.keyDown(input(), { key: 'Escape' })
    expect(input().value).toBe('')
    expect(store().filters.query).toBe('')
  })

  it('shows a query set elsewhere (清除筛选, the URL)', () => {
    act(() => store().setQuery('干部'))
    render(<SearchBox total={8} shown={2} />)
    expect(input().value).toBe('干部')
    act(() => store().resetFilters())
    expect(input().value).toBe('')
  })

  it('shows the match count, without speaking it at every keystroke (the page’s live region says it once typing pauses)', () => {
    const { rerender } = render(<SearchBox total={8} shown={8} />)
    rerender(<SearchBox total={8} shown={5} />)
    const count = screen.getByText('8 个项目中显示 5 个')
    expect(count.closest('[aria-live]')).toBeNull()
  })
})

describe('SearchBox: the query syntax', () => {
  it('says it under the box, as the box’s description', () => {
    render(<SearchBox total={8} shown={8} />)
    const help = '空格分隔：都要包含；-词：不含该词；OR 或 |：任一即可；"两个 词"：作为一个词组。'
    expect(document.getElementById(input().getAttribute('aria-describedby') ?? '')?.textContent).toBe(help)
  })

  it('in English too', () => {
    act(() => store().setLocale('en'))
    render(<SearchBox total={8} shown={8} />)
    const box = screen.getByRole('searchbox')
    expect(document.getElementById(box.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Spaces: every term; -word: without it; OR or |: either; "two words": as one phrase.',
    )
  })
})
