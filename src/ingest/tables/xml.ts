import { DOMParser, type Document, type Element, type Node } from '@xmldom/xmldom'

export type { Element }

/**
 * Parses the XML of an Office file part. xmldom, not the browser's DOMParser, so the CLI and the
 * page run the same code. Returns null when the XML is not well formed.
 */
export function parseXml(bytes: Uint8Array): Document | null {
  const text = new TextDecoder('utf-8').decode(bytes)
  try {
    const doc = new DOMParser({ onError: () => undefined }).parseFromString(text, 'application/xml')
    return doc.documentElement === null ? null : doc
  } catch {
    return null
  }
}

const ELEMENT_NODE = 1

/** The element children of `node` whose local name (without its namespace prefix) is `localName`; all of them when omitted. */
export function childElements(node: Node, localName?: string): Element[] {
  const out: Element[] = []
  for (let child = node.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType !== ELEMENT_NODE) continue
    const element = child as Element
    if (localName === undefined || element.localName === localName) out.push(element)
  }
  return out
}

export function firstChild(node: Node, localName: string): Element | null {
  return childElements(node, localName)[0] ?? null
}

/** Every descendant element named `localName`, in document order. */
export function descendants(node: Node, localName: string): Element[] {
  const out: Element[] = []
  const walk = (at: Node): void => {
    for (const child of childElements(at)) {
      if (child.localName === localName) out.push(child)
      walk(child)
    }
  }
  walk(node)
  return out
}

/** An attribute by local name, whatever its prefix (w:val, r:id). */
export function attribute(element: Element, localName: string): string | null {
  const attributes = element.attributes
  for (let i = 0; i < attributes.length; i++) {
    const attr = attributes.item(i)
    if (attr !== null && (attr.localName ?? attr.name) === localName) return attr.value
  }
  return null
}
