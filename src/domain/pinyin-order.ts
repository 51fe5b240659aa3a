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
 * Each name's position in pinyin order, so a sort compares numbers; names the collator holds equal
 * (第01批 and 第1批) share a rank, so they keep document order as ties. The ranking is kept and
 * reused while it holds every name asked about: after the first name sort of a report, sorting any
 * filtered part of it costs no collator call. `cap` is for tests.
 */
export function pinyinRanks(names: Iterable<string>, cap = RANKED_AT_MOST): ReadonlyMap<string, number> {
  const asked = new Set(names)
  const missing = [...asked].filter((name) => !ranking.has(name))
  if (missing.length === 0) return ranking
  const pool = ranking.size + missing.length > cap ? [...asked] : [...ranking.keys(), ...missing]
  const ordered = pool.toSorted(comparePinyin)
  ranking = new Map()
  let rank = 0
  ordered.forEach((name, i) => {
    if (i > 0 && comparePinyin(ordered[i - 1]!, name) !== 0) rank = i
    ranking.set(name, rank)
  })
  return ranking
}
