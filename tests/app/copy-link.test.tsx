import { act, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { COPIED_MS, CopyLinkButton } from '../../src/app/CopyLinkButton.tsx'
import { PageTools } from '../../src/app/PageTools.tsx'
import { useAppStore } from '../../src/store/app-store.ts'
import { clearAnnouncements } from '../../src/ui/announcer.ts'
import { LiveRegion } from '../../src/ui/LiveRegion.tsx'

const region = () => screen.getByRole('status')

function stubClipboard(writeText: (text: string) => Promise<void>) {
  const spy = vi.fn(writeText)
  vi.stubGlobal('navigator', Object.assign(Object.create(navigator) as Navigator, { clipboard: { writeText: spy } }))
  return spy
}

/** Lets the click's promise chain settle. */
const settle = () => act(async () => {})

/** The button with the page's live region, which it speaks through. */
const renderButton = () =>
  render(
    <>
      <CopyLinkButton />
      <LiveRegion />
    </>,
  )

beforeEach(() => {
  vi.useFakeTimers()
  clearAnnouncements()
  window.history.replaceState(null, '', '/?q=%E5%9F%B9%E8%AE%AD&sort=-score')
})

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
  act(() => useAppStore.getState().setLocale('zh'))
})

describe('CopyLinkButton', () => {
  it('copies the page’s address, says so, and says 已复制 on the button for 2 s', async () => {
    const writeText = stubClipboard(() => Promise.resolve())
    render(
      <>
        <PageTools />
        <LiveRegion />
      </>,
    )
    screen.getByRole('button', { name: '复制链接' }).click()
    await settle()
    expect(writeText).toHaveBeenCalledWith(window.location.href)
    expect(window.location.href).toContain('?q=%E5%9F%B9%E8%AE%AD&sort=-score')
    expect(region().textContent).toBe('已复制链接。')
    expect(screen.getByRole('button', { name: '已复制' })).toBeTruthy()
    act(() => vi.advanceTimersByTime(COPIED_MS - 1))
    expect(screen.getByRole('button', { name: '已复制' })).toBeTruthy()
    act(() => vi.advanceTimersByTime(1))
    expect(screen.getByRole('button', { name: '复制链接' })).toBeTruthy()
  })

  it('says where the clipboard refuses, and the note goes at the next try', async () => {
    stubClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')))
    const { container } = renderButton()
    screen.getByRole('button', { name: '复制链接' }).click()
    await settle()
    expect(region().textContent).toBe('无法复制链接，请从地址栏复制。')
    expect(container.querySelector('.copy-link-failed')?.textContent).toBe('无法复制链接，请从地址栏复制。')
    expect(screen.getByRole('button', { name: '复制链接' })).toBeTruthy()
    stubClipboard(() => Promise.resolve())
    screen.getByRole('button', { name: '复制链接' }).click()
    await settle()
    expect(container.querySelector('.copy-link-failed')).toBeNull()
    expect(region().textContent).toBe('已复制链接。')
  })

  it('says it where there is no clipboard at all (an insecure context)', async () => {
    vi.stubGlobal('navigator', Object.assign(Object.create(navigator) as Navigator, { clipboard: undefined }))
    renderButton()
    screen.getByRole('button', { name: '复制链接' }).click()
    await settle()
    expect(region().textContent).toBe('无法复制链接，请从地址栏复制。')
  })

  it('speaks English on the English page', async () => {
    act(() => useAppStore.getState().setLocale('en'))
    stubClipboard(() => Promise.resolve())
    renderButton()
    screen.getByRole('button', { name: 'Copy link' }).click()
    await settle()
    expect(region().textContent).toBe('Link copied.')
    expect(screen.getByRole('button', { name: 'Copied' })).toBeTruthy()
    act(() => vi.advanceTimersByTime(COPIED_MS))
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeTruthy()
    stubClipboard(() => Promise.reject(new Error('no')))
    screen.getByRole('button', { name: 'Copy link' }).click()
    await settle()
    expect(region().textContent).toBe('Could not copy the link; copy it from the address bar.')
  })
})
