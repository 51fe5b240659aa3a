/**
 * Charts mounted but not yet given their first option. Printing waits until there are none: a
 * chart prints what it has drawn, and a chart that has no option yet prints as an empty box.
 */
let undrawn = 0
let waiting: (() => void)[] = []

export function chartMounted(): void {
  undrawn++
}

/** The chart got its first option, or went away without one. */
export function chartSettled(): void {
  undrawn = Math.max(0, undrawn - 1)
  if (undrawn > 0) return
  const done = waiting
  waiting = []
  for (const resolve of done) resolve()
}

/** Resolves once every mounted chart has had its first option. */
export function allChartsDrawn(): Promise<void> {
  return undrawn === 0 ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve))
}
