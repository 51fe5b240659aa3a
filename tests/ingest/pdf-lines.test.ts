import { describe, expect, it } from 'vitest'
import type { Project } from '../../src/domain/types.ts'
import { matchLabel } from '../../src/ingest/labels.ts'
import { parseReport } from '../../src/ingest/parse-report.ts'
import { type PdfPageItems, type PdfTextItem, rebuildLines } from '../../src/ingest/pdf-lines.ts'
import { BUNDLED_NAME, bundled, bundledText } from '../support/bundled.ts'

/** An item as a PDF reader gives it: CJK glyphs one font size wide, ASCII half. */
const at = (str: string, x: number, y: number, size = 10): PdfTextItem => ({
  str,
  x,
  y,
  width: [...str].reduce((w, c) => w + (c <= '~' ? 0.5 : 1), 0) * size,
  height: size,
})
const onePage = (items: PdfTextItem[]): PdfPageItems[] => [{ page: 1, items }]
const textOf = (items: PdfTextItem[]): string => rebuildLines(onePage(items)).text
const withoutSource = (projects: readonly Project[]): Array<Omit<Project, 'source'>> =>
  projects.map(({ source: _source, ...rest }) => rest)

describe('rebuildLines: reading order and spacing', () => {
  it.each([
    ['items of a line come left to right whatever their order', [at('世界', 30, 700), at('你好', 10, 700)], '你好世界'],
    ['baselines within half a font height are one line', [at('你好', 10, 700), at('世界', 30, 697)], '你好世界'],
    ['lines come top to bottom whatever the stream order', [at('第二行', 10, 685), at('第一行', 10, 700)], '第一行\n第二行'],
    ['baselines more than half a font height apart are two lines', [at('上', 10, 700), at('下', 20, 694)], '上\n下'],
    ['adjacent CJK runs join with nothing', [at('预算', 10, 700), at('执行', 31, 700)], '预算执行'],
    ['digits in another font join the CJK after them', [at('2018', 10, 700), at('年度', 30, 700)], '2018年度'],
    ['Latin words a space apart get one space', [at('Hello', 10, 700), at('World', 38, 700)], 'Hello World'],
    ['spaces inside an item shrink to one', [at('A  B', 10, 700)], 'A B'],
    ['text drawn twice for fake bold is read once', [at('项目', 10, 700), at('项目', 10.4, 700)], '项目'],
    ['empty and blank items are skipped', [at('', 10, 700), at('  ', 20, 700), at('文字', 10, 680)], '文字'],
    ['a wide gap is one space', [at('决算金额', 40, 700), at('338.62万元', 100, 700)], '决算金额 338.62万元'],
  ])('%s', (_, items, expected) => {
    expect(textOf(items)).toBe(expected)
  })
})

// A table as the reports draw it: two-character label fragments at x 50–70, whole labels at 40–80,
// the value column's text from x 100, lines 15 apart. The columns are told apart by the rows whose
// label and value share a baseline.
describe('rebuildLines: label and value columns', () => {
  it.each([
    ['label cell, one space, value cell', [at('评价分值', 40, 700), at('93.17', 100, 700)], '评价分值 93.17'],
    [
      'a label wrapped in its cell goes whole before the first value line',
      [at('项目', 50, 700), at('第一行值', 100, 700), at('名称', 50, 685), at('第二行值', 100, 685), at('第三行值', 100, 670)],
      '项目名称 第一行值\n第二行值\n第三行值',
    ],
    [
      'the same with the label column drawn last',
      [at('第一行值', 100, 700), at('第二行值', 100, 685), at('第三行值', 100, 670), at('名称', 50, 685), at('项目', 50, 700)],
      '项目名称 第一行值\n第二行值\n第三行值',
    ],
    [
      'a label wrapped over three lines',
      [at('决算金', 45, 700), at('338.62', 100, 700), at('额（万', 45, 685), at('元）', 50, 670)],
      '决算金额（万元） 338.62',
    ],
    ['a two-line label beside a one-line value', [at('评价', 50, 700), at('优', 100, 700), at('结论', 50, 685)], '评价结论 优'],
    [
      'whole labels on consecutive rows stay apart',
      [at('决算金额', 40, 700), at('338.62万元', 100, 700), at('评价分值', 40, 685), at('93.17', 100, 685)],
      '决算金额 338.62万元\n评价分值 93.17',
    ],
    [
      'a label with an empty value stands alone; the next row keeps its own',
      [at('整改', 50, 700), at('情况', 50, 685), at('项目', 50, 660), at('下一行', 100, 660), at('名称', 50, 645)],
      '整改情况\n项目名称 下一行',
    ],
    [
      'two label/value pairs in one row become two lines',
      [at('决算金额', 40, 700), at('338.62万元', 100, 700), at('评价分值', 200, 700), at('93.17', 260, 700)],
      '决算金额 338.62万元\n评价分值 93.17',
    ],
    [
      'a label spread over its cell (分散对齐) reads as one word',
      [at('项', 40, 700), at('目', 75, 700), at('第一行', 100, 700), at('名', 40, 685), at('称', 75, 685), at('第二行', 100, 685)],
      '项目名称 第一行\n第二行',
    ],
    ['spaces a reader put between spaced-out CJK glyphs are dropped', [at('项 目 名 称', 40, 700), at('值', 110, 700)], '项目名称 值'],
    [
      'a heading across both columns is plain text',
      [at('绩效评价结果信息表', 40, 730), at('评价分值', 40, 700), at('93.17', 100, 700)],
      '绩效评价结果信息表\n评价分值 93.17',
    ],
    [
      'a label centred beside a one-line value, between its lines',
      [at('评价分值', 40, 720), at('93.17', 100, 720), at('评价', 50, 704), at('优', 100, 696), at('结论', 50, 688)],
      '评价分值 93.17\n评价结论 优',
    ],
    [
      'a label centred beside a four-line value goes before its first line',
      [
        at('项目', 50, 707.5),
        at('2018年项目', 100, 700),
        at('名称', 50, 692.5),
        // 25 below: the cell's padding sets the rows apart.
        at('第一行', 100, 675),
        at('主要', 50, 660),
        at('第二行', 100, 660),
        at('绩效', 50, 645),
        at('第三行', 100, 645),
        at('第四行', 100, 630),
      ],
      '项目名称 2018年项目\n主要绩效 第一行\n第二行\n第三行\n第四行',
    ],
  ])('%s', (_, items, expected) => {
    expect(textOf(items)).toBe(expected)
  })
})

