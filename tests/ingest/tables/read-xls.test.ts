import { describe, expect, it } from 'vitest'
import { DEFAULT_READ_LIMITS } from '../../../src/domain/cell-table.ts'
import { readXls } from '../../../src/ingest/tables/read-xls.ts'
import { decodeRk } from '../../../src/ingest/tables/xls-records.ts'
import { BUDGET, fixture, longTable, tablesOf, workbookTables } from './xls-fixture-expectations.ts'
import {
  biffWorkbook,
  bof,
  boolErr,
  compoundFile,
  type CraftedBiffSheet,
  eof,
  formatRecord,
  formula,
  isWide,
  label,
  labelSst,
  latin1,
  le16,
  le32,
  le64f,
  mergedCells,
  mulRk,
  numberCell,
  record,
  rkCell,
  specialResult,
  stringRecord,
  utf16,
  xf,
  zeros,
  zipFiles,
} from './xls-test-files.ts'

/** An .xls file: a compound file whose Workbook stream is built from these globals and sheets. */
function xls(globals: Uint8Array[], sheets: CraftedBiffSheet[], extraStreams: Record<string, Uint8Array> = {}): Uint8Array {
  return compoundFile({ Workbook: biffWorkbook(globals, sheets), ...extraStreams })
}

/** An SST record holding `strings`, none split. */
function sst(strings: string[]): Uint8Array {
  const body = strings.flatMap((s) => {
    const wide = isWide(s)
    return [...le16(s.length), wide ? 1 : 0, ...(wide ? utf16(s) : latin1(s))]
  })
  return record(0x00fc, le32(strings.length), le32(strings.length), body)
}

/** RK numbers: an integer, an integer ×100, a double's upper 30 bits, those ×100. */
const rkInt = (n: number): number => ((n << 2) | 2) >>> 0
const rkInt100 = (n: number): number => ((n << 2) | 3) >>> 0
const rkFloat = (highWord: number): number => highWord >>> 0
const rkFloat100 = (highWord: number): number => (highWord | 1) >>> 0

const oneLabel = (text: string): Uint8Array[] => [label(0, 0, 0, text)]

describe('readXls: files made by LibreOffice', () => {
  it('reads a form saved from an HTML table: merges, a percent, an amount, a date, a line break', () => {
    expect(tablesOf(readXls(fixture('budget.xls')))).toEqual(BUDGET)
  })

  it('reads the visible, non-empty sheets of a workbook in order, skipping the hidden and the empty one', () => {
    expect(tablesOf(readXls(fixture('workbook.xls')))).toEqual(workbookTables(0.30000000000000004, ['B13', '0', 0, 'General']))
  })

  it('reads a shared string table split over CONTINUE records, strings running across them', () => {
    expect(tablesOf(readXls(fixture('long.xls')))).toEqual([longTable()])
  })
})

