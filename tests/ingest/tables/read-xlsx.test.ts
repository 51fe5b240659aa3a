import { describe, expect, it } from 'vitest'
import { DEFAULT_READ_LIMITS } from '../../../src/domain/cell-table.ts'
import { readXlsx } from '../../../src/ingest/tables/read-xlsx.ts'
import { BUDGET, fixture, longTable, tablesOf, workbookTables } from './xls-fixture-expectations.ts'
import { compoundFile, makeXlsx, worksheetXml, zipFiles } from './xls-test-files.ts'

const one = (text: string): string => `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${text}</t></is></c></row></sheetData>`
const si = (text: string): string => `<si><t xml:space="preserve">${text}</t></si>`

describe('readXlsx: files made by LibreOffice', () => {
  it('reads a form saved from an HTML table: merges, a percent, an amount, a date, a line break', () => {
    expect(tablesOf(readXlsx(fixture('budget.xlsx')))).toEqual(BUDGET)
  })

  it('reads the visible, non-empty sheets of a workbook in order, skipping the hidden and the empty one', () => {
    expect(tablesOf(readXlsx(fixture('workbook.xlsx')))).toEqual(workbookTables(0.3, ['B13', '甲乙']))
  })

  it('reads a long shared string table', () => {
    expect(tablesOf(readXlsx(fixture('long.xlsx')))).toEqual([longTable()])
  })
})

describe('readXlsx: cell values', () => {
  it('reads each kind of cell as Excel shows it', () => {
    const file = makeXlsx({
      sheets: [
        {
          name: '值',
          body: `<sheetData>
            <row r="1"><c r="A1"><v>0.30000000000000004</v></c><c r="B1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>
            <row r="2"><c r="A2" t="inlineStr"><is><r><t>预算</t></r><r><t xml:space="preserve"> 执行</t></r><rPh sb="0" eb="2"><t>よさん</t></rPh></is></c>
              <c r="B2" t="str"><f>A1&amp;"元"</f><v>0.3元</v></c><c r="C2" t="b"><v>0</v></c><c r="D2" t="e"><v>#N/A</v></c></row>
            <row r="3"><c s="1"><v>0.86</v></c><c s="2"><v>1234.5</v></c><c s="3"><v>45366</v></c><c s="4"><v>0.5</v></c></row>
            <row r="5"><c r="B5" t="s"><v>2</v></c><c r="C5" s="1"/><c r="D5" t="s"><v>3</v></c></row>
          </sheetData>`,
        },
      ],
      sharedStrings: [
        '<si><r><rPr><b/></rPr><t>城市</t></r><r><t>道路</t></r><rPh sb="0" eb="2"><t>チョウ</t></rPh></si>',
        si('第一行_x000D_\n第二行'),
        si('  项目　　名称  '),
        '<si/>',
      ],
      styles: '<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0&quot;万元&quot;"/></numFmts><cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="4"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs>',
    })
    expect(tablesOf(readXlsx(file))).toEqual([
      {
        sheet: '值',
        index: 1,
        rows: 5,
        cols: 4,
        cells: [
          ['A1', '0.3', 0.30000000000000004, 'General'],
          ['B1', '城市道路'],
          ['C1', '第一行\n第二行'],
          ['A2', '预算 执行'],
          ['B2', '0.3元'],
          ['C2', 'FALSE'],
          ['D2', '#N/A'],
          ['A3', '86%', 0.86, '0%'],
          ['B3', '1,234.50', 1234.5, '#,##0.00'],
          ['C3', '2024-03-15', 45366, 'yyyy/m/d'],
          ['D3', '0.5万元', 0.5, '0.0"万元"'],
          ['B5', '项目 名称'],
        ],
      },
    ])
  })

  it('counts dates from 1904 when the workbook says so', () => {
    const file = makeXlsx({
      workbookPr: 'date1904="1"',
      sheets: [{ name: 'S', body: '<sheetData><row r="1"><c r="A1" s="1"><v>43904</v></c></row></sheetData>' }],
      styles: '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>',
    })
    expect(tablesOf(readXlsx(file))[0]?.cells).toEqual([['A1', '2024-03-15', 43904, 'yyyy/m/d']])
  })

  it('reads elements with a namespace prefix', () => {
    const sheet = `<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="2"><x:c r="C2" t="inlineStr"><x:is><x:t>前缀</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`
    const file = makeXlsx({ sheets: [{ name: 'S', body: '' }], files: { 'xl/worksheets/sheet1.xml': sheet } })
    expect(tablesOf(readXlsx(file))[0]).toEqual({ sheet: 'S', index: 1, rows: 2, cols: 3, cells: [['C2', '前缀']] })
  })
})

