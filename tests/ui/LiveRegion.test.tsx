import { act, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { announce } from '../../src/ui/announcer.ts'
import { LiveRegion } from '../../src/ui/LiveRegion.tsx'

describe('LiveRegion', () => {
  it('is a polite, atomic status region that starts empty', () => {
    render(<LiveRegion />)
    const region = screen.getByRole('status')
    expect(region.getAttribute('aria-live')).toBe('polite')
    expect(region.getAttribute('aria-atomic')).toBe('true')
    expect(region.textContent).toBe('')
  })

  it('says each announcement as a new node, the report text marked Chinese', () => {
    render(<LiveRegion />)
    const region = screen.getByRole('status')
    act(() => announce('2018年党代表工作经费, budget execution rate 80.21%, 2 / 2', '2018年党代表工作经费'))
    expect(region.textContent).toBe('2018年党代表工作经费, budget execution rate 80.21%, 2 / 2')
    expect(region.querySelector('[lang="zh-CN"]')?.textContent).toBe('2018年党代表工作经费')
    const first = region.firstElementChild
    act(() => announce('2018年党代表工作经费, budget execution rate 80.21%, 2 / 2', '2018年党代表工作经费'))
    expect(region.firstElementChild).not.toBe(first)
    act(() => announce('Showing 3 of 8 projects.'))
    expect(region.textContent).toBe('Showing 3 of 8 projects.')
    expect(region.querySelector('[lang]')).toBeNull()
  })
})
