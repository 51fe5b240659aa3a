import { decodeXmlEntities } from './xml-entities.ts'
/**
 * A small tree of word/document.xml: element local names, their raw attribute text, and the
 * character data of w:t only. Built in one forward pass, about thirty times faster than a full DOM
 * (xmldom took seconds on the 3 MB body of a 50-form file), since a Word body is mostly markup
 * the readers never look at.
 */
export interface DocxNode {
  /** The local name: `w:tc` → 'tc'. */
  name: string
  /** The raw attribute text, kept only for the elements whose attributes the readers use. */
  attributes: string
  children: DocxNode[]
  /** The decoded character data of a w:t; '' for every other element. */
  text: string
}

/** Elements whose w:val the readers read; every other element's attributes are not kept. */
const WITH_ATTRIBUTES = new Set(['gridSpan', 'gridBefore', 'gridAfter', 'vMerge', 'hMerge', 'vanish'])

/**
 * Parses an XML part into its root element; null when it is not well formed (a tag left open,
 * end tags not matching, text outside the root) or declares a DOCTYPE, which Office parts never
 * do and which could define entity bombs.
 */
export function parseDocxXml(xml: string): DocxNode | null {
  const top: DocxNode = { name: '', attributes: '', children: [], text: '' }
  const open: DocxNode[] = [top]
  const names: string[] = []
  const n = xml.length
  let i = 0
  while (i < n) {
    const lt = xml.indexOf('<', i)
    const textEnd = lt === -1 ? n : lt
    const parent = open.at(-1) ?? top
    if (textEnd > i) {
      if (parent.name === 't') parent.text += decodeXmlEntities(xml.slice(i, textEnd))
      else if (parent === top && xml.slice(i, textEnd).trim() !== '') return null
    }
    if (lt === -1) break
    const next = xml.charCodeAt(lt + 1)
    if (next === 0x2f /* / */) {
      const gt = xml.indexOf('>', lt)
      if (gt === -1 || xml.slice(lt + 2, gt).trim() !== names.pop()) return null
      open.pop()
      i = gt + 1
    } else if (next === 0x3f /* ? */) {
      const end = xml.indexOf('?>', lt + 2)
      if (end === -1) return null
      i = end + 2
    } else if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4)
      if (end === -1) return null
      i = end + 3
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9)
      if (end === -1 || parent === top) return null
      if (parent.name === 't') parent.text += xml.slice(lt + 9, end)
      i = end + 3
    } else if (next === 0x21 /* ! */) {
      return null
    } else {
      const gt = tagEnd(xml, lt + 1)
      if (gt === -1 || (parent === top && top.children.length > 0)) return null
      const selfClosing = xml.charCodeAt(gt - 1) === 0x2f
      const inner = xml.slice(lt + 1, selfClosing ? gt - 1 : gt)
      const nameEnd = nameLength(inner)
      const name = inner.slice(0, nameEnd)
      if (name === '') return null
      const local = name.slice(name.indexOf(':') + 1)
      const node: DocxNode = { name: local, attributes: WITH_ATTRIBUTES.has(local) ? inner.slice(nameEnd) : '', children: [], text: '' }
      parent.children.push(node)
      if (!selfClosing) {
        open.push(node)
        names.push(name)
      }
      i = gt + 1
    }
  }
  return names.length === 0 ? (top.children[0] ?? null) : null
}

/** The length of the tag name at the start of `inner` (up to whitespace or the end). */
function nameLength(inner: string): number {
  for (let i = 0; i < inner.length; i++) {
    const c = inner.charCodeAt(i)
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) return i
  }
  return inner.length
}

/** The '>' closing a start tag that begins at `from`, skipping any inside quoted attribute values. */
function tagEnd(xml: string, from: number): number {
  let quote = 0
  for (let i = from; i < xml.length; i++) {
    const c = xml.charCodeAt(i)
    if (quote !== 0) {
      if (c === quote) quote = 0
    } else if (c === 0x22 || c === 0x27) {
      quote = c
    } else if (c === 0x3e) {
      return i
    } else if (c === 0x3c) {
      return -1
    }
  }
  return -1
}

/** The children of `node` named `name`; all of them when omitted. */
export function childrenOf(node: DocxNode, name?: string): DocxNode[] {
  return name === undefined ? node.children : node.children.filter((child) => child.name === name)
}

export function childOf(node: DocxNode | null, name: string): DocxNode | null {
  return node?.children.find((child) => child.name === name) ?? null
}

const attributePatterns = new Map<string, RegExp>()

/** An attribute by local name, whatever its prefix (w:val → 'val'), entities decoded. */
export function attributeOf(node: DocxNode, localName: string): string | null {
  let pattern = attributePatterns.get(localName)
  if (pattern === undefined) {
    pattern = new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${localName}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)
    attributePatterns.set(localName, pattern)
  }
  const match = pattern.exec(node.attributes)
  return match === null ? null : decodeXmlEntities(match[1] ?? match[2] ?? '')
}
