/**
 * The one "charts drawn" signal: printing the selection waits for it, because a chart prints what
 * it has drawn, and a chart with no option yet prints as an empty box. The charts are drawn while
 * their panel is mounted and each of its charts has had its first option, from a frame after that
 * on (ECharts paints on the next frame); or while their chunk has failed to load, so a waiting
 * print goes ahead without them.
 */

/** Charts mounted but not yet given their first option. */
let undrawn = 0
let panels = 0
let failures = 0
let drawn = false
let frameAsked = false
let waiting: (() => void)[] = []

const ready = (): boolean => failures > 0 || (panels > 0 && undrawn === 0)

function markDrawn(): void {
  drawn = true
  const done = waiting
  waiting = []
  for (const resolve of done) resolve()
}

function update(): void {
  if (!ready()) drawn = false
  else if (drawn) return
  else if (failures > 0) markDrawn()
  else if (!frameAsked) {
    frameAsked = true
    requestAnimationFrame(() => {
      frameAsked = false
      if (ready()) markDrawn()
    })
  }
}

/** Resolves once the charts are drawn (at once when they are). */
export function chartsDrawn(): Promise<void> {
  return drawn ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve))
}

/** An EChart mounted its instance (src/charts/EChart.tsx). */
export function chartMounted(): void {
  undrawn++
  update()
}

/** The chart got its first option, or went away without one. */
export function chartSettled(): void {
  undrawn = Math.max(0, undrawn - 1)
  update()
}

/**
 * The charts panel mounted its charts (in its effect, after theirs): each has its first option a
 * render later. Returns what to call when the panel unmounts.
 */
export function chartsPanelMounted(): () => void {
  panels++
  update()
  return () => {
    panels--
    update()
  }
}

/** The charts' chunk failed to load: nothing to wait for. Returns what to call when the failure's message goes. */
export function chartsFailed(): () => void {
  failures++
  update()
  return () => {
    failures--
    update()
  }
}
