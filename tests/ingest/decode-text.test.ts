import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { decodeText } from '../../src/ingest/decode-text.ts'

const hex = (h: string) => Uint8Array.from(h.match(/../g) ?? [], (b) => Number.parseInt(b, 16))

describe('decodeText', () => {
  it.each([
    ['empty', '', '', 'utf-8'],
    ['ASCII', '41420a43', 'AB\nC', 'utf-8'],
    ['UTF-8 without BOM', 'e7bba9e69588e8af84e4bbb7', '绩效评价', 'utf-8'],
    ['UTF-8 with BOM', 'efbbbfe7bba9e69588e8af84e4bbb7', '绩效评价', 'utf-8'],
    ['UTF-8 4-byte character', 'f0a08080', '𠀀', 'utf-8'],
    ['GB18030 two-byte', 'bca8d0a7c6c0bcdb', '绩效评价', 'gb18030'],
    ['GB18030 with its BOM', '84319533d3c5c1bcd6d0b2ee', '优良中差', 'gb18030'],
    ['GB18030 four-byte character', '95328236', '𠀀', 'gb18030'],
    ['GB18030 with ASCII and CRLF', '3132bca8d0a70d0a', '12绩效\r\n', 'gb18030'],
  ] as const)('%s', (_label, bytes, text, encoding) => {
    expect(decodeText(hex(bytes))).toEqual({ text, encoding })
  })

  it('reads the GB18030 copy of the bundled report as the same text as the UTF-8 original', () => {
    const utf8 = decodeText(
      readFileSync(
        new URL('../../public/data/shanghai-organization-department-2018.txt', import.meta.url),
      ),
    )
    const gb = decodeText(
      readFileSync(new URL('../fixtures/shanghai-2018.gb18030.txt', import.meta.url)),
    )
    expect(utf8.encoding).toBe('utf-8')
    expect(gb.encoding).toBe('gb18030')
    expect(gb.text).toBe(utf8.text)
    expect(utf8.text.length).toBe(5527)
  })
})
