import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { SkipLink } from '../../src/app/SkipLink.tsx'

describe('SkipLink', () => {
  it('moves the focus to the table’s region, leaving the address alone', () => {
    render(
      <main>
        <SkipLink targetId="project-table" label="跳到项目表" />
        <button type="button">中文 / English</button>
        <section id="project-table" aria-label="项目列表" tabIndex={-1}>
          <input type="search" />
        </section>
      </main>,
    )
    const link = screen.getByRole('link', { name: '跳到项目表' })
    expect(link.getAttribute('href')).toBe('#project-table')
    const before = window.location.href
    expect(fireEvent.click(link)).toBe(false)
    expect(document.activeElement).toBe(screen.getByRole('region', { name: '项目列表' }))
    expect(window.location.href).toBe(before)
  })
})
