import type { DefaultTreeAdapterTypes } from 'parse5'

export type HtmlNode = DefaultTreeAdapterTypes.Node
export type HtmlElement = DefaultTreeAdapterTypes.Element

/** Elements whose content is never page text: code, styles, embedded objects, form pickers. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'noframes',
  'noembed',
  'template',
  'head',
  'title',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'audio',
  'video',
  'select',
  'textarea',
])

/** Elements that start and end a block of text (a paragraph of the page, a line in a cell). */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'marquee',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
])

export function isElement(node: HtmlNode): node is HtmlElement {
  return 'tagName' in node
}

export function attr(element: HtmlElement, name: string): string | null {
  return element.attrs.find((a) => a.name === name)?.value ?? null
}

/** Not shown: a skipped element, `hidden`, or a style of display:none (Word's mso-hide:all too). */
export function isUnseen(element: HtmlElement): boolean {
  if (SKIPPED.has(element.tagName) || attr(element, 'hidden') !== null) return true
  const style = attr(element, 'style')
  return style !== null && /(?:^|;)\s*(?:display\s*:\s*none|mso-hide\s*:\s*all)\b/i.test(style)
}

/** A block element, or an inline one a style makes a block (`<span style="display:block">`). */
export function isBlock(element: HtmlElement): boolean {
  if (BLOCKS.has(element.tagName)) return true
  const style = attr(element, 'style')
  return style !== null && /(?:^|;)\s*display\s*:\s*(?:block|flex|grid|list-item|table)\b/i.test(style)
}

/** The element children of `node`, in order. */
export function elementChildren(node: HtmlNode): HtmlElement[] {
  return 'childNodes' in node ? node.childNodes.filter(isElement) : []
}

/** Whether a table holds another table that is shown: then it lays out the page, not data. */
export function holdsTable(table: HtmlElement): boolean {
  const stack = elementChildren(table)
  for (let element = stack.pop(); element !== undefined; element = stack.pop()) {
    if (isUnseen(element)) continue
    if (element.tagName === 'table') return true
    stack.push(...elementChildren(element))
  }
  return false
}
