import { damaged } from './xls-failure.ts'

/** BIFF8 record types the .xls reader uses ([MS-XLS] 2.3). */
export const RecordType = {
  BOF: 0x0809,
  EOF: 0x000a,
  CONTINUE: 0x003c,
  FILEPASS: 0x002f,
  DATEMODE: 0x0022,
  FORMAT: 0x041e,
  XF: 0x00e0,
  SST: 0x00fc,
  BOUNDSHEET8: 0x0085,
  OBPROJ: 0x00d3,
  LABELSST: 0x00fd,
  LABEL: 0x0204,
  RSTRING: 0x00d6,
  NUMBER: 0x0203,
  RK: 0x027e,
  MULRK: 0x00bd,
  FORMULA: 0x0006,
  STRING: 0x0207,
  BOOLERR: 0x0205,
  MERGEDCELLS: 0x00e5,
} as const

interface BiffRecord {
  type: number
  data: Uint8Array
}

/** The records of a BIFF stream from `offset` on: a 2-byte type, a 2-byte size, then the data. */
export class RecordReader {
  private readonly stream: Uint8Array
  private position: number

  constructor(stream: Uint8Array, offset: number) {
    this.stream = stream
    this.position = offset
  }

  /** The next record, or null at the end of the stream; a record cut short by the end is damage. */
  next(): BiffRecord | null {
    const at = this.position
    if (at + 4 > this.stream.length) return null
    const type = u16(this.stream, at)
    const size = u16(this.stream, at + 2)
    if (at + 4 + size > this.stream.length) throw damaged('.xls 文件不完整（记录被截断），可能已损坏')
    this.position = at + 4 + size
    return { type, data: this.stream.subarray(at + 4, at + 4 + size) }
  }

  peekType(): number | null {
    return this.position + 4 <= this.stream.length ? u16(this.stream, this.position) : null
  }

  /** The data of the CONTINUE records that follow: the rest of a record too long for one. */
  continuations(): Uint8Array[] {
    const out: Uint8Array[] = []
    while (this.peekType() === RecordType.CONTINUE) out.push((this.next() as BiffRecord).data)
    return out
  }
}

export function u16(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8)
}

export function u32(bytes: Uint8Array, at: number): number {
  return (u16(bytes, at) | (u16(bytes, at + 2) << 16)) >>> 0
}

export function f64(bytes: Uint8Array, at: number): number {
  if (at + 8 > bytes.length) throw damaged('.xls 文件的数值记录太短，可能已损坏')
  return new DataView(bytes.buffer, bytes.byteOffset + at, 8).getFloat64(0, true)
}

/**
 * An RK number ([MS-XLS] 2.5.217): bit 1 says the upper 30 bits are a signed integer, else they
 * are the upper 30 bits of a double; bit 0 says the number was multiplied by 100.
 */
export function decodeRk(rk: number): number {
  let value: number
  if ((rk & 2) !== 0) {
    value = (rk | 0) >> 2
  } else {
    const view = new DataView(new ArrayBuffer(8))
    view.setUint32(4, (rk & 0xfffffffc) >>> 0, true)
    value = view.getFloat64(0, true)
  }
  return (rk & 1) !== 0 ? value / 100 : value
}

const utf16 = new TextDecoder('utf-16le')

function latin1(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 4096) out += String.fromCharCode(...bytes.subarray(i, i + 4096))
  return out
}

/**
 * Reads through a record's data and the CONTINUE records after it as one stream, the way BIFF8
 * strings span them: characters that run on into the next record start it with a fresh flags
 * byte (bit 0: two bytes a character), so one string can change its width midway; anything else
 * (headers, rich-text runs, phonetic data) simply runs on.
 */
export class ContinuedReader {
  private readonly segments: Uint8Array[]
  private segment = 0
  private position = 0

  constructor(segments: Uint8Array[]) {
    this.segments = segments
  }

  private current(): Uint8Array {
    return this.segments[this.segment] ?? new Uint8Array(0)
  }

  /** Moves past exhausted segments; false at the very end. */
  private settle(): boolean {
    while (this.position >= this.current().length) {
      if (this.segment >= this.segments.length - 1) return false
      this.segment++
      this.position = 0
    }
    return true
  }

  atEnd(): boolean {
    return !this.settle()
  }

  u8(): number {
    if (!this.settle()) throw damaged('.xls 文件的字符串表不完整，可能已损坏')
    return this.current()[this.position++] ?? 0
  }

  u16(): number {
    return this.u8() | (this.u8() << 8)
  }

  u32(): number {
    return (this.u16() | (this.u16() << 16)) >>> 0
  }

  skip(count: number): void {
    let left = count
    while (left > 0) {
      if (!this.settle()) throw damaged('.xls 文件的字符串表不完整，可能已损坏')
      const step = Math.min(left, this.current().length - this.position)
      this.position += step
      left -= step
    }
  }

  private characters(count: number, wide: boolean): string {
    let out = ''
    let left = count
    let twoBytes = wide
    while (left > 0) {
      if (this.position >= this.current().length) {
        if (this.segment >= this.segments.length - 1) throw damaged('.xls 文件的字符串不完整，可能已损坏')
        this.segment++
        this.position = 0
        twoBytes = (this.u8() & 1) !== 0
      }
      const bytes = this.current()
      const width = twoBytes ? 2 : 1
      const take = Math.min(left, Math.floor((bytes.length - this.position) / width))
      if (take === 0) throw damaged('.xls 文件的字符串被错误地拆分，可能已损坏')
      const chunk = bytes.subarray(this.position, this.position + take * width)
      out += twoBytes ? utf16.decode(chunk) : latin1(chunk)
      this.position += take * width
      left -= take
    }
    return out
  }

  /** An XLUnicodeRichExtendedString ([MS-XLS] 2.5.293): the text, without its runs and phonetic data. */
  richString(): string {
    const count = this.u16()
    const flags = this.u8()
    const runs = (flags & 0x08) !== 0 ? this.u16() : 0
    const extended = (flags & 0x04) !== 0 ? this.u32() : 0
    const text = this.characters(count, (flags & 0x01) !== 0)
    this.skip(runs * 4 + extended)
    return text
  }

  /** A ShortXLUnicodeString (a sheet name): one-byte length. */
  shortString(): string {
    const count = this.u8()
    return this.characters(count, (this.u8() & 0x01) !== 0)
  }
}

/** The shared string table: the SST record's data and its CONTINUE records. */
export function readSst(segments: Uint8Array[]): string[] {
  const reader = new ContinuedReader(segments)
  reader.u32() // total references
  const unique = reader.u32()
  const strings: string[] = []
  while (strings.length < unique && !reader.atEnd()) strings.push(reader.richString())
  return strings
}
