import { decodeXmlEntities } from './xml-entities.ts'

/**
 * The title in an Office file's document properties (docProps/core.xml, dc:title): where Word
 * and LibreOffice keep a web page's <title> when they save it as .docx or .xlsx.
 */
export const CORE_PROPERTIES = 'docProps/core.xml'

export function coreTitle(xml: Uint8Array | undefined): string | null {
  if (xml === undefined) return null
  const m = /<dc:title(?:\s[^>]*)?>([^<]*)<\/dc:title>/.exec(new TextDecoder('utf-8').decode(xml))
  const title = m === null ? '' : decodeXmlEntities(m[1] ?? '').trim()
  return title === '' ? null : title
}
