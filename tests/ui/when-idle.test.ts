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
