import { act, fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useAppStore } from '../../src/store/app-store.ts'
import { bundled, bundledText, BUNDLED_NAME } from '../support/bundled.ts'
import { DrawerFromStore } from './drawer-from-store.tsx'

/** The tab stops of the drawer in document order (what Tab walks through), by name. */
const tabStops = (): string[] =>
  [...document.querySelectorAll<HTMLElement>('.drawer a[href], .drawer button, .drawer summary, .drawer [tabindex]')]
    .filter((e) => !(e as HTMLButtonElement).disabled)
    .map((e) => `${e.tagName.toLowerCase()}${e.tabIndex < 0 ? '(-1)' : ''}:${e.getAttribute('aria-label') ?? e.textContent}`)

function openDrawer(index: number) {
  act(() => {
    useAppStore.getState().addDatasets([
      { id: 'bundled', meta: { origin: 'bundled', fileName: BUNDLED_NAME, kind: 'txt', importedAt: null }, ...bundled, sourceText: bundledText },
    ])
    useAppStore.getState().openProject(`bundled/${index}`)
  })
  return render(<DrawerFromStore />)
}

describe('the drawer’s focus order', () => {
  it('focuses the title on opening; Tab goes on to previous, next and close, then the project’s facts', () => {
    openDrawer(3)
    const title = screen.getByRole('heading', { level: 2 })
    expect(document.activeElement).toBe(title)
    expect(tabStops().slice(0, 5)).toEqual([
      `h2(-1):${bundled.dataset.projects[3]!.name}`,
      'button:← 上一个',
      'button:下一个 →',
      'button:关闭项目详情',
      'button:复制引用',
    ])
  })

  it('skips a disabled previous on the first project, and Escape still closes', () => {
    openDrawer(0)
    expect(tabStops().slice(1, 3)).toEqual(['button:下一个 →', 'button:关闭项目详情'])
    fireEvent.keyDown(window, { key: 'Escape' })
    expect(useAppStore.getState().openId).toBeNull()
  })
})
