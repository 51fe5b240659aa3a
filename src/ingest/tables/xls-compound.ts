/**
 * The names of the streams and storages in an OLE compound file (.xls, .doc, and an encrypted
 * .xlsx or .docx), read from its directory alone: no stream is read, so it is cheap whatever the
 * file's size. A damaged file yields the names found before the damage.
 */

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const END_OF_CHAIN = 0xfffffffe
const MAX_REGULAR_SECTOR = 0xfffffffa

export function looksLikeCompoundFile(bytes: Uint8Array): boolean {
  return SIGNATURE.every((b, i) => bytes[i] === b)
}

export function compoundFileNames(bytes: Uint8Array): Set<string> {
  const names = new Set<string>()
  if (!looksLikeCompoundFile(bytes) || bytes.length < 512) return names
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const u32 = (at: number): number => (at + 4 <= bytes.length ? view.getUint32(at, true) : END_OF_CHAIN)
  const shift = view.getUint16(0x1e, true)
  if (shift !== 9 && shift !== 12) return names
  const size = 1 << shift
  const sectorCount = Math.floor(bytes.length / size)
  const offsetOf = (sector: number): number => (sector + 1) * size

  // the FAT's own sectors: 109 in the header, the rest in a chain of DIFAT sectors
  const fatSectors: number[] = []
  for (let i = 0; i < 109; i++) fatSectors.push(u32(0x4c + i * 4))
  let difat = u32(0x44)
  for (let steps = 0; difat <= MAX_REGULAR_SECTOR && difat < sectorCount && steps < sectorCount; steps++) {
    const at = offsetOf(difat)
    for (let i = 0; i < size / 4 - 1; i++) fatSectors.push(u32(at + i * 4))
    difat = u32(at + size - 4)
  }
  const nextSector = (sector: number): number => {
    const perSector = size / 4
    const fatSector = fatSectors[Math.floor(sector / perSector)]
    if (fatSector === undefined || fatSector > MAX_REGULAR_SECTOR || fatSector >= sectorCount) return END_OF_CHAIN
    return u32(offsetOf(fatSector) + (sector % perSector) * 4)
  }

  let sector = u32(0x30)
  for (let steps = 0; sector <= MAX_REGULAR_SECTOR && sector < sectorCount && steps < sectorCount; steps++) {
    const at = offsetOf(sector)
    for (let entry = at; entry + 128 <= Math.min(at + size, bytes.length); entry += 128) {
      const nameBytes = view.getUint16(entry + 0x40, true)
      const type = bytes[entry + 0x42]
      if (type === 0 || nameBytes < 2 || nameBytes > 64) continue
      let name = ''
      for (let i = 0; i < nameBytes / 2 - 1; i++) name += String.fromCharCode(view.getUint16(entry + i * 2, true))
      names.add(name)
    }
    sector = nextSector(sector)
  }
  return names
}

/** An encrypted .xlsx or .docx: Office keeps the encrypted package in a compound file. */
export function isEncryptedPackage(names: Set<string>): boolean {
  return names.has('EncryptionInfo') && names.has('EncryptedPackage')
}
