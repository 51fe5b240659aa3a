import { mulberry32 } from './generate-report.ts'

/**
 * Where a generator's choices come from: a seeded PRNG for the CLI and the benchmarks, or
 * fast-check's `fc.gen()` in property tests, which then shrinks a failing form to a small one.
 * Every helper below draws through `int`, and each leans towards its first / smallest / "no" answer
 * at `int`'s minimum, so a shrunk form is a plain one.
 */
export interface Random {
  /** A whole number in [min, max]. */
  int(min: number, max: number): number
}

export function seededRandom(seed: number): Random {
  const next = mulberry32(seed)
  return { int: (min, max) => min + Math.floor(next() * (max - min + 1)) }
}

/** True with probability `p`; false at `int`'s minimum. */
export const chance = (random: Random, p: number): boolean => random.int(0, 999) >= 1000 - Math.round(p * 1000)

export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[random.int(0, items.length - 1)]
  if (item === undefined) throw new RangeError('pick from an empty list')
  return item
}

/** `n` distinct items, in the order drawn. */
export function sample<T>(random: Random, items: readonly T[], n: number): T[] {
  const pool = [...items]
  const out: T[] = []
  while (out.length < n && pool.length > 0) out.push(pool.splice(random.int(0, pool.length - 1), 1)[0] as T)
  return out
}
