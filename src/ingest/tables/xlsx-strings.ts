import { decodeOoxmlEscapes, scanXml, type XmlHandler } from './xlsx-xml-scan.ts'

/**
 * The shared strings of a workbook (xl/sharedStrings.xml), in order: a rich-text string's runs
 * joined; phonetic guides (<rPh>) left out.
 */
export function readSharedStrings(xml: string): string[] {
  const strings: string[] = []
  let parts: string[] | null = null
  let phonetic = 0
  const handler: XmlHandler = {
    collecting: false,
    open(tag) {
      const { name, selfClosing } = tag
      if (name === 'si') {
        if (selfClosing) strings.push('')
        else parts = []
      } else if (name === 'rPh' && !selfClosing) phonetic++
      else if (name === 't' && !selfClosing && parts !== null && phonetic === 0) this.collecting = true
    },
    close(name) {
      if (name === 't') this.collecting = false
      else if (name === 'rPh') phonetic--
      else if (name === 'si' && parts !== null) {
        strings.push(decodeOoxmlEscapes(parts.join('')))
        parts = null
      }
    },
    text(text) {
      parts?.push(text)
    },
  }
  scanXml(xml, handler, 'sharedStrings.xml')
  return strings
}
