import { decodeText } from '../decode-text.ts'

/** How far into the file a <meta> charset is looked for, as browsers look at the first bytes. */
const SNIFF_BYTES = 2048

/** Labels of the GB2312 family that are not WHATWG labels but are seen in saved pages. */
const EXTRA_GB_LABELS = new Set(['cp936', 'windows-936', 'ms936', 'euc-cn', 'x-euc-cn'])

/**
 * A saved web page's bytes → its text: by BOM (UTF-8, UTF-16, GB18030); else by the charset its
 * <meta> declares in the first 2 KB; else UTF-8 when the bytes are valid UTF-8 and GB18030
 * otherwise. The GB2312 family decodes as GB18030, its superset. Declarations the bytes plainly
 * contradict lose: a page declaring GB2312 that is valid UTF-8 with Chinese in it is UTF-8 (a
 * stale <meta> after re-saving), and one declaring UTF-8 whose non-ASCII text is mostly not
 * UTF-8 is GB18030. A UTF-8 page with a few broken bytes keeps its text, with U+FFFD for them.
 * Null when the bytes are not text.
 */
export function decodeHtml(bytes: Uint8Array): string | null {
  const bom = byBom(bytes)
  if (bom !== null) return new TextDecoder(bom).decode(bytes).replace(/^\uFEFF/, '')
  if (looksBinary(bytes)) return null
  const declared = declaredCharset(bytes)
  if (declared === 'gb18030') {
    const utf8 = strictUtf8(bytes)
    return utf8 !== null && /[\u0080-\uffff]/.test(utf8) ? utf8 : new TextDecoder('gb18030').decode(bytes)
  }
  if (declared === 'utf-8' && strictUtf8(bytes) === null) {
    const text = new TextDecoder('utf-8').decode(bytes)
    const broken = text.match(/\uFFFD/g)?.length ?? 0
    const nonAscii = text.match(/[\u0080-\uffff]/g)?.length ?? 0
    if (broken * 20 < nonAscii) return text
  }
  return decodeText(bytes).text
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

function declaredCharset(bytes: Uint8Array): 'utf-8' | 'gb18030' | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, SNIFF_BYTES))
  const label = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1]?.toLowerCase()
  if (label === undefined) return null
  if (EXTRA_GB_LABELS.has(label)) return 'gb18030'
  try {
    const encoding = new TextDecoder(label).encoding
    if (encoding === 'gbk' || encoding === 'gb18030') return 'gb18030'
    return encoding === 'utf-8' ? 'utf-8' : null
  } catch {
    return null
  }
}

function byBom(bytes: Uint8Array): string | null {
  const [a, b, c, d] = bytes
  if (a === 0xef && b === 0xbb && c === 0xbf) return 'utf-8'
  if (a === 0xff && b === 0xfe) return 'utf-16le'
  if (a === 0xfe && b === 0xff) return 'utf-16be'
  if (a === 0x84 && b === 0x31 && c === 0x95 && d === 0x33) return 'gb18030'
  return null
}

/** Control bytes no text file holds: NUL anywhere in the first 8 KB, or more than 1% of other C0 controls. */
function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 8192)
  let controls = 0
  for (let i = 0; i < end; i++) {
    const byte = bytes[i] ?? 0
    if (byte === 0) return true
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) controls += 1
  }
  return controls > end / 100
}