describe('rebuildLines: Kangxi radicals and compatibility ideographs', () => {
  it.each([
    ['进⼀步', '进一步'],
    ['⼯作经费', '工作经费'],
    ['⼈⼤代表', '人大代表'],
    ['\uf900', '\u8c48'],
    // Only those: full-width punctuation and circled numbers stay as the report has them.
    ['（1）预算，执行；', '（1）预算，执行；'],
    ['①', '①'],
  ])('%s → %s', (str, expected) => {
    expect(textOf([at(str, 10, 700)])).toBe(expected)
  })
})

describe('rebuildLines: pages', () => {
  it.each([
    ['each line gets its page', [{ page: 1, items: [at('一', 10, 700), at('二', 10, 685)] }, { page: 2, items: [at('三', 10, 700)] }], '一\n二\n三', [1, 1, 2]],
    ['pages given out of order are read in order', [{ page: 2, items: [at('三', 10, 700)] }, { page: 1, items: [at('一', 10, 700)] }], '一\n三', [1, 2]],
    ['an empty page gives no line', [{ page: 1, items: [at('一', 10, 700)] }, { page: 2, items: [] }, { page: 3, items: [at('三', 10, 700)] }], '一\n三', [1, 3]],
    [
      'a row running over a page break',
      [
        { page: 4, items: [at('主要', 50, 100), at('甲', 100, 100), at('绩效', 50, 85), at('乙', 100, 85)] },
        { page: 5, items: [at('丙', 100, 760), at('存在', 50, 735), at('丁', 100, 735), at('问题', 50, 720)] },
      ],
      '主要绩效 甲\n乙\n丙\n存在问题 丁',
      [4, 4, 5, 5],
    ],
  ])('%s', (_, pages, text, pageOfLine) => {
    const rebuilt = rebuildLines(pages)
    expect(rebuilt).toEqual({ text, pageOfLine })
    expect(rebuilt.pageOfLine).toHaveLength(rebuilt.text.split('\n').length)
  })

  it('gives empty text and no pages for no items', () => {
    expect(rebuildLines([])).toEqual({ text: '', pageOfLine: [] })
  })
})

describe('rebuildLines: the bundled report as a table', () => {
  // Every line of the text file laid out as a table row (label cell, value cell) 40 lines a page,
  // items in a scrambled order: the rebuilt text parses into the same records.
  const lines = bundledText
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
  const pages: PdfPageItems[] = []
  lines.forEach((line, i) => {
    const page = Math.floor(i / 40) + 1
    const y = 800 - (i % 40) * 15
    if (pages.length < page) pages.push({ page, items: [] })
    const items = pages[page - 1]?.items as PdfTextItem[]
    const label = matchLabel(line)
    const isText = label === null && (i < 2 || line === '绩效评价结果信息表')
    if (label === null) items.push(at(line, isText ? 40 : 100, y))
    else {
      items.push(at(line.slice(0, line.length - label.rest.length).trim(), 40, y))
      if (label.rest !== '') items.push(at(label.rest, 100, y))
    }
  })
  for (const page of pages) (page.items as PdfTextItem[]).sort((a, b) => a.str.localeCompare(b.str))
  const rebuilt = rebuildLines(pages)
  const parsed = parseReport(rebuilt.text, { sourceName: BUNDLED_NAME })

  it('parses into the 8 projects of the text file', () => {
    expect(parsed.diagnostics).toEqual(bundled.diagnostics)
    expect(parsed.dataset.title).toBe(bundled.dataset.title)
    expect(withoutSource(parsed.dataset.projects)).toEqual(withoutSource(bundled.dataset.projects))
  })

  it('puts each block on the page its header was laid on', () => {
    const headerPages = lines.flatMap((line, i) => (line === '绩效评价结果信息表' ? [Math.floor(i / 40) + 1] : []))
    expect(parsed.dataset.projects.map((p) => rebuilt.pageOfLine[p.source.startLine - 1])).toEqual(headerPages)
  })
})
