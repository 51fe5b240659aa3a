/** Median and spread of repeated measurements: benchmarks report the median, never the best run. */
export interface Sample {
  median: number
  min: number
  max: number
  runs: number
}

export function summarize(values: readonly number[]): Sample {
  if (values.length === 0 || values.some((v) => !Number.isFinite(v))) {
    throw new Error(`cannot summarise measurements [${values.join(', ')}]: a run produced no figure`)
  }
  const sorted = values.toSorted((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
  return { median, min: sorted[0]!, max: sorted.at(-1)!, runs: sorted.length }
}

/** Runs `run` `warmup` times unmeasured, then `runs` times timed; milliseconds. */
export function timeSync(run: () => unknown, runs: number, warmup: number): Sample {
  for (let i = 0; i < warmup; i++) run()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    run()
    times.push(performance.now() - start)
  }
  return summarize(times)
}
