import { attributeOf, childOf, type DocxNode } from './docx-xml.ts'

/**
 * Elements whose content is part of the paragraph's text as Word shows it (besides runs):
 * insertions, links, smart tags, content controls and simple fields. Anything not named here (deletions,
 * field codes, drawings and text boxes, properties) adds no text.
 */
const CONTAINERS = new Set([
  'ins',
  'moveTo',
  'hyperlink',
  'smartTag',
  'customXml',
  'sdt',
  'sdtContent',
  'fldSimple',
  'dir',
  'bdo',
  'ruby',
  'rubyBase',
])

/**
 * The text of a w:p as Word shows it: w:t joined, w:tab as a space, w:br and w:cr as '\n'.
 * Deleted text (w:del, w:moveFrom), field codes (w:instrText), hidden runs (w:vanish) and
 * text boxes are left out. Not folded: see `foldLines`.
 */
export function paragraphText(paragraph: DocxNode): string {
  const out: string[] = []
  collect(paragraph, out)
  return out.join('')
}

function collect(node: DocxNode, out: string[]): void {
  for (const child of node.children) {
    switch (child.name) {
      case 't':
        out.push(child.text)
        break
      case 'tab':
      case 'ptab':
        out.push(' ')
        break
      case 'br':
      case 'cr':
        out.push('\n')
        break
      case 'noBreakHyphen':
        out.push('-')
        break
      case 'r':
        if (!isHidden(child)) collect(child, out)
        break
      default:
        if (CONTAINERS.has(child.name)) collect(child, out)
    }
  }
}

/** A run formatted as hidden text (w:rPr/w:vanish), which Word neither shows nor prints. */
function isHidden(run: DocxNode): boolean {
  const vanish = childOf(childOf(run, 'rPr'), 'vanish')
  if (vanish === null) return false
  const value = attributeOf(vanish, 'val')
  return value !== 'false' && value !== '0' && value !== 'off'
}

