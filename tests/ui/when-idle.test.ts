import { afterEach, describe, expect, it, vi } from 'vitest'
import { whenIdle } from '../../src/ui/when-idle.ts'

describe('whenIdle', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('waits for the idle callback, asking for it within the given time', async () => {
    const requests: { callback: () => void; timeout: number | undefined }[] = []
    vi.stubGlobal('requestIdleCallback', (callback: () => void, options?: { timeout?: number }) => {
      requests.push({ callback, timeout: options?.timeout })
      return requests.length
    })
    let resolved = false
    const idle = whenIdle(1_500).then(() => {
      resolved = true
    })
    await Promise.resolve()
    expect(resolved).toBe(false)
    expect(requests.map((r) => r.timeout)).toEqual([1_500])
    requests[0]?.callback()
    await idle
    expect(resolved).toBe(true)
  })

  it('resolves in the next task where there is no requestIdleCallback (Safari)', async () => {
    vi.useFakeTimers()
    try {
      vi.stubGlobal('requestIdleCallback', undefined)
      let resolved = false
      const idle = whenIdle().then(() => {
        resolved = true
      })
      await Promise.resolve()
      expect(resolved).toBe(false)
      await vi.advanceTimersToNextTimerAsync()
      await idle
      expect(resolved).toBe(true)
    } finally {
      vi.useRealTimers()
    }
  })
})

/** A page whose visibility the test sets, counting its listeners. */
function fakePage(state: DocumentVisibilityState) {
  const listeners = new Set<() => void>()
  return {
    visibilityState: state,
    addEventListener: (_type: 'visibilitychange', listener: () => void) => listeners.add(listener),
    removeEventListener: (_type: 'visibilitychange', listener: () => void) => listeners.delete(listener),
    listeners,
    hide() {
      this.visibilityState = 'hidden'
      for (const listener of listeners) listener()
    },
  }
}

describe('whenIdle and a page being hidden', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('resolves as soon as the page is hidden, without waiting for idle, and stops listening', async () => {
    vi.stubGlobal('requestIdleCallback', () => 1)
    const page = fakePage('visible')
    let resolved = false
    const idle = whenIdle(2_000, page).then(() => {
      resolved = true
    })
    await Promise.resolve()
    expect(resolved).toBe(false)
    expect(page.listeners.size).toBe(1)
    page.hide()
    await idle
    expect(resolved).toBe(true)
    expect(page.listeners.size).toBe(0)
  })

  it('resolves at once when the page is already hidden', async () => {
    const requests: unknown[] = []
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => requests.push(callback))
    const page = fakePage('hidden')
    await whenIdle(2_000, page)
    expect(requests).toEqual([])
    expect(page.listeners.size).toBe(0)
  })

  it('stops listening once idle', async () => {
    const requests: (() => void)[] = []
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => requests.push(callback))
    const page = fakePage('visible')
    const idle = whenIdle(2_000, page)
    expect(page.listeners.size).toBe(1)
    requests[0]?.()
    await idle
    expect(page.listeners.size).toBe(0)
  })
})
