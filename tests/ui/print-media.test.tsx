import { render, screen } from '@testing-library/react'
import { describe, expect, it, onTestFinished, vi } from 'vitest'
import { isPrinting, subscribePrint, usePrinting, usePrintStart } from '../../src/ui/print-media.ts'
import { setMedia } from '../setup/media.ts'

function Printing() {
  const printing = usePrinting()
  const start = usePrintStart()
  return (
    <p data-start={start?.getTime() ?? ''} role="status">
      {printing ? 'printing' : 'screen'}
    </p>
  )
}

const shown = () => screen.getByRole('status').textContent
const start = () => screen.getByRole('status').dataset.start

describe('print media', () => {
  it('renders at once when beforeprint fires, before the browser lays out the printed page, and again after afterprint', () => {
    render(<Printing />)
    expect(shown()).toBe('screen')
    // No act(): the render must have happened when the event returns.
    window.dispatchEvent(new Event('beforeprint'))
    expect(shown()).toBe('printing')
    window.dispatchEvent(new Event('afterprint'))
    expect(shown()).toBe('screen')
  })

  it('follows the print media query too, with one start time for the whole printing', () => {
    render(<Printing />)
    setMedia('print', true)
    expect(shown()).toBe('printing')
    const started = start()
    expect(started).not.toBe('')
    window.dispatchEvent(new Event('beforeprint'))
    window.dispatchEvent(new Event('afterprint'))
    // Print media still matches: still printing, since the same moment.
    expect(shown()).toBe('printing')
    expect(start()).toBe(started)
    setMedia('print', false)
    expect(shown()).toBe('screen')
    expect(start()).toBe('')
  })

  it('tells a listener outside React of every print event, also when the answer stays the same', () => {
    const heard: boolean[] = []
    const unsubscribe = subscribePrint(() => heard.push(isPrinting()))
    onTestFinished(unsubscribe)
    window.dispatchEvent(new Event('beforeprint'))
    // Print media after beforeprint: the page now has the paper's width, which the charts must follow.
    setMedia('print', true)
    setMedia('print', false)
    window.dispatchEvent(new Event('afterprint'))
    expect(heard).toEqual([true, true, true, false])
    unsubscribe()
    window.dispatchEvent(new Event('beforeprint'))
    expect(heard).toHaveLength(4)
  })

  it('stops listening to the window when the last listener goes', () => {
    const remove = vi.spyOn(window, 'removeEventListener')
    const first = subscribePrint(() => {})
    const second = subscribePrint(() => {})
    onTestFinished(() => {
      first()
      second()
    })
    first()
    expect(remove).not.toHaveBeenCalled()
    second()
    expect(remove.mock.calls.map(([type]) => type).toSorted()).toEqual(['afterprint', 'beforeprint'])
    expect(isPrinting()).toBe(false)
  })
})