describe('readXlsx: merged cells', () => {
  it('puts spans on the top-left cell, drops values a merge hides and keeps empty anchors inside the table', () => {
    const file = makeXlsx({
      sheets: [
        {
          name: 'S',
          body: `<sheetData>
            <row r="1"><c r="A1" t="inlineStr"><is><t>标题</t></is></c><c r="B1" t="inlineStr"><is><t>藏在合并区域下</t></is></c></row>
            <row r="2"><c r="C2" t="inlineStr"><is><t>值</t></is></c></row>
            <row r="3"><c r="A3" t="inlineStr"><is><t>备注</t></is></c></row>
          </sheetData>
          <mergeCells count="4"><mergeCell ref="A1:C1"/><mergeCell ref="A2:B2"/><mergeCell ref="A3:D5"/><mergeCell ref="F9:G9"/></mergeCells>`,
        },
      ],
    })
    // A3:D5 starts with a value, so the table reaches its end; F9:G9 starts outside the table.
    expect(tablesOf(readXlsx(file))).toEqual([
      {
        sheet: 'S',
        index: 1,
        rows: 5,
        cols: 4,
        cells: [
          ['A1:C1', '标题'],
          ['A2:B2', ''],
          ['C2', '值'],
          ['A3:D5', '备注'],
        ],
      },
    ])
  })

  it('does not let a crafted merge over the whole sheet blow up the table', () => {
    const file = makeXlsx({
      sheets: [{ name: 'S', body: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row></sheetData><mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>' }],
    })
    expect(tablesOf(readXlsx(file))).toEqual([{ sheet: 'S', index: 1, rows: 1, cols: 1, cells: [['A1', 'x']] }])
  })
})

describe('readXlsx: sheets', () => {
  it('skips hidden, very hidden, empty and chart sheets, numbering the tables it keeps', () => {
    const file = makeXlsx({
      sheets: [
        { name: '隐藏', body: one('h'), state: 'hidden' },
        { name: '第一', body: one('1') },
        { name: '深藏', body: one('v'), state: 'veryHidden' },
        { name: '空', body: '<dimension ref="A1:Z1048576"/><sheetData><row r="1"><c r="A1" s="1"/></row><row r="2"/></sheetData>' },
        { name: '第二', body: one('2') },
      ],
    })
    expect(tablesOf(readXlsx(file)).map((t) => [t.sheet, t.index, t.cells])).toEqual([
      ['第一', 1, [['A1', '1']]],
      ['第二', 2, [['A1', '2']]],
    ])
  })

  it('reads a sheet of a million empty rows without allocating for them', () => {
    const rows = ['<row r="1"><c r="B2"><v>7</v></c></row>']
    for (let r = 3; r <= 1_000_002; r++) rows.push(r % 2 === 0 ? `<row r="${r}"/>` : `<row r="${r}"><c r="A${r}" s="1"/></row>`)
    const body = `<dimension ref="A1:Z1048576"/><sheetData>${rows.join('')}</sheetData>`
    const file = makeXlsx({ sheets: [{ name: 'S', body }], level: 1 })
    expect(tablesOf(readXlsx(file))).toEqual([{ sheet: 'S', index: 1, rows: 2, cols: 2, cells: [['B2', '7', 7, 'General']] }])
  }, 60_000) // building and zipping 30 MB of XML on a busy machine, not the read, needs the time

  it('refuses a sheet whose grid, from A1 to its last value, passes the cell limit', () => {
    const body = '<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>2</v></c></row></sheetData>'
    expect(readXlsx(makeXlsx({ sheets: [{ name: '远处', body }] }))).toEqual({
      ok: false,
      reason: 'too-large',
      detail: '工作表“远处”的区域有 1048576 行 × 16384 列，超过 1000000 个单元格，不予读取',
    })
    const near = '<sheetData><row r="1000"><c r="J1000"><v>2</v></c></row></sheetData>'
    expect(readXlsx(makeXlsx({ sheets: [{ name: 'S', body: near }] }), { ...DEFAULT_READ_LIMITS, maxCells: 10_000 }).ok).toBe(true)
    expect(readXlsx(makeXlsx({ sheets: [{ name: 'S', body: near }] }), { ...DEFAULT_READ_LIMITS, maxCells: 9_999 })).toMatchObject({ ok: false, reason: 'too-large' })
  })
})

describe('readXlsx: refusals', () => {
  it('refuses a workbook with more non-empty cells than the limit', () => {
    const cells = Array.from({ length: 11 }, (_, i) => `<c r="A${i + 1}"><v>${i}</v></c>`).join('')
    const file = makeXlsx({ sheets: [{ name: 'S', body: `<sheetData><row>${cells}</row></sheetData>` }] })
    expect(readXlsx(file, { ...DEFAULT_READ_LIMITS, maxCells: 10 })).toEqual({ ok: false, reason: 'too-large', detail: '工作簿的非空单元格超过 10 个，不予读取' })
    expect(readXlsx(file, { ...DEFAULT_READ_LIMITS, maxCells: 11 }).ok).toBe(true)
  })

  it('counts cells across all the sheets', () => {
    const five = `<sheetData><row>${Array.from({ length: 5 }, (_, i) => `<c r="A${i + 1}"><v>1</v></c>`).join('')}</row></sheetData>`
    const file = makeXlsx({ sheets: [{ name: 'A', body: five }, { name: 'B', body: five }] })
    expect(readXlsx(file, { ...DEFAULT_READ_LIMITS, maxCells: 9 })).toMatchObject({ ok: false, reason: 'too-large' })
  })

  it('refuses a zip that inflates past the limit (a zip bomb)', () => {
    const padding = `<sheetData/>${' '.repeat(4 * 1024 * 1024)}`
    const file = makeXlsx({ sheets: [{ name: 'S', body: padding }] })
    expect(file.length).toBeLessThan(64 * 1024)
    expect(readXlsx(file, { ...DEFAULT_READ_LIMITS, maxInflatedBytes: 1024 * 1024 })).toMatchObject({ ok: false, reason: 'too-large' })
  })

  it('refuses a workbook with a VBA project (.xlsm), and one whose content types declare macros', () => {
    const sheets = [{ name: 'S', body: '<sheetData/>' }]
    const withVba = makeXlsx({ sheets, files: { 'xl/vbaProject.bin': new Uint8Array([1, 2, 3]) } })
    const declared = makeXlsx({
      sheets,
      contentTypes:
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/></Types>',
    })
    const refusal = { ok: false, reason: 'macro-enabled', detail: '含宏的工作簿不导入，请另存为不含宏的 .xlsx' }
    expect(readXlsx(withVba)).toEqual(refusal)
    expect(readXlsx(declared)).toEqual(refusal)
  })

  it('refuses an encrypted workbook (a compound file with EncryptionInfo and EncryptedPackage)', () => {
    const file = compoundFile({ EncryptionInfo: new Uint8Array(200), EncryptedPackage: new Uint8Array(5000) })
    expect(readXlsx(file)).toEqual({ ok: false, reason: 'encrypted', detail: '工作簿设有打开密码（已加密），无法读取；请在 Excel 中取消密码后另存为 .xlsx 再导入' })
  })

  it.each([
    ['an .xls file', fixture('budget.xls'), 'not-a-document'],
    ['plain text', new TextEncoder().encode('项目名称,预算\n道路,100\n'), 'not-a-document'],
    ['nothing', new Uint8Array(0), 'not-a-document'],
    ['a zip without a workbook', zipFiles({ 'a.txt': 'hello' }), 'damaged'],
    ['an .xlsb', zipFiles({ 'xl/workbook.bin': new Uint8Array(10) }), 'not-a-document'],
  ])('refuses %s', (_, file, reason) => {
    expect(readXlsx(file)).toMatchObject({ ok: false, reason })
  })
})

describe('readXlsx: damaged files', () => {
  const cell = '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>'

  it.each([
    ['a sheet that is not well-formed', makeXlsx({ sheets: [{ name: 'S', body: '<sheetData><row r="1"><c r="A1"><v>1</v></row></sheetData>' }] })],
    ['a sheet cut off midway', makeXlsx({ sheets: [{ name: 'S', body: '' }], files: { 'xl/worksheets/sheet1.xml': worksheetXml('<sheetData><row r="1">').slice(0, -12) } })],
    ['a sheet with a DOCTYPE', makeXlsx({ sheets: [{ name: 'S', body: '' }], files: { 'xl/worksheets/sheet1.xml': '<!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet/>' } })],
    ['a workbook.xml that is not XML', makeXlsx({ sheets: [{ name: 'S', body: cell }], sharedStrings: [si('x')], files: { 'xl/workbook.xml': '<workbook><sheets>' } })],
    ['a missing sheet part', makeXlsx({ sheets: [{ name: 'S', body: cell }], sharedStrings: [si('x')], files: { 'xl/worksheets/sheet1.xml': undefined } })],
    ['a missing workbook part', makeXlsx({ sheets: [{ name: 'S', body: cell }], files: { 'xl/workbook.xml': undefined } })],
    ['a shared string index past the table', makeXlsx({ sheets: [{ name: 'S', body: cell }], sharedStrings: [] })],
    ['a number cell that is not a number', makeXlsx({ sheets: [{ name: 'S', body: '<sheetData><row r="1"><c r="A1"><v>abc</v></c></row></sheetData>' }] })],
    ['a cell address that is not one', makeXlsx({ sheets: [{ name: 'S', body: '<sheetData><row r="1"><c r="1A"><v>1</v></c></row></sheetData>' }] })],
    ['a row past the last row', makeXlsx({ sheets: [{ name: 'S', body: '<sheetData><row r="1"><c r="A1048577"><v>1</v></c></row></sheetData>' }] })],
  ])('reports %s as damaged', (_, file) => {
    const result = readXlsx(file)
    expect(result).toMatchObject({ ok: false, reason: 'damaged' })
    expect(result.ok ? '' : result.detail).toMatch(/[\u4e00-\u9fff]/)
  })

  it.each([0.05, 0.25, 0.5, 0.75])('reports the fixture cut to %s of its length as damaged', (fraction) => {
    const file = fixture('workbook.xlsx')
    expect(readXlsx(file.subarray(0, Math.floor(file.length * fraction)))).toMatchObject({ ok: false, reason: 'damaged' })
  })

  it('never throws on mangled bytes', () => {
    const file = fixture('workbook.xlsx')
    for (let seed = 1; seed <= 60; seed++) {
      const copy = file.slice()
      for (let k = 0; k < 8; k++) copy[(seed * 7919 * (k + 1)) % copy.length] = (seed * 31 + k) & 0xff
      const result = readXlsx(copy)
      expect(typeof result.ok).toBe('boolean')
    }
  })
})
