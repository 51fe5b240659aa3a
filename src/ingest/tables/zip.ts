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
  const files = new Map<string, Uint8Array>()
  let total = 0
  const unzip = new Unzip()
  unzip.register(UnzipInflate)
  let failure: Error | null = null
  unzip.onfile = (file) => {
    if (!wanted(file.name)) return
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
      if (final) files.set(file.name, concat(chunks))
    }
    file.start()
  }
  try {
    unzip.push(bytes, true)
  } catch (error) {
    failure ??= error instanceof Error ? error : new Error(String(error))
  }
  if (failure instanceof InflatedTooMuch) {
    return { ok: false, reason: 'too-large', detail: `压缩包解压后超过 ${Math.round(maxInflatedBytes / 1024 / 1024)} MB，不予读取（可能是压缩炸弹）` }
  }
  if (failure !== null) return { ok: false, reason: 'damaged', detail: `压缩包已损坏，无法解压（${(failure as Error).message}）` }
  return { ok: true, files }
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
