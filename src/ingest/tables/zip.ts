import { Unzip, UnzipInflate } from 'fflate'

export type UnzipResult =
  | { ok: true; files: Map<string, Uint8Array> }
  | { ok: false; reason: 'too-large' | 'damaged'; detail: string }

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04] // PK\3\4

export function looksLikeZip(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((b, i) => bytes[i] === b)
}

class InflatedTooMuch extends Error {}

/**
 * The entries of a zip (an .xlsx or .docx) that `wanted` names, inflated in a stream that stops
 * once `maxInflatedBytes` have come out in total: a zip bomb is refused after at most that many
 * bytes, whatever sizes its headers claim.
 */
export function unzipBounded(bytes: Uint8Array, wanted: (name: string) => boolean, maxInflatedBytes: number): UnzipResult {
  // An honest bomb says what it holds: refused before a byte is inflated. A lying one meets the stream's count.
  if (declaredSize(bytes) > maxInflatedBytes) return tooLarge(maxInflatedBytes)
  const files = new Map<string, Uint8Array>()
  let total = 0
  const unzip = new Unzip()
  unzip.register(UnzipInflate)
  let failure: Error | null = null
  // Entries begun but never finished: a zip cut short inside them.
  const unfinished = new Set<string>()
  unzip.onfile = (file) => {
    if (!wanted(file.name)) return
    unfinished.add(file.name)
    const chunks: Uint8Array[] = []
    file.ondata = (error, chunk, final) => {
      if (failure !== null) return
      if (error !== null) {
        failure = error
        return
      }
      total += chunk.length
      if (total > maxInflatedBytes) {
        failure = new InflatedTooMuch()
        file.terminate()
        return
      }
      chunks.push(chunk)
      if (final) {
        files.set(file.name, concat(chunks))
        unfinished.delete(file.name)
      }
    }
    file.start()
  }
  try {
    unzip.push(bytes, true)
  } catch (error) {
    failure ??= error instanceof Error ? error : new Error(String(error))
  }
  if (failure instanceof InflatedTooMuch) return tooLarge(maxInflatedBytes)
  if (failure !== null || unfinished.size > 0) return { ok: false, reason: 'damaged', detail: '压缩包已损坏或不完整，无法解压' }
  return { ok: true, files }
}

const tooLarge = (maxInflatedBytes: number): UnzipResult => ({
  ok: false,
  reason: 'too-large',
  detail: `压缩包解压后超过 ${Math.round(maxInflatedBytes / 1024 / 1024)} MB，不予读取（可能是压缩炸弹）`,
})

const END_OF_DIRECTORY = 0x06054b50
const DIRECTORY_ENTRY = 0x02014b50

/**
 * The total size the zip's central directory says its entries inflate to; 0 when the directory
 * cannot be found (the stream's count still bounds what is inflated).
 */
function declaredSize(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const lowest = Math.max(0, bytes.length - 22 - 0xffff)
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) !== END_OF_DIRECTORY) continue
    const entries = view.getUint16(at + 10, true)
    let entry = view.getUint32(at + 16, true)
    let total = 0
    for (let i = 0; i < entries && entry + 46 <= bytes.length; i++) {
      if (view.getUint32(entry, true) !== DIRECTORY_ENTRY) break
      total += view.getUint32(entry + 24, true)
      entry += 46 + view.getUint16(entry + 28, true) + view.getUint16(entry + 30, true) + view.getUint16(entry + 32, true)
    }
    return total
  }
  return 0
}

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1 && chunks[0] !== undefined) return chunks[0]
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0))
  let at = 0
  for (const chunk of chunks) {
    out.set(chunk, at)
    at += chunk.length
  }
  return out
}