describe('readXls: records', () => {
  it('reads each kind of cell record as Excel shows it', () => {
    const globals = [formatRecord(164, '0.0"万元"'), xf(0), xf(9), xf(14), xf(164), xf(4), sst(['共享', '合并'])]
    const records = [
      labelSst(0, 0, 0, 0),
      label(0, 1, 0, '  标签   文本 '),
      numberCell(0, 2, 0, 0.30000000000000004),
      rkCell(1, 0, 0, rkInt(1234)),
      rkCell(1, 1, 0, rkInt100(1234)),
      rkCell(1, 2, 0, rkFloat(0x3fe00000)), // 0.5
      rkCell(1, 3, 0, rkFloat100(0x3ff40000)), // 1.25 / 100
      rkCell(1, 4, 0, rkInt(-7)),
      mulRk(2, 0, [
        [1, rkInt100(86)],
        [4, rkInt100(123450)],
        [2, rkInt(45366)],
        [3, rkFloat(0x3fe00000)],
      ]),
      formula(3, 0, 0, le64f(2.5)),
      formula(3, 1, 0, specialResult(0)),
      stringRecord('公式文本'),
      formula(3, 2, 0, specialResult(1, 1)),
      formula(3, 3, 0, specialResult(2, 0x07)),
      formula(3, 4, 0, specialResult(3)), // an empty string: no cell
      boolErr(4, 0, 0, 0, false),
      boolErr(4, 1, 0, 0x2a, true),
      labelSst(5, 0, 0, 1),
      mergedCells([[5, 6, 0, 1]]),
    ]
    expect(tablesOf(readXls(xls(globals, [{ name: '记录', records }])))).toEqual([
      {
        sheet: '记录',
        index: 1,
        rows: 7,
        cols: 5,
        cells: [
          ['A1', '共享'],
          ['B1', '标签 文本'],
          ['C1', '0.3', 0.30000000000000004, 'General'],
          ['A2', '1234', 1234, 'General'],
          ['B2', '12.34', 12.34, 'General'],
          ['C2', '0.5', 0.5, 'General'],
          ['D2', '0.0125', 0.0125, 'General'],
          ['E2', '-7', -7, 'General'],
          ['A3', '86%', 0.86, '0%'],
          ['B3', '1,234.50', 1234.5, '#,##0.00'],
          ['C3', '2024-03-15', 45366, 'yyyy/m/d'],
          ['D3', '0.5万元', 0.5, '0.0"万元"'],
          ['A4', '2.5', 2.5, 'General'],
          ['B4', '公式文本'],
          ['C4', 'TRUE'],
          ['D4', '#DIV/0!'],
          ['A5', 'FALSE'],
          ['B5', '#N/A'],
          ['A6:B7', '合并'],
        ],
      },
    ])
  })

  it('reads strings split across CONTINUE records: a flags byte at each break, even one that changes the width', () => {
    const table = [
      record(0x00fc, le32(4), le32(4), le16(6), [0x00], latin1('ABC')),
      // 'ABCDEF' goes on in two-byte characters; then a rich string with phonetic data whose runs break
      record(0x003c, [0x01], utf16('DEF'), le16(4), [0x0d], le16(2), le32(6), utf16('预算执行'), le16(0), le16(1)),
      record(0x003c, le16(2), le16(2), [1, 2, 3, 4, 5, 6]),
      // a string starting a record has no flags byte before it; the last one's characters start the next record
      record(0x003c, le16(2), [0x01], utf16('合计'), le16(2), [0x01]),
      record(0x003c, [0x01], utf16('绩效')),
    ]
    const records = [labelSst(0, 0, 0, 0), labelSst(0, 1, 0, 1), labelSst(0, 2, 0, 2), labelSst(0, 3, 0, 3)]
    expect(tablesOf(readXls(xls(table, [{ name: 'S', records }])))[0]?.cells).toEqual([
      ['A1', 'ABCDEF'],
      ['B1', '预算执行'],
      ['C1', '合计'],
      ['D1', '绩效'],
    ])
  })

  it('counts dates from 1904 when DATEMODE says so', () => {
    const file = xls([record(0x0022, le16(1)), xf(14)], [{ name: 'S', records: [rkCell(0, 0, 0, rkInt(43904))] }])
    expect(tablesOf(readXls(file))[0]?.cells).toEqual([['A1', '2024-03-15', 43904, 'yyyy/m/d']])
  })

  it('skips hidden, very hidden, chart and empty sheets, and the records of a chart inside a sheet', () => {
    const file = xls(
      [],
      [
        { name: '隐藏', records: oneLabel('h'), state: 1 },
        { name: '数据', records: [label(0, 0, 0, '前'), bof(0x0020), label(0, 5, 0, '图表里的'), eof(), label(1, 0, 0, '后')] },
        { name: '深藏', records: oneLabel('v'), state: 2 },
        { name: '图表', records: [], kind: 2 },
        { name: '空', records: [] },
        { name: '第二', records: oneLabel('2') },
      ],
    )
    expect(tablesOf(readXls(file)).map((t) => [t.sheet, t.index, t.cells])).toEqual([
      ['数据', 1, [['A1', '前'], ['A2', '后']]],
      ['第二', 2, [['A1', '2']]],
    ])
  })
})

