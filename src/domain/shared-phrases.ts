import { normalizeForSearch } from './search-text.ts'

/**
 * Shared phrases: how jixiao decides that two items of text say "the same thing" (a problem that
 * came back, a suggestion that answers a problem), in a way a reader can check. The phrases both
 * texts contain, longest first, are the evidence; nothing is weighted or learned.
 *
 * - Texts are compared in their search form (NFKC, lower case, no whitespace) without item
 *   numbers, so （1） against 1. or a line break inside a word does not matter; a phrase never runs
 *   across punctuation.
 * - A phrase is at least MIN_PHRASE characters: shorter runs (项目, 资金) occur in every item, and
 *   words every kind of problem uses (GENERIC_WORDS) are taken out first.
 * - Each character counts once: after the longest common phrase is taken, it is cut out of both
 *   texts and the next longest is sought in what remains.
 */

const MIN_PHRASE = 4

/** Texts are compared up to this many characters each: items longer than that are rare, and the search is quadratic. */
const MAX_COMPARED = 600

/** Phrases that say nothing about the matter itself: never evidence on their own. */
const EMPTY_PHRASES = new Set(['进一步加强', '进一步完善', '进一步提高', '有待进一步', '有待提高', '有待加强', '不够完善', '存在问题'])

/**
 * Words every kind of problem uses (部分项目未及时…, …制度不健全): taken out of both texts before
 * phrases are sought, so 部分项目未及时组织验收 and 部分项目未及时办理结算 share nothing.
 */
const GENERIC_WORDS = /部分项目|项目资金|部分|存在|未及时|不及时|不够|有待|进一步|制度不健全|不健全|不完善|不规范|不明确|不合理/g

/** A run of digits (the 0.21 of 80.21% and 90.21%) says nothing on its own. */
const ONLY_DIGITS = /^[\d.]+$/

/** Where punctuation stood: a phrase never runs across it. */
const BREAK = '\u0002'

/**
 * The text as phrases are sought in it: search form, without item numbers ((1), 1., 一、; not the
 * 80 of 80.21%), punctuation and symbols standing as breaks.
 */
export function phraseText(text: string): string {
  return normalizeForSearch(text)
    .replace(GENERIC_WORDS, BREAK)
    .replace(/[(（][0-9一二三四五六七八九十]+[)）]/g, BREAK)
    .replace(/(^|[\p{P}\p{S}])[0-9一二三四五六七八九十]+[.、．](?!\d)/gu, `$1${BREAK}`)
    .replace(/(?!(?<=\d)\.(?=\d))[\p{P}\p{S}]/gu, BREAK)
    .slice(0, MAX_COMPARED)
}

const lettersIn = (text: string): number => text.length - text.split(BREAK).length + 1

interface Prepared {
  text: string
  /** Every run of MIN_PHRASE characters in the text: two texts without one in common share no phrase. */
  grams: Set<string>
}

// Items are compared many times (each with every item of the previous year): prepared once each.
const preparedCache = new Map<string, Prepared>()
const PREPARED_LIMIT = 50_000

function prepared(raw: string): Prepared {
  let entry = preparedCache.get(raw)
  if (entry === undefined) {
    const text = phraseText(raw)
    const grams = new Set<string>()
    for (let i = 0; i + MIN_PHRASE <= text.length; i++) {
      const gram = text.slice(i, i + MIN_PHRASE)
      if (!gram.includes(BREAK)) grams.add(gram)
    }
    entry = { text, grams }
    if (preparedCache.size >= PREPARED_LIMIT) preparedCache.clear()
    preparedCache.set(raw, entry)
  }
  return entry
}

const shareAnyGram = (a: Prepared, b: Prepared): boolean => {
  const [small, large] = a.grams.size <= b.grams.size ? [a.grams, b.grams] : [b.grams, a.grams]
  for (const gram of small) if (large.has(gram)) return true
  return false
}

/** Start in a, start in b and length of the longest common substring (the first found on ties). */
function longestCommon(a: string, b: string): [number, number, number] {
  let best: [number, number, number] = [0, 0, 0]
  let previous = new Uint16Array(b.length + 1)
  let current = new Uint16Array(b.length + 1)
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const run = a[i - 1] === b[j - 1] ? (previous[j - 1] ?? 0) + 1 : 0
      current[j] = run
      if (run > best[2]) best = [i - run, j - run, run]
    }
    ;[previous, current] = [current, previous]
  }
  return best
}

/** The phrases both texts contain, longest first, each character used once. */
export function sharedPhrases(a: string, b: string): string[] {
  const pa = prepared(a)
  const pb = prepared(b)
  if (!shareAnyGram(pa, pb)) return []
  let x = pa.text
  // The other side's breaks are another character, so two breaks never match each other.
  let y = pb.text.replaceAll(BREAK, '\u0003')
  const phrases: string[] = []
  for (;;) {
    const [atX, atY, length] = longestCommon(x, y)
    if (length < MIN_PHRASE) break
    const phrase = x.slice(atX, atX + length)
    if (!EMPTY_PHRASES.has(phrase) && !phrases.includes(phrase) && !ONLY_DIGITS.test(phrase)) phrases.push(phrase)
    // Different stand-ins on each side, so a cut never matches the other text's cut.
    x = `${x.slice(0, atX)}\u0000${x.slice(atX + length)}`
    y = `${y.slice(0, atY)}\u0001${y.slice(atY + length)}`
  }
  return phrases
}

export interface PhraseMatch {
  phrases: string[]
  /** Characters in shared phrases, counted in both texts, ÷ the characters of both (Dice), 0–1. */
  coverage: number
}

export function phraseMatch(a: string, b: string): PhraseMatch {
  const phrases = sharedPhrases(a, b)
  const pa = prepared(a).text
  const pb = prepared(b).text
  const letters = lettersIn(pa) + lettersIn(pb)
  // The same text written again is all shared, also its runs too short to be phrases.
  if (letters > 0 && pa.replaceAll(BREAK, '') === pb.replaceAll(BREAK, '')) return { phrases, coverage: 1 }
  const shared = phrases.reduce((n, p) => n + p.length, 0)
  return { phrases, coverage: letters === 0 ? 0 : (2 * shared) / letters }
}

/** Coverage (Dice) from which two items are taken to say substantially the same thing. */
const SAME_COVERAGE = 0.4

/** A phrase this long shared is enough on its own (一次性支付合同款项 is one matter, however long the items). */
const SAME_PHRASE_LENGTH = 8

/** Texts this much alike say the same whatever their words (资金使用有待进一步规范, written again). */
const NEARLY_ALL = 0.8

/** A single shared phrase shorter than this (绩效目标, 预算编制) names a theme, not a matter. */
const MATTER_LENGTH = 5

/**
 * True when two items say substantially the same thing: nearly all of both texts shared, a shared
 * phrase of SAME_PHRASE_LENGTH or more, or shared phrases covering SAME_COVERAGE of both texts,
 * when that is more than one theme word.
 */
export const saysTheSame = ({ phrases, coverage }: PhraseMatch): boolean =>
  coverage >= NEARLY_ALL ||
  phrases.some((p) => p.length >= SAME_PHRASE_LENGTH) ||
  (coverage >= SAME_COVERAGE && (phrases.length > 1 || phrases.some((p) => p.length >= MATTER_LENGTH)))
