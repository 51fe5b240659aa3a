import { describe, expect, it } from 'vitest'
import { afterFirstPaint, type PaintEnvironment } from '../../src/boot/after-first-paint.ts'

/** A page whose paint, frames and timers the test drives by hand. */
function fakePage({ hidden = false, paintTiming = true, alreadyPainted = false } = {}) {
  const timers = new Map<number, { run: () => void; ms: number }>()
  const frames: (() => void)[] = []
  let painted: (() => void) | null = null
  let observing = false
  let nextId = 1
  const env: PaintEnvironment = {
    hidden: () => hidden,
    observePaint: (callback) => {
      if (!paintTiming) return null
      painted = callback
      observing = true
      if (alreadyPainted) callback()
      return () => {
        observing = false
      }
    },
    afterNextFrame: (run) => frames.push(run),
    setTimeout: (run, ms) => {
      timers.set(nextId, { run, ms })
      return nextId++
    },
    clearTimeout: (id) => timers.delete(id),
  }
  return {
    env,
    timers,
    frames,
    paint: () => painted?.(),
    isObserving: () => observing,
    fireTimers: () => [...timers.values()].forEach((t) => t.run()),
  }
}

describe('afterFirstPaint', () => {
  it('starts when the first paint is reported, once, and stops listening and waiting', () => {
    const page = fakePage()
    let starts = 0
    afterFirstPaint(() => starts++, 3_000, page.env)
    expect(starts).toBe(0)
    expect([...page.timers.values()].map((t) => t.ms)).toEqual([3_000])
    page.paint()
    expect(starts).toBe(1)
    expect(page.isObserving()).toBe(false)
    expect(page.timers.size).toBe(0)
    page.paint()
    expect(starts).toBe(1)
  })

  it('starts after the fallback time when no paint is reported', () => {
    const page = fakePage()
    let starts = 0
    afterFirstPaint(() => starts++, 3_000, page.env)
    page.fireTimers()
    expect(starts).toBe(1)
    expect(page.isObserving()).toBe(false)
    page.paint()
    expect(starts).toBe(1)
  })

  it('starts at once in a hidden tab, which does not paint until shown', () => {
    const page = fakePage({ hidden: true })
    let starts = 0
    afterFirstPaint(() => starts++, 3_000, page.env)
    expect(starts).toBe(1)
    expect(page.timers.size).toBe(0)
    expect(page.isObserving()).toBe(false)
  })

  it('starts after the next frame where paint timing is not supported', () => {
    const page = fakePage({ paintTiming: false })
    let starts = 0
    afterFirstPaint(() => starts++, 3_000, page.env)
    expect(starts).toBe(0)
    expect(page.frames).toHaveLength(1)
    page.frames[0]?.()
    expect(starts).toBe(1)
    expect(page.timers.size).toBe(0)
  })

  it('starts once, and stops listening, when the paint was reported before the app asked (a buffered entry)', () => {
    const page = fakePage({ alreadyPainted: true })
    let starts = 0
    afterFirstPaint(() => starts++, 3_000, page.env)
    expect(starts).toBe(1)
    expect(page.isObserving()).toBe(false)
    expect(page.timers.size).toBe(0)
  })
})
