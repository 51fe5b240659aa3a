import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate'
import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readDocx } from '../../../src/ingest/tables/read-docx.ts'
import { fixture, gridProblems, outline, partsOf, table, text, type CellRow } from './docx-html-support.ts'

const NAMESPACES = [
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"',
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"',
  'xmlns:v="urn:schemas-microsoft-com:vml"',
].join(' ')

function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${NAMESPACES}><w:body>${body}<w:sectPr/></w:body></w:document>`
}

/** A minimal .docx whose body is `body`, with any `extra` entries. */
function docx(body: string, extra: Zippable = {}): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': strToU8(documentXml(body)),
    ...extra,
  })
}

const p = (runs: string) => `<w:p>${runs}</w:p>`
const r = (value: string) => `<w:r><w:t xml:space="preserve">${value}</w:t></w:r>`
const tc = (content: string, properties = '') => `<w:tc>${properties === '' ? '' : `<w:tcPr>${properties}</w:tcPr>`}${content}</w:tc>`
const cell = (value: string, properties = '') => tc(p(r(value)), properties)
const tbl = (gridCols: number, rows: string) => `<w:tbl><w:tblPr/><w:tblGrid>${'<w:gridCol w:w="1000"/>'.repeat(gridCols)}</w:tblGrid>${rows}</w:tbl>`
/** An OLE compound file whose directory names `stream` (UTF-16LE, as OLE writes names). */
function ole(stream: string): Uint8Array {
  const bytes = new Uint8Array(2048)
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
  Array.from(stream).forEach((c, i) => bytes.set([c.charCodeAt(0), 0], 1024 + 2 * i))
  return bytes
}

const tr = (cells: string, properties = '') => `<w:tr>${properties === '' ? '' : `<w:trPr>${properties}</w:trPr>`}${cells}</w:tr>`

describe('readDocx on a Word file LibreOffice wrote (forms.docx, from forms.html)', () => {
  it('reads the paragraphs and both forms in order, the nested table right after the form holding it', () => {
    expect(partsOf(readDocx(fixture('forms.docx')))).toEqual([
      text('附件2'),
      text('项目支出绩效自评表'),
      text('（2021年度）'),
      table(1, 6, 6, [
        [0, 0, 1, 1, '项目名称'],
        [0, 1, 1, 5, '城乡供水一体化工程'],
        [1, 0, 1, 1, '主管部门'],
        [1, 1, 1, 2, '池州市贵池区水利局'],
        [1, 3, 1, 1, '实施单位'],
        [1, 4, 1, 2, '219-池州市贵池区棠溪镇人民政府'],
        [2, 0, 3, 1, '项目资金\n（万元）'],
        [2, 1, 1, 1, ''],
        [2, 2, 1, 1, '年初预算数'],
        [2, 3, 1, 1, '全年预算数'],
        [2, 4, 1, 1, '全年执行数'],
        [2, 5, 1, 1, '执行率'],
        [3, 1, 1, 1, '年度资金总额'],
        [3, 2, 1, 1, '80'],
        [3, 3, 1, 1, '100'],
        [3, 4, 1, 1, '95.5'],
        [3, 5, 1, 1, '95.5%'],
        [4, 1, 1, 1, '其中：当年财政拨款'],
        [4, 2, 1, 1, '80'],
        [4, 3, 1, 1, '100'],
        [4, 4, 1, 1, '95.5'],
        [4, 5, 1, 1, '—'],
        [5, 0, 1, 4, '总分'],
        [5, 4, 1, 1, '100'],
        [5, 5, 1, 1, '96'],
      ]),
      text('填报人：张三 联系电话：0566-1234567'),
      text('项目支出绩效自评表'),
      text('（2021年度）'),
      table(2, 4, 4, [
        [0, 0, 1, 1, '项目名称'],
        [0, 1, 1, 3, '农村饮水安全巩固提升'],
        [1, 0, 2, 1, '年度总体目标'],
        [1, 1, 1, 1, '预期目标'],
        [1, 2, 1, 2, '实际完成情况'],
        [2, 1, 1, 1, '完成3处供水工程改造；\n受益人口1.2万人。'],
        [2, 2, 1, 2, '已完成改造，明细如下：\n合计8000人。'],
        [3, 0, 1, 2, '总分'],
        [3, 2, 1, 1, '100'],
        [3, 3, 1, 1, '94'],
      ]),
      table(3, 3, 2, [
        [0, 0, 1, 1, '工程'],
        [0, 1, 1, 1, '受益人口（人）'],
        [1, 0, 1, 1, '棠溪村'],
        [1, 1, 1, 1, '4200'],
        [2, 0, 1, 1, '石门村'],
        [2, 1, 1, 1, '3800'],
      ]),
      text('说明：本表金额单位为万元。'),
    ])
  })
})

describe('readDocx: the text of a paragraph', () => {
  const textbox =
    '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>' +
    p(r('文本框')) +
    '</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>' +
    p(r('文本框')) +
    '</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
  it.each([
    ['runs joined', r('项目') + r('名称'), ['项目名称']],
    ['w:tab as a space', '<w:r><w:t>得分</w:t><w:tab/><w:t>96</w:t></w:r>', ['得分 96']],
    ['w:br as a new line', '<w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t></w:r>', ['第一行\n第二行']],
    ['w:cr as a new line', '<w:r><w:t>a</w:t><w:cr/><w:t>b</w:t></w:r>', ['a\nb']],
    ['a page break as a new line, empty lines dropped', '<w:r><w:t>a</w:t><w:br w:type="page"/><w:br/><w:t>b</w:t></w:r>', ['a\nb']],
    ['whitespace folded and trimmed', r('  总分 \t  100  '), ['总分 100']],
    ['full-width spaces folded', r('绩\u3000\u3000效'), ['绩 效']],
    ['no-break hyphen', '<w:r><w:t>0566</w:t><w:noBreakHyphen/><w:t>1234567</w:t></w:r>', ['0566-1234567']],
    ['deleted text dropped, inserted text kept', `<w:del w:id="1" w:author="a"><w:r><w:delText>98</w:delText></w:r></w:del><w:ins w:id="2" w:author="a">${r('96')}</w:ins>`, ['96']],
    ['moved-from text dropped, moved-to text kept', `<w:moveFrom w:id="1">${r('旧')}</w:moveFrom><w:moveTo w:id="2">${r('新')}</w:moveTo>`, ['新']],
    [
      'field codes dropped, field results kept',
      `${r('第')}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r('3')}<w:r><w:fldChar w:fldCharType="end"/></w:r>${r('页')}`,
      ['第3页'],
    ],
    ['simple field results kept', `<w:fldSimple w:instr=" DATE ">${r('2022年2月3日')}</w:fldSimple>`, ['2022年2月3日']],
    ['content controls kept, their properties not', `<w:sdt><w:sdtPr><w:alias w:val="年度"/><w:placeholder><w:docPart w:val="x"/></w:placeholder></w:sdtPr><w:sdtContent>${r('2022')}</w:sdtContent></w:sdt>${r('年度')}`, ['2022年度']],
    ['smart tags and hyperlinks kept', `<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="chsdate">${r('2022')}</w:smartTag><w:hyperlink r:id="rId9" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${r('年')}</w:hyperlink>`, ['2022年']],
    ['text boxes ignored', r('正文') + textbox, ['正文']],
    ['a paragraph holding only a text box is no part', textbox, []],
    ['hidden text dropped', `${r('可见')}<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:r><w:rPr><w:vanish w:val="false"/></w:rPr><w:t>也可见</w:t></w:r>`, ['可见也可见']],
    ['ruby: the base text only', '<w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>jì</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>绩</w:t></w:r></w:rubyBase></w:ruby></w:r>', ['绩']],
    ['an empty paragraph is no part', '<w:pPr><w:jc w:val="center"/></w:pPr>', []],
    ['a paragraph of spaces and breaks is no part', '<w:r><w:t xml:space="preserve">   </w:t><w:br/><w:tab/></w:r>', []],
  ])('%s', (_label, runs, expected) => {
    expect(outline(readDocx(docx(p(runs))))).toEqual(expected)
  })

  it('reads paragraphs and tables inside block-level content controls and custom XML', () => {
    const body = `<w:sdt><w:sdtPr/><w:sdtContent>${p(r('控件里的段落'))}${tbl(1, tr(cell('控件里的表格')))}</w:sdtContent></w:sdt><w:customXml w:element="x">${p(r('自定义XML'))}</w:customXml>`
    expect(partsOf(readDocx(docx(body)))).toEqual([text('控件里的段落'), table(1, 1, 1, [[0, 0, 1, 1, '控件里的表格']]), text('自定义XML')])
  })
})

describe('readDocx: the grid of a table', () => {
  it.each<[string, string, number, number, CellRow[]]>([
    [
      'w:gridBefore shifts a row, w:gridAfter pads it',
      tbl(4, tr(cell('a') + cell('b'), '<w:gridBefore w:val="1"/><w:gridAfter w:val="1"/>') + tr(cell('c') + cell('d') + cell('e') + cell('f'))),
      2,
      4,
      [
        [0, 1, 1, 1, 'a'],
        [0, 2, 1, 1, 'b'],
        [1, 0, 1, 1, 'c'],
        [1, 1, 1, 1, 'd'],
        [1, 2, 1, 1, 'e'],
        [1, 3, 1, 1, 'f'],
      ],
    ],
    [
      'w:gridSpan is the colSpan',
      tbl(3, tr(cell('项目名称') + cell('名称', '<w:gridSpan w:val="2"/>')) + tr(cell('a') + cell('b') + cell('c'))),
      2,
      3,
      [
        [0, 0, 1, 1, '项目名称'],
        [0, 1, 1, 2, '名称'],
        [1, 0, 1, 1, 'a'],
        [1, 1, 1, 1, 'b'],
        [1, 2, 1, 1, 'c'],
      ],
    ],
    [
      'w:vMerge restart then continue over 3 rows is one cell; the text of continued cells is not read',
      tbl(
        2,
        tr(cell('一级指标', '<w:vMerge w:val="restart"/>') + cell('数量')) +
          tr(cell('不读', '<w:vMerge/>') + cell('质量')) +
          tr(cell('', '<w:vMerge w:val="continue"/>') + cell('时效')) +
          tr(cell('效益') + cell('社会')),
      ),
      4,
      2,
      [
        [0, 0, 3, 1, '一级指标'],
        [0, 1, 1, 1, '数量'],
        [1, 1, 1, 1, '质量'],
        [2, 1, 1, 1, '时效'],
        [3, 0, 1, 1, '效益'],
        [3, 1, 1, 1, '社会'],
      ],
    ],
    [
      'a merge spanning columns merges down with its w:gridSpan',
      tbl(3, tr(cell('资金', '<w:gridSpan w:val="2"/><w:vMerge w:val="restart"/>') + cell('x')) + tr(cell('', '<w:gridSpan w:val="2"/><w:vMerge/>') + cell('y'))),
      2,
      3,
      [
        [0, 0, 2, 2, '资金'],
        [0, 2, 1, 1, 'x'],
        [1, 2, 1, 1, 'y'],
      ],
    ],
    [
      'a continue with nothing to continue (first row, or after a plain cell) starts its own cell',
      tbl(1, tr(cell('a', '<w:vMerge/>')) + tr(cell('b', '<w:vMerge/>')) + tr(cell('c')) + tr(cell('d', '<w:vMerge/>'))),
      4,
      1,
      [
        [0, 0, 2, 1, 'a'],
        [2, 0, 1, 1, 'c'],
        [3, 0, 1, 1, 'd'],
      ],
    ],
    [
      'a continue not covering the same columns as the cell above starts its own cell',
      tbl(3, tr(cell('宽', '<w:gridSpan w:val="2"/><w:vMerge w:val="restart"/>') + cell('x')) + tr(cell('窄', '<w:vMerge/>') + cell('y') + cell('z'))),
      2,
      3,
      [
        [0, 0, 1, 2, '宽'],
        [0, 2, 1, 1, 'x'],
        [1, 0, 1, 1, '窄'],
        [1, 1, 1, 1, 'y'],
        [1, 2, 1, 1, 'z'],
      ],
    ],
    [
      'the legacy w:hMerge widens the cell it continues',
      tbl(3, tr(cell('合并', '<w:hMerge w:val="restart"/>') + cell('', '<w:hMerge/>') + cell('z'))),
      1,
      3,
      [
        [0, 0, 1, 2, '合并'],
        [0, 2, 1, 1, 'z'],
      ],
    ],
    [
      'a row wider than w:tblGrid widens the table',
      tbl(1, tr(cell('a') + cell('b') + cell('c'))),
      1,
      3,
      [
        [0, 0, 1, 1, 'a'],
        [0, 1, 1, 1, 'b'],
        [0, 2, 1, 1, 'c'],
      ],
    ],
    [
      'a row deleted with tracked changes is left out',
      tbl(1, tr(cell('留')) + tr(cell('删'), '<w:del w:id="1" w:author="a"/>') + tr(cell('也留'))),
      2,
      1,
      [
        [0, 0, 1, 1, '留'],
        [1, 0, 1, 1, '也留'],
      ],
    ],
    [
      'rows and cells inside content controls are read',
      tbl(2, `<w:sdt><w:sdtContent>${tr(`<w:sdt><w:sdtContent>${cell('a')}</w:sdtContent></w:sdt>${cell('b')}`)}</w:sdtContent></w:sdt>`),
      1,
      2,
      [
        [0, 0, 1, 1, 'a'],
        [0, 1, 1, 1, 'b'],
      ],
    ],
    [
      'a cell: paragraphs as lines, empty paragraphs dropped, an empty cell is a cell with no text',
      tbl(2, tr(tc(p(r('  第一段 ')) + p('') + p(r('第二段'))) + tc(p('')))),
      1,
      2,
      [
        [0, 0, 1, 1, '第一段\n第二段'],
        [0, 1, 1, 1, ''],
      ],
    ],
  ])('%s', (_label, xml, rows, cols, cells) => {
    expect(partsOf(readDocx(docx(xml)))).toEqual([table(1, rows, cols, cells)])
  })

  it('puts each nested table right after the table holding it, depth first, and keeps its text out of the cell', () => {
    const inner = tbl(1, tr(cell('孙表')))
    const nested1 = tbl(1, tr(tc(p(r('子表一')) + inner)))
    const nested2 = tbl(1, tr(cell('子表二')))
    const outer = tbl(2, tr(tc(p(r('前')) + nested1 + p(r('后'))) + tc(nested2)))
    expect(partsOf(readDocx(docx(p(r('开头')) + outer + p(r('结尾')))))).toEqual([
      text('开头'),
      table(1, 1, 2, [
        [0, 0, 1, 1, '前\n后'],
        [0, 1, 1, 1, ''],
      ]),
      table(2, 1, 1, [[0, 0, 1, 1, '子表一']]),
      table(3, 1, 1, [[0, 0, 1, 1, '孙表']]),
      table(4, 1, 1, [[0, 0, 1, 1, '子表二']]),
      text('结尾'),
    ])
  })
})

describe('readDocx: files it refuses', () => {
  const formsDocx = fixture('forms.docx')

  it.each([
    ['text that is not a zip', strToU8('项目支出绩效自评表'), 'damaged'],
    ['an empty file', new Uint8Array(0), 'damaged'],
    ['a Word 97–2003 file', ole('WordDocument'), 'word-97'],
    ['a password-protected .docx (an OLE file holding EncryptedPackage)', ole('EncryptedPackage'), 'encrypted'],
    ['an OLE file of something else', ole('Workbook'), 'damaged'],
    ['a truncated zip', formsDocx.slice(0, Math.floor(formsDocx.length / 2)), 'damaged'],
    ['a zip without word/document.xml', zipSync({ 'word/styles.xml': strToU8('<w:styles/>') }), 'damaged'],
    ['word/document.xml that is not XML', zipSync({ 'word/document.xml': strToU8('not xml at all') }), 'damaged'],
    ['word/document.xml cut short', zipSync({ 'word/document.xml': strToU8(documentXml(p(r('a'))).slice(0, 200)) }), 'damaged'],
    ['word/document.xml without a body', zipSync({ 'word/document.xml': strToU8(`<w:document ${NAMESPACES}/>`) }), 'damaged'],
    ['a macro-enabled .docm', docx(p(r('a')), { 'word/vbaProject.bin': new Uint8Array([1, 2, 3]) }), 'macro-enabled'],
  ])('%s → %s', (_label, bytes, reason) => {
    const result = readDocx(bytes)
    expect(result.ok ? 'ok' : result.reason).toBe(reason)
  })

  it('refuses a zip bomb once more than maxInflatedBytes have come out', () => {
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(4 * 1024 * 1024).fill(0x20) }, { level: 1 })
    expect(bomb.length).toBeLessThan(64 * 1024)
    expect(readDocx(bomb, { maxInflatedBytes: 1024 * 1024, maxCells: 1000 })).toEqual({
      ok: false,
      reason: 'too-large',
      detail: '压缩包解压后超过 1 MB，不予读取（可能是压缩炸弹）',
    })
  })

  it('refuses more cells than maxCells, counting every table of the file', () => {
    // forms.docx holds 25 + 10 + 6 cells.
    expect(readDocx(formsDocx, { maxInflatedBytes: 1024 * 1024, maxCells: 41 }).ok).toBe(true)
    expect(readDocx(formsDocx, { maxInflatedBytes: 1024 * 1024, maxCells: 40 })).toEqual({
      ok: false,
      reason: 'too-large',
      detail: 'Word 文件的表格超过 40 个单元格，不予读取',
    })
  })

  it('refuses a table whose grid is larger than maxCells even with few cells', () => {
    const wide = tbl(1, tr(cell('宽', '<w:gridSpan w:val="999999"/>')) + tr(cell('a')) + tr(cell('b')))
    expect(readDocx(docx(wide), { maxInflatedBytes: 1024 * 1024, maxCells: 2000 })).toEqual({
      ok: false,
      reason: 'too-large',
      detail: 'Word 文件的表格（3 行 × 1000 列）超过 2000 个格位，不予读取',
    })
  })

  it('reads tables nested thousands deep without running out of stack', () => {
    const depth = 10_000
    const nested = '<w:tbl><w:tr><w:tc>'.repeat(depth) + p(r('x')) + '</w:tc></w:tr></w:tbl>'.repeat(depth)
    const parts = partsOf(readDocx(docx(nested)))
    expect(parts.length).toBe(depth)
    expect(parts[0]).toEqual(table(1, 1, 1, [[0, 0, 1, 1, '']]))
    expect(parts.at(-1)).toEqual(table(depth, 1, 1, [[0, 0, 1, 1, 'x']]))
  })
})

describe('readDocx on any input', () => {
  const cellKinds = ['', '<w:gridSpan w:val="2"/>', '<w:gridSpan w:val="3"/>', '<w:vMerge w:val="restart"/>', '<w:vMerge/>', '<w:hMerge w:val="restart"/>', '<w:hMerge/>', '<w:gridSpan w:val="2"/><w:vMerge/>']
  const rowKinds = ['', '<w:gridBefore w:val="1"/>', '<w:gridAfter w:val="2"/>', '<w:del w:id="1" w:author="a"/>']

  it('reads any mix of merges into tables whose cells tile their grid', () => {
    const rowsArbitrary = fc.array(fc.tuple(fc.constantFrom(...rowKinds), fc.array(fc.constantFrom(...cellKinds), { minLength: 1, maxLength: 5 })), { minLength: 1, maxLength: 6 })
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4 }), rowsArbitrary, (gridCols, rows) => {
        const xml = tbl(gridCols, rows.map(([rowKind, cells]) => tr(cells.map((kind, i) => cell(String(i), kind)).join(''), rowKind)).join(''))
        expect(gridProblems(partsOf(readDocx(docx(xml))))).toEqual([])
      }),
      { seed: 20240915, numRuns: 200 },
    )
  })

  it('never throws on mangled bytes or mangled XML', () => {
    const bytes = fixture('forms.docx')
    const xml = strFromU8(unzipSync(bytes)['word/document.xml'] ?? new Uint8Array())
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), (edits) => {
        const copy = bytes.slice()
        for (const [at, value] of edits) copy[at] = value
        expect(typeof readDocx(copy).ok).toBe('boolean')
      }),
      { seed: 7, numRuns: 80 },
    )
    fc.assert(
      fc.property(fc.nat({ max: xml.length }), fc.nat({ max: xml.length }), fc.constantFrom('', '<', '>', '</w:tc>', '<w:tbl>', '"', '&', '<!--', '<w:p>'), (from, to, insert) => {
        const mangled = xml.slice(0, Math.min(from, to)) + insert + xml.slice(Math.max(from, to))
        const result = readDocx(zipSync({ 'word/document.xml': strToU8(mangled) }))
        expect(result.ok || result.reason === 'damaged').toBe(true)
      }),
      { seed: 11, numRuns: 150 },
    )
  })
})
