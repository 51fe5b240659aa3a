import { describe, expect, it } from 'vitest'
import type { CellTable, TableCell } from '../../src/domain/cell-table.ts'
import { generateForms } from '../../src/generate/generate-forms.ts'
import { FORM_TRAPS } from '../../src/generate/form-traps.ts'
import { type FormsView, type IndicatorView, renderFormsHtml } from '../../src/generate/render-form-html.ts'
import { readHtml } from '../../src/ingest/tables/read-html.ts'

const plain = generateForms({ forms: 1, layout: 'project', seed: 2, without: FORM_TRAPS }).view
const [plainForm] = plain.forms
if (plainForm === undefined) throw new Error('no form drawn')

const row = (level1: string, level2: string, name: string): IndicatorView => ({
  level1, level2, name, direction: '', unit: '', target: '1', actual: '1', weight: '5', score: '5', note: '',
})
const INDICATORS = [row('产出指标', '数量指标', '甲'), row('产出指标', '数量指标', '乙'), row('产出指标', '质量指标', '丙'), row('效益指标', '社会效益指标', '丁')]

function tables(view: FormsView): CellTable[] {
  const read = readHtml(new TextEncoder().encode(renderFormsHtml(view)))
  if (!read.ok) throw new Error(read.detail)
  return read.document.parts.flatMap((part) => (part.kind === 'table' ? [part.table] : []))
}

const cellsInColumn = (table: CellTable, col: number, texts: readonly string[]): Pick<TableCell, 'text' | 'rowSpan'>[] =>
  table.cells.filter((c) => c.col === col && texts.includes(c.text)).map(({ text, rowSpan }) => ({ text, rowSpan }))

describe('renderFormsHtml', () => {
  it.each([
    [true, [{ text: '产出指标', rowSpan: 3 }, { text: '效益指标', rowSpan: 1 }], [2, 1, 1]],
    [false, [1, 2, 3].map(() => ({ text: '产出指标', rowSpan: 1 })).concat({ text: '效益指标', rowSpan: 1 }), [1, 1, 1, 1]],
  ])('merges 一级 and 二级 down their groups when mergeLevels is %s', (mergeLevels, level1, level2Spans) => {
    const [table] = tables({ ...plain, forms: [{ ...plainForm, indicators: INDICATORS, mergeLevels }] })
    if (table === undefined) throw new Error('no table')
    expect(cellsInColumn(table, 1, ['产出指标', '效益指标'])).toEqual(level1)
    expect(cellsInColumn(table, 2, ['数量指标', '质量指标', '社会效益指标']).map((c) => c.rowSpan)).toEqual(level2Spans)
  })

  it('writes text cells back as they are read: escaped, lines kept, source breaks and Word markup invisible', () => {
    const name = 'A&B<工程>“一期”'
    const goals = '第一行\n第二行'
    for (const style of [plain.style, { ...plain.style, wordMarkup: true, sourceBreaks: true }]) {
      const html = renderFormsHtml({ style, forms: [{ ...plainForm, name, goals }] })
      const [table] = tables({ style, forms: [{ ...plainForm, name, goals }] })
      expect(table?.cells.filter((c) => c.text === name || c.text === goals || c.text === '项目名称')).toHaveLength(3)
      expect(/[\u4e00-\u9fff]\n {6}[\u4e00-\u9fff]/.test(html)).toBe(style.sourceBreaks)
    }
  })

  it('puts each form in its own table and the page chrome around them', () => {
    const chrome = { pageTitle: '某局2022年度项目支出绩效自评表', breadcrumb: '首页 > 公开', published: '发布时间：2023-06-01', footer: '【关闭窗口】', layoutTable: true }
    const view: FormsView = { style: { ...plain.style, chrome }, forms: [plainForm, plainForm] }
    expect(tables(view)).toHaveLength(2)
    expect(renderFormsHtml(view)).toContain('<title>某局2022年度项目支出绩效自评表</title>')
  })
})
