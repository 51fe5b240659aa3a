import { decodeXmlEntities } from './xml-entities.ts'
import { damaged } from './xls-failure.ts'

/**
 * What a scan of an XML part calls back with. Names are local names (`x:c` → 'c'). Text between
 * tags is decoded only while `collecting` is true, so a sheet's markup costs no strings.
 */
export interface XmlHandler {
  collecting: boolean
  /** `tag` is reused for the next start tag: read what is needed from it during the call. */
  open(tag: StartTag): void
  close(name: string): void
  text(text: string): void
}

/** A start tag, read in place in the part's text: attributes are only cut out when asked for. */
class StartTag {
  name = ''
  selfClosing = false
  /** The part's text, which valueIndex points into. */
  xml = ''
  private start = 0
  private end = 0

  set(xml: string, name: string, attributesStart: number, attributesEnd: number, selfClosing: boolean): void {
    this.xml = xml
    this.name = name
    this.start = attributesStart
    this.end = attributesEnd
    this.selfClosing = selfClosing
  }

  /** An attribute's decoded value by local name ('id' finds r:id); null when absent. */
  attribute(name: string): string | null {
    const at = this.valueIndex(name)
    if (at === -1) return null
    const end = this.xml.indexOf(this.xml.charAt(at - 1), at)
    return decodeXmlEntities(this.xml.slice(at, end))
  }

  /** Where an attribute's value starts in `xml` (after its opening quote), by local name; -1 when absent. */
  valueIndex(name: string): number {
    const xml = this.xml
    let i = this.start
    const end = this.end
    while (i < end) {
      let c = xml.charCodeAt(i)
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 47) {
        i++
        continue
      }
      const nameStart = i
      let localStart = i
      while (i < end && (c = xml.charCodeAt(i)) !== 61 && c !== 32 && c !== 9 && c !== 10 && c !== 13) {
        if (c === 58) localStart = i + 1
        i++
      }
      const nameEnd = i
      while (i < end && xml.charCodeAt(i) !== 61) i++
      i++
      while (i < end && (c = xml.charCodeAt(i)) !== 34 && c !== 39) i++
      const quote = xml.charCodeAt(i)
      const valueStart = i + 1
      i = valueStart
      while (i < end && xml.charCodeAt(i) !== quote) i++
      if (nameStart < nameEnd && nameEnd - localStart === name.length && xml.startsWith(name, localStart)) return valueStart
      i++
    }
    return -1
  }
}

/**
 * A forward-only scan of an XML part for the worksheet and shared-string parts, which can be
 * large: no tree is built, so memory stays with what the handler keeps. Checks that tags nest and
 * close; a part that does not is damaged. A DOCTYPE is refused (Office parts never have one).
 */
export function scanXml(xml: string, handler: XmlHandler, part: string): void {
  // the open elements: their full names (to match end tags) and their local names
  const names: string[] = []
  const locals: string[] = []
  const tag = new StartTag()
  const n = xml.length
  let i = 0
  let sawRoot = false
  const bad = (why: string): Error => damaged(`工作簿的 ${part} 不是完整的 XML（${why}），文件可能已损坏`)
  while (i < n) {
    const lt = xml.indexOf('<', i)
    const textEnd = lt === -1 ? n : lt
    if (textEnd > i && handler.collecting) handler.text(decodeXmlEntities(xml.slice(i, textEnd)))
    if (lt === -1) break
    const next = xml.charCodeAt(lt + 1)
    if (next === 47) {
      // an end tag: it must name the innermost open element
      const name = names.pop()
      if (name === undefined || !xml.startsWith(name, lt + 2)) throw bad('结束标签不配对')
      let end = lt + 2 + name.length
      while (end < n && isSpace(xml.charCodeAt(end))) end++
      if (xml.charCodeAt(end) !== 62) throw bad('结束标签不配对')
      handler.close(locals.pop() ?? '')
      i = end + 1
      continue
    }
    if (next === 63) {
      // <? … ?>
      const end = xml.indexOf('?>', lt + 2)
      if (end === -1) throw bad('处理指令未结束')
      i = end + 2
      continue
    }
    if (next === 33) {
      if (xml.startsWith('<!--', lt)) {
        const end = xml.indexOf('-->', lt + 4)
        if (end === -1) throw bad('注释未结束')
        i = end + 3
      } else if (xml.startsWith('<![CDATA[', lt)) {
        const end = xml.indexOf(']]>', lt + 9)
        if (end === -1) throw bad('CDATA 未结束')
        if (handler.collecting) handler.text(xml.slice(lt + 9, end))
        i = end + 3
      } else {
        throw bad('含有 DOCTYPE')
      }
      continue
    }
    // a start tag: its name, then attributes up to the first '>' outside a quoted value
    let j = lt + 1
    for (; j < n; j++) {
      const c = xml.charCodeAt(j)
      if (c === 62 || c === 47 || isSpace(c)) break
    }
    const nameEnd = j
    let quote = 0
    for (; j < n; j++) {
      const c = xml.charCodeAt(j)
      if (quote !== 0) {
        if (c === quote) quote = 0
      } else if (c === 62) break
      else if (c === 34 || c === 39) quote = c
    }
    if (j >= n) throw bad('标签未结束')
    if (nameEnd === lt + 1) throw bad('标签没有名字')
    const name = commonName(xml, lt + 1, nameEnd) ?? xml.slice(lt + 1, nameEnd)
    const selfClosing = xml.charCodeAt(j - 1) === 47
    if (names.length === 0) {
      if (sawRoot) throw bad('有多个根元素')
      sawRoot = true
    }
    const local = localName(name)
    if (!selfClosing) {
      names.push(name)
      locals.push(local)
    }
    tag.set(xml, local, nameEnd, j, selfClosing)
    handler.open(tag)
    i = j + 1
  }
  if (!sawRoot) throw bad('没有根元素')
  if (names.length > 0) throw bad('内容不完整')
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13
}

/** The names of a sheet's most frequent elements, without allocating a string for each. */
function commonName(xml: string, start: number, end: number): string | null {
  const first = xml.charCodeAt(start)
  if (end - start === 1) return first === 99 ? 'c' : first === 118 ? 'v' : first === 116 ? 't' : first === 102 ? 'f' : first === 114 ? 'r' : null
  if (end - start === 3 && first === 114 && xml.charCodeAt(start + 1) === 111 && xml.charCodeAt(start + 2) === 119) return 'row'
  return null
}

function localName(name: string): string {
  const colon = name.indexOf(':')
  return colon === -1 ? name : name.slice(colon + 1)
}

/** Undoes OOXML's escapes of characters XML cannot hold: '_x000D_' is a carriage return, '_x005F_' an underscore. */
export function decodeOoxmlEscapes(text: string): string {
  if (!text.includes('_x')) return text
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
}
