/** Made on first use: building a pinyin collator loads collation data, which costs tens of ms at start-up. */
let collator: Intl.Collator | null = null
const pinyinCollator = (): Intl.Collator => (collator ??= new Intl.Collator('zh-CN-u-co-pinyin', { numeric: true }))

/**
 * Words whose first character the collator reads wrongly for project names (长 as zhǎng), each
 * mapped to a homophone with the reading that applies, used only to compute the sort key.
 */
const POLYPHONE_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['长宁', '常宁'],
  ['长江', '常江'],
  ['长三角', '常三角'],
  ['长期', '常期'],
  ['长效', '常效'],
  ['长征', '常征'],
  ['长沙', '常沙'],
  ['长春', '常春'],
  ['长兴', '常兴'],
  ['重庆', '崇庆'],
  ['银行', '银航'],
  ['行业', '航业'],
]

const keys = new Map<string, string>()

/** Memoised: a sort compares each name about log2(n) times, and the replacements cost more than the compare. */
function sortKey(name: string): string {
  const known = keys.get(name)
  if (known !== undefined) return known
  let key = name
  for (const [word, homophone] of POLYPHONE_WORDS) {
    if (key.includes(word)) key = key.replaceAll(word, homophone)
  }
  if (keys.size > 100_000) keys.clear()
  keys.set(name, key)
  return key
}

/** Compares names in pinyin order (numbers by value), with known polyphones read as in names. */
export function comparePinyin(a: string, b: string): number {
  return pinyinCollator().compare(sortKey(a), sortKey(b))
}

/** Beyond this many names the kept ranking is dropped and rebuilt from the names asked about. */
const RANKED_AT_MOST = 200_000
let ranking = new Map<string, number>()

/**
 * Each name's position in pinyin order, so a sort compares numbers. The ranking is kept and
 * reused while it holds every name asked about: after the first name sort of a report, sorting
 * any filtered part of it costs no collator call.
 */
export function pinyinRanks(names: Iterable<string>): ReadonlyMap<string, number> {
  const missing = new Set<string>()
  for (const name of names) if (!ranking.has(name)) missing.add(name)
  if (missing.size === 0) return ranking
  const known = ranking.size + missing.size > RANKED_AT_MOST ? [] : [...ranking.keys()]
  const ordered = [...known, ...missing].toSorted(comparePinyin)
  ranking = new Map(ordered.map((name, i) => [name, i]))
  return ranking
}
