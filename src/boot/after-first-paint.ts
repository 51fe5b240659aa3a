/**
 * Runs `start` once the browser has painted the page's static first screen (index.html's boot
 * screen), so the app's JavaScript is evaluated after that paint instead of holding it back.
 * A hidden tab does not paint until shown, so it starts at once; where paint timing is not reported,
 * it starts after the next frame; and it never waits longer than `fallbackMs`.
 */
export function afterFirstPaint(start: () => void, fallbackMs = 3_000, env: PaintEnvironment = browserEnvironment()): void {
  let started = false
  let stopObserving: (() => void) | null = null
  const run = () => {
    if (started) return
    started = true
    stopObserving?.()
    env.clearTimeout(timer)
    start()
  }
  const timer = env.setTimeout(run, fallbackMs)
  if (env.hidden()) return run()
  stopObserving = env.observePaint(run)
  if (stopObserving === null) env.afterNextFrame(run)
  // A paint reported during observePaint started the app before there was anything to stop.
  else if (started) stopObserving()
}

export interface PaintEnvironment {
  hidden: () => boolean
  /** Calls `painted` when the first paint is reported (at once if it already was) and returns how to stop; null where paint timing is not supported. */
  observePaint: (painted: () => void) => (() => void) | null
  afterNextFrame: (run: () => void) => void
  setTimeout: (run: () => void, ms: number) => number
  clearTimeout: (id: number) => void
}

function browserEnvironment(): PaintEnvironment {
  return {
    hidden: () => document.visibilityState === 'hidden',
    observePaint: (painted) => {
      if (typeof PerformanceObserver !== 'function' || PerformanceObserver.supportedEntryTypes?.includes('paint') !== true) return null
      const observer = new PerformanceObserver(painted)
      observer.observe({ type: 'paint', buffered: true })
      return () => observer.disconnect()
    },
    afterNextFrame: (run) => requestAnimationFrame(() => setTimeout(run, 0)),
    setTimeout: (run, ms) => window.setTimeout(run, ms),
    clearTimeout: (id) => window.clearTimeout(id),
  }
}
