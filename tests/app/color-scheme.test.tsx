import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'

/** The module reads storage and sets <html data-theme> when first imported: import it fresh each time. */
async function load() {
  vi.resetModules()
  const scheme = await import('../../src/app/color-scheme.ts')
  const { ThemeToggle } = await import('../../src/app/ThemeToggle.tsx')
  return { ...scheme, ThemeToggle }
}

const attribute = (): string | null => document.documentElement.getAttribute('data-theme')

describe('colour-scheme choice', () => {
  it.each([
    [null, 'system', null],
    ['dark', 'dark', 'dark'],
    ['light', 'light', 'light'],
    ['system', 'system', null],
    ['sepia', 'system', null],
    ['', 'system', null],
  ] as const)('stored %j → choice %s, data-theme %j, applied on import', async (stored, choice, applied) => {
    if (stored !== null) localStorage.setItem('jixiao.theme', stored)
    const { getChoice } = await load()
    expect(getChoice()).toBe(choice)
    expect(attribute()).toBe(applied)
  })

  it('remembers light and dark, forgets system, and tells subscribers', async () => {
    const { setChoice, subscribeChoice } = await load()
    const heard = vi.fn()
    const unsubscribe = subscribeChoice(heard)
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

  it('still applies the choice when storage throws (private windows, full quota)', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError')
    })
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    const { getChoice, setChoice } = await load()
    expect(getChoice()).toBe('system')
    setChoice('dark')
    expect(getChoice()).toBe('dark')
    expect(attribute()).toBe('dark')
  })

  it('follows a choice made in another tab', async () => {
    const { getChoice } = await load()
    localStorage.setItem('jixiao.theme', 'dark')
    window.dispatchEvent(new StorageEvent('storage', { key: 'jixiao.theme', newValue: 'dark' }))
    expect(getChoice()).toBe('dark')
    expect(attribute()).toBe('dark')
  })
})

describe('ThemeToggle', () => {
  it('is a radio group named 配色 with the stored choice checked, and sets the choice on click', async () => {
    localStorage.setItem('jixiao.theme', 'light')
    const { ThemeToggle } = await load()
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
