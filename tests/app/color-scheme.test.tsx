import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it, onTestFinished, vi } from 'vitest'
import { getChoice, setChoice, subscribeChoice } from '../../src/app/color-scheme.ts'
import { ThemeToggle } from '../../src/app/ThemeToggle.tsx'

/** Listens for the rest of the test, as the toggle does; the choice is read afresh once nobody listens. */
function listen(listener: () => void = () => {}): () => void {
  const unsubscribe = subscribeChoice(listener)
  onTestFinished(unsubscribe)
  return unsubscribe
}

const attribute = (): string | null => document.documentElement.getAttribute('data-theme')

describe('colour-scheme choice', () => {
  it.each([
    [null, 'system'],
    ['dark', 'dark'],
    ['light', 'light'],
    ['system', 'system'],
    ['sepia', 'system'],
    ['', 'system'],
  ] as const)('stored %j → choice %s; importing the module sets no data-theme (src/main.ts applies it)', (stored, choice) => {
    if (stored !== null) localStorage.setItem('jixiao.theme', stored)
    listen()
    expect(getChoice()).toBe(choice)
    expect(attribute()).toBe(null)
  })

  it('remembers light and dark, forgets system, and tells subscribers', () => {
    listen()
    const heard = vi.fn()
    const unsubscribe = listen(heard)
    setChoice('dark')
    expect([attribute(), localStorage.getItem('jixiao.theme')]).toEqual(['dark', 'dark'])
    setChoice('light')
    expect([attribute(), localStorage.getItem('jixiao.theme')]).toEqual(['light', 'light'])
    setChoice('system')
    expect([attribute(), localStorage.getItem('jixiao.theme')]).toEqual([null, null])
    expect(heard).toHaveBeenCalledTimes(3)
    unsubscribe()
    setChoice('dark')
    expect(heard).toHaveBeenCalledTimes(3)
  })

  it('still applies the choice when storage throws (private windows, full quota)', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError')
    })
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    listen()
    expect(getChoice()).toBe('system')
    setChoice('dark')
    expect(getChoice()).toBe('dark')
    expect(attribute()).toBe('dark')
  })

  it('follows a choice made in another tab while anyone listens', () => {
    listen()
    expect(getChoice()).toBe('system')
    localStorage.setItem('jixiao.theme', 'dark')
    window.dispatchEvent(new StorageEvent('storage', { key: 'jixiao.theme', newValue: 'dark' }))
    expect(getChoice()).toBe('dark')
    expect(attribute()).toBe('dark')
  })
})

describe('ThemeToggle', () => {
  it('is a radio group named 配色 with the stored choice checked, and sets the choice on click', () => {
    localStorage.setItem('jixiao.theme', 'light')
    render(<ThemeToggle />)
    const group = screen.getByRole('group', { name: '配色' })
    expect(group).toBeTruthy()
    const radios = screen.getAllByRole('radio')
    expect(radios.map((r) => r.closest('label')?.textContent)).toEqual(['跟随系统', '浅色', '深色'])
    expect((screen.getByRole('radio', { name: '浅色' }) as HTMLInputElement).checked).toBe(true)
    fireEvent.click(screen.getByRole('radio', { name: '深色' }))
    expect((screen.getByRole('radio', { name: '深色' }) as HTMLInputElement).checked).toBe(true)
    expect(attribute()).toBe('dark')
    expect(localStorage.getItem('jixiao.theme')).toBe('dark')
  })
})
