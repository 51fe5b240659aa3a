/**
 * When the outcome of a sort or a filter is said (the words come from the catalogue's
 * results.announce). A change is said at once, except typing in the search box: that is said once
 * the typing pauses for SEARCH_PAUSE_MS, the last text winning. Nothing is said while an IME
 * composes (拼音 → 汉字): what waits is said after the composition ends and a pause. Pure apart
 * from the timers, which are passed in.
 */

export const SEARCH_PAUSE_MS = 500

export interface Timers {
  set: (run: () => void, ms: number) => unknown
  clear: (handle: unknown) => void
}

export interface ResultAnnouncer {
  /** A change of the table: `typing` when only the search query changed. */
  changed: (text: string, typing: boolean) => void
  compositionStart: () => void
  compositionEnd: () => void
  /** Drops whatever waits. */
  dispose: () => void
}

const realTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
}

export function createResultAnnouncer(say: (text: string) => void, timers: Timers = realTimers): ResultAnnouncer {
  let pending: string | null = null
  let timer: unknown = null
  let composing = false

  const stopTimer = () => {
    if (timer !== null) timers.clear(timer)
    timer = null
  }
  const sayPending = () => {
    timer = null
    if (pending === null || composing) return
    const text = pending
    pending = null
    say(text)
  }
  const waitForPause = () => {
    stopTimer()
    timer = timers.set(sayPending, SEARCH_PAUSE_MS)
  }

  return {
    changed(text, typing) {
      pending = text
      if (composing) {
        stopTimer()
        return
      }
      if (typing) waitForPause()
      else {
        stopTimer()
        sayPending()
      }
    },
    compositionStart() {
      composing = true
      stopTimer()
    },
    compositionEnd() {
      composing = false
      if (pending !== null) waitForPause()
    },
    dispose() {
      stopTimer()
      pending = null
    },
  }
}
