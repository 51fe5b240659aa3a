import { isBlock, isElement, isUnseen, type HtmlElement, type HtmlNode } from './html-dom.ts'

/** What a walk over a page's nodes meets, in document order. */
export interface TextSink {
  text(value: string): void
  /** A <br>. */
  lineBreak(): void
  /** The start or the end of a block element. */
  block(): void
  /** A shown table; true to walk into it as layout, its text and tables read as the page's own. */
  table(table: HtmlElement): boolean
}

/**
 * Walks the shown content of `node`: text, <br>, block boundaries and tables. Iterative, so a
 * page of thousands of unclosed nested tags cannot exhaust the stack.
 */
export function walkText(node: HtmlNode, sink: TextSink): void {
  const stack: { nodes: HtmlNode[]; at: number; block: boolean }[] = [{ nodes: childNodes(node), at: 0, block: false }]
  for (let frame = stack.at(-1); frame !== undefined; frame = stack.at(-1)) {
    const child = frame.nodes[frame.at++]
    if (child === undefined) {
      stack.pop()
      if (frame.block) sink.block()
    } else if (child.nodeName === '#text' && 'value' in child) {
      sink.text(child.value)
    } else if (isElement(child) && !isUnseen(child)) {
      if (child.tagName === 'br') {
        sink.lineBreak()
      } else if (child.tagName === 'table') {
        sink.block()
        if (sink.table(child)) stack.push({ nodes: childNodes(child), at: 0, block: true })
        else sink.block()
      } else {
        const block = isBlock(child)
        if (block) sink.block()
        stack.push({ nodes: childNodes(child), at: 0, block })
      }
    }
  }
}

function childNodes(node: HtmlNode): HtmlNode[] {
  return 'childNodes' in node ? node.childNodes : []
}

/** Lines of text being gathered; `take` returns them folded and starts afresh. */
export class Lines {
  private lines: string[] = []
  private line = ''

  add(text: string): void {
    this.line += text
  }

  breakLine(): void {
    this.lines.push(this.line)
    this.line = ''
  }

  take(): string {
    if (this.lines.length === 0 && this.line === '') return ''
    this.breakLine()
    const text = foldHtmlLines(this.lines)
    this.lines = []
    return text
  }
}

/**
 * Characters between which a line break in the source is dropped rather than shown as a space
 * (CSS Text 3 segment breaks): Chinese, Japanese and full-width forms. Word's HTML wraps its
 * source lines inside Chinese words (`全年预算\n数`).
 */
const WIDE = '[\\u2E80-\\u303F\\u3040-\\u9FFF\\uF900-\\uFAFF\\uFE30-\\uFE4F\\uFF00-\\uFF60\\uFFE0-\\uFFE6\\u{20000}-\\u{3FFFF}]'
const WIDE_SEGMENT_BREAK = new RegExp(`(${WIDE})[ \\t]*\\n[ \\t\\n]*(?=${WIDE})`, 'gu')

/** Each line: source breaks between wide characters dropped, whitespace (&nbsp; too) folded, trimmed; empty lines dropped. */
function foldHtmlLines(lines: string[]): string {
  return lines
    .map((line) => line.replace(WIDE_SEGMENT_BREAK, '$1').replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n')
}
