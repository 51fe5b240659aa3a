import { zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { unzipBounded } from '../../../src/ingest/tables/zip.ts'

const MB = 1024 * 1024
const text = (s: string): Uint8Array => new TextEncoder().encode(s)
const TOO_LARGE = { ok: false, reason: 'too-large', detail: '压缩包解压后超过 1 MB，不予读取（可能是压缩炸弹）' }

/** The offset of the central directory entry of the file at `index` (0-based). */
function directoryEntry(zip: Uint8Array, index: number): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  let at = view.getUint32(zip.length - 22 + 16, true)
  for (let i = 0; i < index; i++) at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
  return at
}

describe('unzipBounded', () => {
  it('gives the entries asked for, inflated', () => {
    const zip = zipSync({ 'a.xml': text('<a>甲</a>'), 'b.xml': text('<b/>') })
    const result = unzipBounded(zip, (name) => name === 'a.xml', MB)
    expect(result.ok && new TextDecoder().decode(result.files.get('a.xml'))).toBe('<a>甲</a>')
    expect(result.ok && [...result.files.keys()]).toEqual(['a.xml'])
  })

  it('refuses a zip whose directory declares more than the limit before inflating anything', () => {
    const zip = zipSync({ 'big.bin': new Uint8Array(2 * MB) }, { level: 9 })
    // Data past the local header spoiled: were it inflated, the answer would be 'damaged'.
    const spoiled = zip.slice()
    spoiled.fill(0xff, 40, 60)
    expect(unzipBounded(spoiled, () => true, MB)).toEqual(TOO_LARGE)
  })

  it('stops a zip that lies about its size once the limit has come out', () => {
    const zip = zipSync({ 'big.bin': new Uint8Array(2 * MB) }, { level: 9 })
    const view = new DataView(zip.buffer)
    view.setUint32(directoryEntry(zip, 0) + 24, 100, true)
    view.setUint32(18 + 4, 100, true) // the local header's uncompressed size too
    expect(unzipBounded(zip, () => true, MB)).toEqual(TOO_LARGE)
  })

  it('says a zip cut short is damaged', () => {
    const noise = Array.from({ length: 4000 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919) % 20000))).join('')
    const zip = zipSync({ 'a.xml': text(noise) })
    expect(unzipBounded(zip.subarray(0, 2000), () => true, MB)).toEqual({ ok: false, reason: 'damaged', detail: '压缩包已损坏或不完整，无法解压' })
  })
})
