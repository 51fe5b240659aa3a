import type { Traps } from './form-traps.ts'
import { pick, type Random } from './random.ts'

export interface WrittenList {
  /** The cell's text. */
  text: string
  /** The items the text states: numbering and the ； between items left out, an item's own 。 kept. */
  items: string[]
}

const STYLES = ['dot', 'dot-stop', 'dunhao', 'paren', 'cjk', 'ordinal'] as const
type Style = (typeof STYLES)[number]

const CJK = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']

function marker(style: Style, n: number): string {
  switch (style) {
    case 'dot':
    case 'dot-stop':
      return `${n}.`
    case 'dunhao':
      return `${n}、`
    case 'paren':
      return `（${n}）`
    case 'cjk':
      return `${CJK[n - 1]}、`
    case 'ordinal':
      return `${CJK[n - 1]}是`
  }
}

/**
 * Writes phrases as a 存在问题 / 改进措施 cell: "1.…；2.…。", "1.…。2.…。", "一是…；二是…。",
 * "（1）…", "一、…", or one unnumbered sentence; sometimes an item per line, sometimes after a lead-in
 * ("主要存在以下问题：").
 */
export function writeList(random: Random, traps: Traps, phrases: readonly string[], leadIn: string): WrittenList {
  const [only] = phrases
  if (phrases.length === 1 && only !== undefined && random.int(0, 1) === 0) return { text: `${only}。`, items: [`${only}。`] }
  const style = pick(random, phrases.length < 2 ? STYLES.filter((s) => s !== 'ordinal') : STYLES)
  const last = phrases.length - 1
  const items = phrases.map((phrase, i) => (style === 'dot-stop' || i === last ? `${phrase}。` : phrase))
  const separator = traps.spring('multi-line-cells', 0.2) ? '\n' : ''
  const body = items.map((item, i) => `${marker(style, i + 1)}${item}${style !== 'dot-stop' && i < last ? '；' : ''}`).join(separator)
  const text = traps.spring('list-preamble', 0.15) ? `${leadIn}：${body}` : body
  return { text, items }
}