describe('readXls: refusals', () => {
  const sheet = [{ name: 'S', records: [label(0, 0, 0, 'x')] }]
  const macro = { ok: false, reason: 'macro-enabled', detail: '含宏的工作簿不导入，请另存为不含宏的 .xlsx' }
  const encrypted = { ok: false, reason: 'encrypted', detail: '工作簿设有打开密码（已加密），无法读取；请在 Excel 中取消密码后另存为 .xlsx 再导入' }
  const old = { ok: false, reason: 'damaged', detail: '这是 Excel 95 或更早版本的 .xls 文件，无法读取；请在 Excel 中另存为 .xlsx 后再导入' }

  it.each([
    ['a FILEPASS record', xls([record(0x002f, le16(1), zeros(52))], sheet), encrypted],
    ['an encrypted .xlsx package', compoundFile({ EncryptionInfo: new Uint8Array(200), EncryptedPackage: new Uint8Array(5000) }), encrypted],
    ['a VBA project storage', xls([], sheet, { '_VBA_PROJECT_CUR/VBA/dir': new Uint8Array(16) }), macro],
    ['an OBPROJ record', xls([record(0x00d3)], sheet), macro],
    ['an Excel 4 macro sheet', xls([], [...sheet, { name: 'M', records: [], kind: 1 }]), macro],
    ['a BIFF5 workbook stream', compoundFile({ Workbook: new Uint8Array([...bof(0x0005, 0x0500), ...eof()]) }), old],
    ['a BIFF5 Book stream', compoundFile({ Book: new Uint8Array([...bof(0x0005, 0x0500), ...eof()]) }), old],
    ['a BIFF4 file', new Uint8Array([...record(0x0409, le16(0), le16(0x10)), ...record(0x000a)]), old],
  ])('refuses a workbook with %s', (_, file, result) => {
    expect(readXls(file)).toEqual(result)
  })

  it('refuses a workbook with more non-empty cells than the limit, counting across sheets', () => {
    const five = Array.from({ length: 5 }, (_, i) => numberCell(i, 0, 0, i))
    const file = xls([], [{ name: 'A', records: five }, { name: 'B', records: five }])
    expect(readXls(file, { ...DEFAULT_READ_LIMITS, maxCells: 9 })).toEqual({ ok: false, reason: 'too-large', detail: '工作簿的非空单元格超过 9 个，不予读取' })
    expect(readXls(file, { ...DEFAULT_READ_LIMITS, maxCells: 10 }).ok).toBe(true)
  })

  it.each([
    ['a Word document', compoundFile({ WordDocument: new Uint8Array(100) })],
    ['an .xlsx', fixture('budget.xlsx')],
    ['a zip', zipFiles({ 'a.txt': 'x' })],
    ['text', new TextEncoder().encode('<table><tr><td>1</td></tr></table>')],
    ['nothing', new Uint8Array(0)],
  ])('says %s is not an .xls workbook', (_, file) => {
    expect(readXls(file)).toMatchObject({ ok: false, reason: 'not-a-document' })
  })
})

describe('readXls: damaged files', () => {
  it.each([
    ['a shared string index past the table', xls([sst(['a'])], [{ name: 'S', records: [labelSst(0, 0, 0, 5)] }])],
    ['a sheet offset past the stream', compoundFile({ Workbook: new Uint8Array([...bof(0x0005), ...record(0x0085, le32(99999), [0, 0, 1, 0], latin1('S')), ...eof()]) })],
    ['a sheet without its EOF', compoundFile({ Workbook: biffWorkbook([], [{ name: 'S', records: [label(0, 0, 0, 'x')] }]).subarray(0, -4) })],
    ['a record longer than the stream', compoundFile({ Workbook: new Uint8Array([...bof(0x0005), 0x04, 0x02, 0xff, 0x00, 1, 2]) })],
    ['a stream that does not start with BOF', compoundFile({ Workbook: new Uint8Array([...eof(), ...eof()]) })],
    ['an SST cut short', xls([record(0x00fc, le32(2), le32(2), le16(10), [0], latin1('abc'))], [{ name: 'S', records: [] }])],
  ])('reports %s as damaged', (_, file) => {
    const result = readXls(file)
    expect(result).toMatchObject({ ok: false, reason: 'damaged' })
    expect(result.ok ? '' : result.detail).toMatch(/[\u4e00-\u9fff]/)
  })

  it.each([0.05, 0.25, 0.5, 0.75, 0.95])('reports the fixture cut to %s of its length as damaged', (fraction) => {
    const file = fixture('workbook.xls')
    expect(readXls(file.subarray(0, Math.floor(file.length * fraction)))).toMatchObject({ ok: false, reason: 'damaged' })
  })

  it('never throws on mangled bytes', () => {
    const file = fixture('workbook.xls')
    for (let seed = 1; seed <= 60; seed++) {
      const copy = file.slice()
      for (let k = 0; k < 8; k++) copy[512 + ((seed * 7919 * (k + 1)) % (copy.length - 512))] = (seed * 31 + k) & 0xff
      const result = readXls(copy)
      expect(typeof result.ok).toBe('boolean')
    }
  })
})

describe('decodeRk', () => {
  it.each([
    [rkInt(0), 0],
    [rkInt(1234), 1234],
    [rkInt(-7), -7],
    [rkInt(536870911), 536870911],
    [rkInt(-536870912), -536870912],
    [rkInt100(1234), 12.34],
    [rkInt100(-5), -0.05],
    [rkFloat(0x3fe00000), 0.5],
    [rkFloat(0x40934a40), 1234.5625],
    [rkFloat(0xc0000000), -2],
    [rkFloat100(0x3ff40000), 0.0125],
  ])('%s → %s', (rk, value) => {
    expect(decodeRk(rk)).toBe(value)
  })
})
