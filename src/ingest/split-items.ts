export interface SplitItems {
  items: string[]
  /** Text before the first numbered item, when the list has any. */
  preamble: string
}

const CJK_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']

type Family = 'paren' | 'dot' | 'circled' | 'cjk'

interface Marker {
  index: number
  length: number
}

const isDigitAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i)
  return c >= 48 && c <= 57
}

const OPENING = new Set(['（', '('])
const CLOSING = new Set(['）', ')'])

/** "（3）" or "(3)", either parenthesis full- or half-width. */
function findParen(text: string, n: number, from: number): Marker | null {
  const digits = String(n)
  for (let i = text.indexOf(digits, from + 1); i >= 0; i = text.indexOf(digits, i + 1)) {
    if (OPENING.has(text[i - 1] ?? '') && CLOSING.has(text[i + digits.length] ?? '')) {
      return { index: i - 1, length: digits.length + 2 }
    }
  }
  return null
}

const SENTENCE_BREAK = new Set(['。', '；', ';', '！', '？', ' ', '\u3000', '\n', '：', ':'])

/**
 * "3." or "3、", not inside a longer number: "13." and "2019年" never match, and "3.5" matches only
 * where an item can begin (start of text or after the end of a sentence), as in "1.2019年…".
 */
function findDot(text: string, n: number, from: number): Marker | null {
  const digits = String(n)
  let i = text.indexOf(digits, from)
  while (i >= 0) {
    const sep = text[i + digits.length]
    const isSeparator = sep === '.' || sep === '．' || sep === '、'
    const atItemStart = i === 0 || SENTENCE_BREAK.has(text[i - 1] ?? '')
    if (isSeparator && !isDigitAt(text, i - 1) && (atItemStart || !isDigitAt(text, i + digits.length + 1))) {
      return { index: i, length: digits.length + 1 }
    }
    i = text.indexOf(digits, i + 1)
  }
  return null
}

function findSingle(text: string, marker: string | undefined, from: number): Marker | null {
  if (marker === undefined) return null
  const i = text.indexOf(marker, from)
  return i >= 0 ? { index: i, length: marker.length } : null
}

function findMarker(family: Family, text: string, n: number, from: number): Marker | null {
  switch (family) {
    case 'paren':
      return findParen(text, n, from)
    case 'dot':
      return findDot(text, n, from)
    case 'circled':
      return n <= 20 ? findSingle(text, String.fromCharCode(0x2460 + n - 1), from) : null
    case 'cjk':
      return findSingle(text, CJK_NUMERALS[n - 1] === undefined ? undefined : `${CJK_NUMERALS[n - 1]}、`, from)
  }
}

/** Where a list may begin: the start, or right after a lead-in that ends with a colon ("主要存在以下问题：1.…"). */
const atListStart = (text: string, index: number): boolean => index === 0 || LEAD_IN_END.has(text[index - 1] ?? '')
const LEAD_IN_END = new Set(['：', ':', '\n'])

function firstMarker(text: string): { family: Family; marker: Marker } | null {
  const paren = findParen(text, 1, 0)
  if (paren !== null) return { family: 'paren', marker: paren }
  for (const family of ['circled', 'cjk', 'dot'] as const) {
    const m = findMarker(family, text, 1, 0)
    if (m !== null && atListStart(text, m.index)) return { family, marker: m }
  }
  return null
}

/**
 * Splits a numbered list ("（1）…（2）…", "(1)", "1.", "1、", "①", "一、") into its items, numbering removed.
 * Numbers count up from 1, so a number inside an item ("2019年", "4.5%") never splits it.
 */
export function splitNumberedItems(text: string): SplitItems {
  const trimmed = text.trim()
  if (trimmed === '') return { items: [], preamble: '' }
  const first = firstMarker(trimmed)
  if (first === null) return { items: [trimmed], preamble: '' }
  const items: string[] = []
  let start = first.marker.index + first.marker.length
  for (let n = 2; ; n++) {
    const next = findMarker(first.family, trimmed, n, start)
    if (next === null) break
    items.push(trimmed.slice(start, next.index).trim())
    start = next.index + next.length
  }
  items.push(trimmed.slice(start).trim())
  return { items, preamble: trimmed.slice(0, first.marker.index).trim() }
}
