type TextEncodingName = 'utf-8' | 'gb18030'

export interface DecodedText {
  text: string
  encoding: TextEncodingName
}

const BOM = '\uFEFF'

/**
 * Decodes the bytes of a report file: UTF-8 (with or without BOM) when the bytes are valid UTF-8,
 * GB18030 otherwise. GB18030 is a superset of GBK and GB2312, so those files decode too.
 * The returned text never starts with a BOM. Uses only TextDecoder, so it runs in the browser.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  try {
    // fatal: invalid UTF-8 throws instead of becoming U+FFFD; the UTF-8 BOM is dropped by default.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return { text: stripBom(text), encoding: 'utf-8' }
  } catch {
    // GB18030 maps every byte sequence to something, so this never throws. Its BOM (84 31 95 33)
    // decodes to U+FEFF, which the WHATWG decoder keeps: strip it here.
    const text = new TextDecoder('gb18030').decode(bytes)
    return { text: stripBom(text), encoding: 'gb18030' }
  }
}

function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text
}
