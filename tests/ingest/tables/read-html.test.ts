import { strToU8, zipSync } from 'fflate'
import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { TableDocument, TableReadResult } from '../../../src/domain/cell-table.ts'
import { readHtml } from '../../../src/ingest/tables/read-html.ts'
import { fixture, gridProblems, outline, partsOf, table, text, type CellRow } from './docx-html-support.ts'

const page = (body: string, head = '') => strToU8(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`)
const hex = (h: string) => Uint8Array.from(h.match(/../g) ?? [], (b) => Number.parseInt(b, 16))
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((part) => [...part]))
const form = (name: string) => `<table border=1><tr><td>项目名称</td><td>${name}</td></tr></table>`

/** The whole document of a read that must have succeeded: its title as well as its parts. */
function documentOf(result: TableReadResult): TableDocument {
  if (!result.ok) throw new Error(`expected a document, got ${result.reason}: ${result.detail}`)
  return result.document
}

function utf16(value: string, littleEndian: boolean): Uint8Array {
  const view = new DataView(new ArrayBuffer(value.length * 2))
  for (let i = 0; i < value.length; i++) view.setUint16(i * 2, value.charCodeAt(i), littleEndian)
  return new Uint8Array(view.buffer)
}

describe('readHtml on a saved government CMS page (cms-page.html)', () => {
  it("reads the <title> as the document's title, the page chrome as text, and the Word-pasted form inside the layout table as a table", () => {
    expect(documentOf(readHtml(fixture('cms-page.html')))).toStrictEqual({
      title: '天长市水利局2022年度项目支出绩效自评表_天长市人民政府',
      parts: [
        text('首页'),
        text('政务公开'),
        text('政务服务'),
        text('互动交流'),
        text('搜索'),
        text('信息公开目录'),
        text('部门预决算'),
        text('财政资金'),
        text('当前位置：首页 > 政务公开 > 财政资金 > 部门决算'),
        text('天长市水利局2022年度项目支出绩效自评表'),
        text('发布时间：2023-09-15 10:32 来源：天长市水利局 点击数：326 字体：[大 中 小]'),
        text('根据《天长市财政局关于开展2022年度预算绩效自评工作的通知》要求，现将我局2022年度项目支出绩效自评情况公开如下：'),
        text('附件1'),
        text('项目支出绩效自评表'),
        text('（2022年度）'),
        table(1, 14, 9, [
          [0, 0, 1, 1, '项目名称'],
          [0, 1, 1, 8, '天长市农村饮水安全工程维修养护'],
          [1, 0, 1, 1, '主管部门'],
          [1, 1, 1, 4, ''],
          [1, 5, 1, 1, '实施单位'],
          [1, 6, 1, 3, '天长市农村饮水安全管理站'],
          [2, 0, 4, 1, '项目资金\n（万元）'],
          [2, 1, 1, 2, ''],
          [2, 3, 1, 1, '年初预算数'],
          [2, 4, 1, 1, '全年预算数'],
          [2, 5, 1, 1, '全年执行数'],
          [2, 6, 1, 1, '分值'],
          [2, 7, 1, 1, '执行率'],
          [2, 8, 1, 1, '得分'],
          [3, 1, 1, 2, '年度资金总额'],
          [3, 3, 1, 1, '120.00'],
          [3, 4, 1, 1, '150.00'],
          [3, 5, 1, 1, '138.60'],
          [3, 6, 1, 1, '10'],
          [3, 7, 1, 1, '92.40%'],
          [3, 8, 1, 1, '9.24'],
          [4, 1, 1, 2, '其中：当年财政拨款'],
          [4, 3, 1, 1, '120.00'],
          [4, 4, 1, 1, '150.00'],
          [4, 5, 1, 1, '138.60'],
          [4, 6, 1, 1, '—'],
          [4, 7, 1, 1, '—'],
          [4, 8, 1, 1, '—'],
          [5, 1, 1, 2, '上年结转资金'],
          [5, 3, 1, 1, ''],
          [5, 4, 1, 1, ''],
          [5, 5, 1, 1, ''],
          [5, 6, 1, 1, '—'],
          [5, 7, 1, 1, '—'],
          [5, 8, 1, 1, '—'],
          [6, 0, 2, 1, '年度总体目标'],
          [6, 1, 1, 4, '预期目标'],
          [6, 5, 1, 4, '实际完成情况'],
          [7, 1, 1, 4, '目标1：完成12处农村供水工程维修养护。\n目标2：保障3.2万农村人口饮水安全。'],
          [7, 5, 1, 4, '完成14处供水工程维修养护，\n受益人口3.3万人。'],
          [8, 0, 5, 1, '绩 效 指 标'],
          [8, 1, 1, 1, '一级指标'],
          [8, 2, 1, 1, '二级指标'],
          [8, 3, 1, 1, '三级指标'],
          [8, 4, 1, 1, '年度指标值'],
          [8, 5, 1, 1, '实际完成值'],
          [8, 6, 1, 1, '分值'],
          [8, 7, 1, 1, '得分'],
          [8, 8, 1, 1, '偏差原因分析及改进措施'],
          [9, 1, 2, 1, '产出指标(50分)'],
          [9, 2, 1, 1, '数量指标'],
          [9, 3, 1, 1, '维修养护供水工程（处）'],
          [9, 4, 1, 1, '≥12'],
          [9, 5, 1, 1, '14'],
          [9, 6, 1, 1, '25'],
          [9, 7, 1, 1, '25'],
          [9, 8, 1, 1, ''],
          [10, 2, 1, 1, '质量指标'],
          [10, 3, 1, 1, '工程验收合格率'],
          [10, 4, 1, 1, '100%'],
          [10, 5, 1, 1, '100%'],
          [10, 6, 1, 1, '25'],
          [10, 7, 1, 1, '25'],
          [10, 8, 1, 1, ''],
          [11, 1, 1, 1, '效益指标(30分)'],
          [11, 2, 1, 1, '社会效益指标'],
          [11, 3, 1, 1, '保障农村人口饮水安全（万人）'],
          [11, 4, 1, 1, '3.2'],
          [11, 5, 1, 1, '3.3'],
          [11, 6, 1, 1, '30'],
          [11, 7, 1, 1, '30'],
          [11, 8, 1, 1, ''],
          [12, 1, 1, 1, '满意度指标(10分)'],
          [12, 2, 1, 1, '服务对象满意度指标'],
          [12, 3, 1, 1, '受益群众满意度'],
          [12, 4, 1, 1, '≥90%'],
          [12, 5, 1, 1, '86%'],
          [12, 6, 1, 1, '10'],
          [12, 7, 1, 1, '8'],
          [12, 8, 1, 1, '部分村组供水高峰期水压不足，下一步将增设加压泵站。'],
          [13, 0, 1, 6, '总分'],
          [13, 6, 1, 1, '100'],
          [13, 7, 1, 1, '97.24'],
          [13, 8, 1, 1, ''],
        ]),
        text('注：1.一级指标分值统一设置为：产出指标50分、效益指标30分、服务对象满意度指标10分、预算资金执行率10分。'),
        text('【打印本页】 【关闭窗口】'),
        text('上一篇：天长市水利局2022年度部门决算公开'),
        text('下一篇：天长市水利局2023年度部门预算公开'),
        text('主办单位：天长市人民政府办公室 网站标识码：3411810001'),
        text('皖ICP备05002123号 皖公网安备 34118102000123号'),
      ],
    })
  })
})

describe('readHtml on a GB2312 page (suiyang.gb2312.html, from suiyang.utf8.html)', () => {
  const expected: TableDocument = {
    title: '绥阳县农业农村局2021年度部门整体支出绩效自评表 - 绥阳县人民政府',
    parts: [
      text('您当前所在位置：首页 >> 政府信息公开 >> 财政预决算'),
      text('绥阳县农业农村局部门整体支出绩效自评表'),
      text('信息来源：绥阳县农业农村局 发布时间：2022-08-24 16:05 浏览次数：89 【字体：大 中 小】'),
      text('部门整体支出绩效自评表'),
      table(1, 12, 7, [
        [0, 0, 1, 4, '单位（盖章）：绥阳县农业农村局'],
        [0, 4, 1, 3, '填报日期：2022年2月3日'],
        [1, 0, 1, 2, '部门（单位）名称'],
        [1, 2, 1, 5, '绥阳县农业农村局'],
        [2, 0, 5, 1, '部门（单位）\n总体资金\n（万元）'],
        [2, 1, 1, 1, '资金来源'],
        [2, 2, 1, 1, '年初预算数（A）'],
        [2, 3, 1, 1, '全年执行数（B）'],
        [2, 4, 1, 1, '分值（10分）'],
        [2, 5, 1, 1, '得分'],
        [2, 6, 1, 1, '得分计算方法'],
        [3, 1, 1, 1, '年度资金总额：'],
        [3, 2, 1, 1, '1172.55'],
        [3, 3, 1, 1, '1268.72'],
        [3, 4, 1, 1, '10'],
        [3, 5, 1, 1, '10'],
        [3, 6, 4, 1, '执行率*该指标分值，最高不得超过分值上限。'],
        [4, 1, 1, 1, '基本支出'],
        [4, 2, 1, 1, '856.30'],
        [4, 3, 1, 1, '861.04'],
        [4, 4, 1, 1, '10'],
        [4, 5, 1, 1, '10'],
        [5, 1, 1, 1, '项目支出'],
        [5, 2, 1, 1, '316.25'],
        [5, 3, 1, 1, '407.68'],
        [5, 4, 1, 1, '10'],
        [5, 5, 1, 1, '10'],
        [6, 1, 1, 1, '其他'],
        [6, 2, 1, 1, '0'],
        [6, 3, 1, 1, '0'],
        [6, 4, 1, 1, ''],
        [6, 5, 1, 1, ''],
        [7, 0, 2, 1, '年度总体目标'],
        [7, 1, 1, 3, '年初设定目标'],
        [7, 4, 1, 3, '年度总体目标完成情况'],
        [8, 1, 1, 3, '1.新建高标准农田2.5万亩；\n2.带动农户增收1200户以上。'],
        [8, 4, 1, 3, '1.建成高标准农田2.6万亩；\n2.带动1350户农户增收。'],
        // rowspan="5" with only 3 rows left in the table: bounded by the rows present.
        [9, 0, 3, 1, '绩效指标'],
        [9, 1, 1, 1, '一级指标'],
        [9, 2, 1, 1, '二级指标'],
        [9, 3, 1, 1, '三级指标'],
        [9, 4, 1, 1, '年度指标值（A）'],
        [9, 5, 1, 1, '全年实际值（B）'],
        [9, 6, 1, 1, '分值'],
        [10, 1, 1, 1, '产出指标'],
        [10, 2, 1, 1, '数量指标'],
        [10, 3, 1, 1, '高标准农田建设面积（万亩）'],
        [10, 4, 1, 1, '2.5'],
        [10, 5, 1, 1, '2.6'],
        [10, 6, 1, 1, '20'],
        [11, 1, 1, 1, '效益指标'],
        [11, 2, 1, 1, '社会效益指标'],
        [11, 3, 1, 1, '带动农户增收（户）'],
        [11, 4, 1, 1, '≥1200'],
        [11, 5, 1, 1, '1350'],
        [11, 6, 1, 1, '20'],
      ]),
      text('[打印本页] [关闭窗口]'),
      text('版权所有：绥阳县人民政府 黔ICP备05001234号'),
    ],
  }

  it("decodes it by its <meta> charset and reads the year-less form, the year being only in the document's title", () => {
    expect(documentOf(readHtml(fixture('suiyang.gb2312.html')))).toStrictEqual(expected)
  })

  it('reads the UTF-8 source, whose <meta> still says gb2312, as UTF-8', () => {
    expect(documentOf(readHtml(fixture('suiyang.utf8.html')))).toStrictEqual(expected)
  })
})

describe('readHtml: decoding', () => {
  const gbTitle = hex('bca8d0a7d7d4c6c0b1ed') // 绩效自评表 in GB2312
  const utf8Title = strToU8('绩效自评表')
  const titled = (head: string, title: Uint8Array) => concat(strToU8(`<html><head>${head}<title>`), title, strToU8('</title></head><body></body></html>'))

  it.each([
    ['UTF-8 without any declaration', titled('', utf8Title)],
    ['UTF-8 with a BOM', concat(hex('efbbbf'), titled('<meta charset="gbk">', utf8Title))],
    ['UTF-16LE with a BOM', concat(hex('fffe'), utf16('<title>绩效自评表</title>', true))],
    ['UTF-16BE with a BOM', concat(hex('feff'), utf16('<title>绩效自评表</title>', false))],
    ['GB18030 with its BOM', concat(hex('84319533'), titled('', gbTitle))],
    ['GB2312 declared by <meta charset>', titled('<meta charset="gb2312">', gbTitle)],
    ['GBK declared by http-equiv', titled('<meta http-equiv="Content-Type" content="text/html; charset=GBK">', gbTitle)],
    ['GB2312 declared with a label browsers do not know (cp936)', titled('<meta http-equiv="content-type" content="text/html;charset=cp936">', gbTitle)],
    ['GB2312 without any declaration', titled('', gbTitle)],
    ['GB2312 under a stale utf-8 declaration', titled('<meta charset="utf-8">', gbTitle)],
    ['UTF-8 under a stale gb2312 declaration', titled('<meta charset="gb2312">', utf8Title)],
  ])('%s', (_label, bytes) => {
    expect(documentOf(readHtml(bytes))).toStrictEqual({ title: '绩效自评表', parts: [] })
  })

  it('keeps a UTF-8 page with a broken byte as UTF-8 when it says utf-8, the byte as U+FFFD', () => {
    const paragraph = '根据要求，现将我局二〇二二年度项目支出绩效自评情况公开如下'
    const bytes = concat(strToU8(`<meta charset="utf-8"><title>绩效自评表</title><p>${paragraph}`), hex('e7bb'), strToU8('</p>'))
    expect(documentOf(readHtml(bytes))).toStrictEqual({ title: '绩效自评表', parts: [text(`${paragraph}\uFFFD`)] })
  })
})

describe('readHtml: text of blocks outside tables', () => {
  it.each([
    ['&nbsp; folded with the other whitespace', '<p>项目&nbsp;&nbsp;名称 \t 天长 \n</p>', ['项目 名称 天长']],
    ['a source line break between Chinese characters dropped (Word wraps its HTML inside words)', '<p>全年预算\n   数</p>', ['全年预算数']],
    ['spaces around such a line break dropped with it', '<p>名称 \n\t 天长</p>', ['名称天长']],
    ['a line break after &nbsp; kept as a space', '<p>名称&nbsp;\n天长</p>', ['名称 天长']],
    ['a source line break next to a digit kept as a space', '<p>预算\n100</p>', ['预算 100']],
    ['full-width spaces folded', '<p>绩\u3000效</p>', ['绩 效']],
    ['<br> as a new line, empty lines dropped', '<p>第一行<br><br>第二行<br></p>', ['第一行\n第二行']],
    ['inline elements joined', '<p><span>项目</span><b>名称</b><a href="#">链接</a></p>', ['项目名称链接']],
    ['one part per block', '<h3>标题</h3><ul><li>一</li><li>二</li></ul><center>居中</center>', ['标题', '一', '二', '居中']],
    ['a div: its direct text and its blocks, each a part', '<div>发布时间：2023-09-15<p>正文</p>点击数：326</div>', ['发布时间：2023-09-15', '正文', '点击数：326']],
    ['a span made a block by its style', '<span style="display:block">块</span><span>行</span>', ['块', '行']],
    ['empty blocks skipped', '<p>&nbsp;</p><p> </p><div><br></div><p>有字</p>', ['有字']],
    ['comments and Word conditionals dropped', '<p>a<!-- 注释 -->b<![if !supportLists]>c<![endif]></p>', ['abc']],
    ['Word markup reduced to its text', "<p class=MsoNormal><span lang=EN-US style='font-size:10.5pt'>100<o:p></o:p></span></p>", ['100']],
    [
      'script, style, noscript, noframes, template, iframe, select and textarea skipped',
      '<script>var a = "x"</script><style>p{}</style><noscript>开启脚本</noscript><noframes><p>不支持框架</p></noframes><template><p>模板</p></template><iframe src="x"><p>框架</p></iframe><select><option>全站</option></select><textarea>留言</textarea><p>正文</p>',
      ['正文'],
    ],
    ['display:none, mso-hide:all and hidden skipped', '<div style="color:red; DISPLAY : NONE">隐藏</div><p hidden>也隐藏</p><span style="mso-hide:all">Word隐藏</span><p style="display:block">显示</p>', ['显示']],
  ])('%s', (_label, body, expected) => {
    expect(outline(readHtml(page(body)))).toEqual(expected)
  })
})

describe('readHtml: the title', () => {
  it.each<[string, Uint8Array, TableDocument]>([
    [
      "the head's <title>, whitespace folded, as the title and nothing of the head as text",
      page('<p>正文</p>', '<meta name="description" content="描述"><style>p{}</style><title>\n  绩效自评表_ 某县人民政府\n</title><script>x</script>'),
      { title: '绩效自评表_ 某县人民政府', parts: [text('正文')] },
    ],
    ['a source line break between Chinese characters in it dropped', page('', '<title>2022年度项目支出\n  绩效自评表</title>'), { title: '2022年度项目支出绩效自评表', parts: [] }],
    ['a <title> in the body still the title, not text', page('<p>正文</p><title>标题</title>'), { title: '标题', parts: [text('正文')] }],
    ['the first of two <title>s, the second dropped', page('<p>正文</p>', '<title>第一</title><title>第二</title>'), { title: '第一', parts: [text('正文')] }],
    ['an SVG <title> neither the title nor text', page('<svg><title>图示</title></svg><p>正文</p>'), { parts: [text('正文')] }],
    ['no <title>: no title at all', page('<p>正文</p>'), { parts: [text('正文')] }],
    ['an empty <title>: no title at all', page('<p>正文</p>', '<title></title>'), { parts: [text('正文')] }],
    ['a <title> of &nbsp; and spaces: no title at all', page('<p>正文</p>', '<title>&nbsp; \n </title>'), { parts: [text('正文')] }],
  ])('%s', (_label, bytes, expected) => {
    expect(documentOf(readHtml(bytes))).toStrictEqual(expected)
  })
})

describe('readHtml: the text of a cell', () => {
  it.each([
    ['paragraphs as lines', '<p>第一段</p><p>第二段</p>', '第一段\n第二段'],
    ['<br> as a new line', '完成3处；<br>受益1.2万人。', '完成3处；\n受益1.2万人。'],
    ['text around a block', '前<div>中</div>后', '前\n中\n后'],
    ['&nbsp; only: empty', '&nbsp;', ''],
    ['Word-pasted paragraphs', "<p class=MsoNormal align=center style='text-align:center'><span style='font-size:10.5pt;\nfont-family:宋体'>项目名称<span lang=EN-US><o:p></o:p></span></span></p>", '项目名称'],
    ['whitespace folded and trimmed in each line', '<p>  总分 \n 100  </p><p>\t</p>', '总分 100'],
    ['hidden content left out', '可见<span style="display:none">隐藏</span>', '可见'],
  ])('%s', (_label, content, expected) => {
    expect(outline(readHtml(page(`<table><tr><td>${content}</td><td>x</td></tr></table>`)))).toEqual([
      [
        [0, 0, 1, 1, expected],
        [0, 1, 1, 1, 'x'],
      ],
    ])
  })
})

describe('readHtml: the grid of a table', () => {
  it.each<[string, string, number, number, CellRow[]]>([
    [
      'rowspan and colspan, cells skipping the positions rowspans cover',
      '<tr><td rowspan=2>a</td><td colspan=2>b</td></tr><tr><td>c</td><td>d</td></tr><tr><th>e</th><th colspan=2>f</th></tr>',
      3,
      3,
      [
        [0, 0, 2, 1, 'a'],
        [0, 1, 1, 2, 'b'],
        [1, 1, 1, 1, 'c'],
        [1, 2, 1, 1, 'd'],
        [2, 0, 1, 1, 'e'],
        [2, 1, 1, 2, 'f'],
      ],
    ],
    [
      'a rowspan in the middle of a row',
      '<tr><td>a</td><td rowspan=3>b</td><td>c</td></tr><tr><td>d</td><td>e</td></tr><tr><td>f</td><td>g</td></tr>',
      3,
      3,
      [
        [0, 0, 1, 1, 'a'],
        [0, 1, 3, 1, 'b'],
        [0, 2, 1, 1, 'c'],
        [1, 0, 1, 1, 'd'],
        [1, 2, 1, 1, 'e'],
        [2, 0, 1, 1, 'f'],
        [2, 2, 1, 1, 'g'],
      ],
    ],
    [
      'a rowspan past the last row bounded by the rows present',
      '<tr><td rowspan=9>a</td><td>b</td></tr><tr><td>c</td></tr>',
      2,
      2,
      [
        [0, 0, 2, 1, 'a'],
        [0, 1, 1, 1, 'b'],
        [1, 1, 1, 1, 'c'],
      ],
    ],
    [
      'rowspan=0 spans to the end of its row group',
      '<tbody><tr><td rowspan=0>a</td><td>b</td></tr><tr><td>c</td></tr></tbody><tbody><tr><td>d</td><td>e</td></tr></tbody>',
      3,
      2,
      [
        [0, 0, 2, 1, 'a'],
        [0, 1, 1, 1, 'b'],
        [1, 1, 1, 1, 'c'],
        [2, 0, 1, 1, 'd'],
        [2, 1, 1, 1, 'e'],
      ],
    ],
    [
      'a rowspan does not reach into the next row group',
      '<thead><tr><th rowspan=3>项目</th><th>值</th></tr></thead><tbody><tr><td>a</td><td>b</td></tr></tbody>',
      2,
      2,
      [
        [0, 0, 1, 1, '项目'],
        [0, 1, 1, 1, '值'],
        [1, 0, 1, 1, 'a'],
        [1, 1, 1, 1, 'b'],
      ],
    ],
    [
      'thead, tbody and tfoot in document order',
      '<tfoot><tr><td>脚</td></tr></tfoot><thead><tr><th>头</th></tr></thead><tbody><tr><td>身</td></tr></tbody>',
      3,
      1,
      [
        [0, 0, 1, 1, '脚'],
        [1, 0, 1, 1, '头'],
        [2, 0, 1, 1, '身'],
      ],
    ],
    [
      'colspan=0, junk after digits and junk values as HTML parses them',
      '<tr><td colspan=0>a</td><td colspan="2px">b</td><td colspan="x" rowspan="-1">c</td></tr>',
      1,
      4,
      [
        [0, 0, 1, 1, 'a'],
        [0, 1, 1, 2, 'b'],
        [0, 3, 1, 1, 'c'],
      ],
    ],
    [
      'colspan clamped to 1000',
      '<tr><td colspan=5000>宽</td></tr>',
      1,
      1000,
      [[0, 0, 1, 1000, '宽']],
    ],
    [
      'a colspan cut short where it would run into a rowspan from above',
      '<tr><td>a</td><td>b</td><td rowspan=2>c</td></tr><tr><td colspan=3>d</td><td>e</td></tr>',
      2,
      4,
      [
        [0, 0, 1, 1, 'a'],
        [0, 1, 1, 1, 'b'],
        [0, 2, 2, 1, 'c'],
        [1, 0, 1, 2, 'd'],
        [1, 3, 1, 1, 'e'],
      ],
    ],
    [
      'a ragged row: the grid is as wide as the widest row, short rows have no filler cells',
      '<tr><td>a</td></tr><tr><td>b</td><td>c</td><td>d</td></tr>',
      2,
      3,
      [
        [0, 0, 1, 1, 'a'],
        [1, 0, 1, 1, 'b'],
        [1, 1, 1, 1, 'c'],
        [1, 2, 1, 1, 'd'],
      ],
    ],
    [
      "hidden rows and Word's empty height=0 row left out; a height=0 row with text kept",
      '<tr><td>a</td><td>b</td></tr><tr style="display:none"><td>隐藏</td></tr><tr height=0><td>c</td><td></td></tr><tr height=0><td></td><td style="border:none"></td></tr>',
      2,
      2,
      [
        [0, 0, 1, 1, 'a'],
        [0, 1, 1, 1, 'b'],
        [1, 0, 1, 1, 'c'],
        [1, 1, 1, 1, ''],
      ],
    ],
  ])('%s', (_label, rows, rowCount, colCount, cells) => {
    expect(partsOf(readHtml(page(`<table>${rows}</table>`)))).toEqual([table(1, rowCount, colCount, cells)])
  })

  it('leaves out tables without any text and numbers only the tables it keeps', () => {
    const body = '<table><tr><td>&nbsp;</td><td><img src="x.png"></td></tr></table><table><tr><td>第一</td></tr></table><table></table><table><tr><td>第二</td></tr></table>'
    expect(partsOf(readHtml(page(body)))).toEqual([table(1, 1, 1, [[0, 0, 1, 1, '第一']]), table(2, 1, 1, [[0, 0, 1, 1, '第二']])])
  })

  it('reads a caption as a text part before its table', () => {
    expect(partsOf(readHtml(page('<table><caption>项目支出绩效自评表</caption><tr><td>项目名称</td></tr></table>')))).toEqual([
      text('项目支出绩效自评表'),
      table(1, 1, 1, [[0, 0, 1, 1, '项目名称']]),
    ])
  })
})

describe('readHtml: layout tables', () => {
  it('walks into a table holding tables: its text as parts, its data tables in turn, at any depth', () => {
    const body =
      '<table class="layout"><tr><td>栏目导航</td><td>' +
      `<div>正文开始</div>${form('甲')}` +
      `<table><tr><td>内层布局</td><td>${form('乙')}</td></tr></table>` +
      '</td></tr><tr><td colspan=2>页脚</td></tr></table>'
    expect(partsOf(readHtml(page(body)))).toEqual([
      text('栏目导航'),
      text('正文开始'),
      table(1, 1, 2, [
        [0, 0, 1, 1, '项目名称'],
        [0, 1, 1, 1, '甲'],
      ]),
      text('内层布局'),
      table(2, 1, 2, [
        [0, 0, 1, 1, '项目名称'],
        [0, 1, 1, 1, '乙'],
      ]),
      text('页脚'),
    ])
  })

  it('reads a table whose only nested table is hidden as data', () => {
    const body = '<table><tr><td>a<table style="display:none"><tr><td>隐藏</td></tr></table></td><td>b</td></tr></table>'
    expect(partsOf(readHtml(page(body)))).toEqual([
      table(1, 1, 2, [
        [0, 0, 1, 1, 'a'],
        [0, 1, 1, 1, 'b'],
      ]),
    ])
  })

  it('reads tables and elements nested thousands deep without running out of stack', () => {
    const deepTables = '<table><tr><td>'.repeat(3000) + '最内层'
    expect(partsOf(readHtml(page(deepTables)))).toEqual([table(1, 1, 1, [[0, 0, 1, 1, '最内层']])])
    expect(outline(readHtml(page('<div><span>'.repeat(30_000) + '很深')))).toEqual(['很深'])
  })
})

describe('readHtml: files it refuses', () => {
  it.each([
    ['an empty file', new Uint8Array(0), 'not-a-document', '文件是空的'],
    ['a PNG image', hex('89504e470d0a1a0a0000000d49484452'), 'not-a-document', '不是网页（.html/.htm）文件：内容不是文本'],
    ['a .docx', zipSync({ 'word/document.xml': strToU8('<w:document/>') }), 'not-a-document', '不是网页（.html/.htm）文件：内容不是文本'],
    ['bytes full of control characters', Uint8Array.from({ length: 400 }, (_, i) => (i % 10 === 0 ? 0x01 : 0x41)), 'not-a-document', '不是网页（.html/.htm）文件：内容不是文本'],
  ])('%s', (_label, bytes, reason, detail) => {
    expect(readHtml(bytes)).toEqual({ ok: false, reason, detail })
  })

  const twoTables = page('<table><tr><td>a</td><td>b</td></tr></table><table><tr><td>c</td><td colspan=3>d</td></tr></table>')

  it('refuses more cells than maxCells, counting every table of the page', () => {
    expect(readHtml(twoTables, { maxInflatedBytes: 1024 * 1024, maxCells: 4 }).ok).toBe(true)
    expect(readHtml(twoTables, { maxInflatedBytes: 1024 * 1024, maxCells: 3 })).toEqual({
      ok: false,
      reason: 'too-large',
      detail: '网页的表格超过 3 个单元格，不予读取',
    })
  })

  it('refuses a table whose grid is larger than maxCells even with few cells', () => {
    const wide = page('<table><tr><td colspan=1000>宽</td></tr><tr><td>a</td></tr><tr><td>b</td></tr></table>')
    expect(readHtml(wide, { maxInflatedBytes: 1024 * 1024, maxCells: 2000 })).toEqual({
      ok: false,
      reason: 'too-large',
      detail: '网页的表格（3 行 × 1000 列）超过 2000 个格位，不予读取',
    })
  })

  it('refuses a page larger than maxInflatedBytes', () => {
    expect(readHtml(page('x'.repeat(2 * 1024 * 1024)), { maxInflatedBytes: 1024 * 1024, maxCells: 10 })).toEqual({
      ok: false,
      reason: 'too-large',
      detail: '网页超过 1 MB，不予读取',
    })
  })
})

describe('readHtml on any markup', () => {
  const tokens = ['<table>', '</table>', '<tbody>', '<thead>', '<tr>', '</tr>', '<tr height=0>', '<td>', '<td rowspan=2>', '<td rowspan=0>', '<td colspan=3>', '<th colspan=0 rowspan=9>', '</td>', 'x', '&nbsp;', '<br>', '<p>', '<div hidden>', '</div>', '<caption>', '<!--', '<script>']
  it('reads it without throwing into tables whose cells tile their grid', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...tokens), { maxLength: 60 }), (markup) => {
        expect(gridProblems(partsOf(readHtml(strToU8(`<body>${markup.join('')}`))))).toEqual([])
      }),
      { seed: 20240915, numRuns: 200 },
    )
  })

  it('never throws on mangled bytes of a real page', () => {
    const bytes = fixture('suiyang.gb2312.html')
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 20 }), (edits) => {
        const copy = bytes.slice()
        for (const [at, value] of edits) copy[at] = value
        const result = readHtml(copy)
        expect(result.ok || result.reason === 'not-a-document').toBe(true)
      }),
      { seed: 7, numRuns: 50 },
    )
  })
})
