import { describe, expect, it } from 'vitest'
import { createResultAnnouncer, SEARCH_PAUSE_MS, type Timers } from '../../src/app/result-announcer.ts'

/** Timers run by hand: `pause()` is the typing pausing long enough for every waiting timer. */
function manualTimers() {
  let next = 1
  const due = new Map<number, { run: () => void; ms: number }>()
  const timers: Timers = {
    set: (run, ms) => {
      due.set(next, { run, ms })
      return next++
    },
    clear: (handle) => {
      due.delete(handle as number)
    },
  }
  return {
    timers,
    waiting: () => [...due.values()].map((d) => d.ms),
    pause: () => {
      const runs = [...due.values()]
      due.clear()
      for (const d of runs) d.run()
    },
  }
}

function setUp() {
  const said: string[] = []
  const clock = manualTimers()
  const announcer = createResultAnnouncer((text) => said.push(text), clock.timers)
  return { said, clock, announcer }
}

describe('createResultAnnouncer', () => {
  it('says a sort or a filter change at once', () => {
    const { said, clock, announcer } = setUp()
    announcer.changed('显示 8 个项目中的 3 个。', false)
    expect(said).toEqual(['显示 8 个项目中的 3 个。'])
    expect(clock.waiting()).toEqual([])
  })

  it('says typing once it pauses for half a second, only the last count', () => {
    const { said, clock, announcer } = setUp()
    announcer.changed('显示 8 个项目中的 5 个。', true)
    announcer.changed('显示 8 个项目中的 2 个。', true)
    announcer.changed('显示 8 个项目中的 1 个。', true)
    expect(said).toEqual([])
    expect(SEARCH_PAUSE_MS).toBe(500)
    expect(clock.waiting()).toEqual([500])
    clock.pause()
    expect(said).toEqual(['显示 8 个项目中的 1 个。'])
  })

  it('says a grade filter at once even while a search waits, and drops the waiting search', () => {
    const { said, clock, announcer } = setUp()
    announcer.changed('显示 8 个项目中的 5 个。', true)
    announcer.changed('显示 8 个项目中的 2 个。', false)
    expect(said).toEqual(['显示 8 个项目中的 2 个。'])
    expect(clock.waiting()).toEqual([])
  })

  it('says nothing during an IME composition; what waits is said after it ends and a pause', () => {
    const { said, clock, announcer } = setUp()
    announcer.changed('显示 8 个项目中的 5 个。', true)
    announcer.compositionStart()
    expect(clock.waiting()).toEqual([])
    // Even a change that is said at once waits for the composition.
    announcer.changed('显示 8 个项目中的 3 个。', false)
    clock.pause()
    expect(said).toEqual([])
    announcer.compositionEnd()
    expect(clock.waiting()).toEqual([500])
    // compositionend writes the query: the new count replaces what waited.
    announcer.changed('显示 8 个项目中的 2 个。', true)
    clock.pause()
    expect(said).toEqual(['显示 8 个项目中的 2 个。'])
  })

  it('ends a composition with nothing waiting without saying anything', () => {
    const { said, clock, announcer } = setUp()
    announcer.compositionStart()
    announcer.compositionEnd()
    expect(clock.waiting()).toEqual([])
    expect(said).toEqual([])
  })

  it('drops what waits when disposed', () => {
    const { said, clock, announcer } = setUp()
    announcer.changed('显示 8 个项目中的 5 个。', true)
    announcer.dispose()
    clock.pause()
    expect(said).toEqual([])
  })
})
