/** PIDSI_TITLE and PID_CODEPAGE of the SummaryInformation property set ([MS-OLEPS]). */
const TITLE = 2
const CODEPAGE = 1
const VT_LPSTR = 0x1e
const VT_LPWSTR = 0x1f

const ENCODINGS: Readonly<Record<number, string>> = { 936: 'gbk', 54936: 'gb18030', 65001: 'utf-8', 1252: 'windows-1252', 1200: 'utf-16le' }

/**
 * The title in an .xls file's SummaryInformation stream (where LibreOffice and Excel keep a web
 * page's <title>), or null. Reads the first property section only; anything out of bounds is null.
 */
export function summaryTitle(stream: Uint8Array): string | null {
  try {
    const view = new DataView(stream.buffer, stream.byteOffset, stream.byteLength)
    const section = view.getUint32(44, true)
    const count = view.getUint32(section + 4, true)
    const offsets = new Map<number, number>()
    for (let i = 0; i < Math.min(count, 1000); i++) offsets.set(view.getUint32(section + 8 + 8 * i, true), view.getUint32(section + 12 + 8 * i, true))
    const codepageAt = offsets.get(CODEPAGE)
    const codepage = codepageAt === undefined ? 1252 : view.getUint16(section + codepageAt + 4, true)
    const titleAt = offsets.get(TITLE)
    if (titleAt === undefined) return null
    const at = section + titleAt
    const type = view.getUint32(at, true)
    const length = view.getUint32(at + 4, true)
    const wide = type === VT_LPWSTR || (type === VT_LPSTR && codepage === 1200)
    if (type !== VT_LPSTR && type !== VT_LPWSTR) return null
    const bytes = stream.subarray(at + 8, at + 8 + (type === VT_LPWSTR ? 2 * length : length))
    const text = new TextDecoder(wide ? 'utf-16le' : (ENCODINGS[codepage] ?? 'windows-1252')).decode(bytes)
    const end = text.indexOf('\u0000')
    const title = (end < 0 ? text : text.slice(0, end)).trim()
    return title === '' ? null : title
  } catch {
    return null
  }
}
