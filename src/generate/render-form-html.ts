import { cellRangeOf } from '../domain/cell-table.ts'

/**
 * Renders self-evaluation forms as a web page, in the layouts of the 财政部 2020 template
 * (财预〔2020〕10号 附件1, 'project') and of Sichuan's 部门预算项目支出绩效自评表 (510000_0013zp,
 * 'sichuan'). The view holds every cell's text as the form writes it; this file only lays them out.
 */

export type FormLayout = 'project' | 'sichuan'

/** One row of the 绩效指标 table, each cell as written ('' for an empty cell). */
export interface IndicatorView {
  level1: string
  level2: string
  name: string
  /** 指标性质 and 度量单位: Sichuan only. */
  direction: string
  unit: string
  target: string
  actual: string
  weight: string
  score: string
  note: string
}

/** One row of the funds table: the total row first, then the 其中 rows. */
export interface FundsRowView {
  label: string
  initial: string
  budget: string
  executed: string
  rate: string
  weight: string
  score: string
}

export interface FormView {
  layout: FormLayout
  /** '附件1' above the title, or null. */
  preface: string | null
  /** '报表编号：510000_0013zp' (Sichuan), or null. */
  reportNumber: string | null
  title: string
  /** '（2022年度）' on its own line under the title, or null when the title holds the year. */
  yearLine: string | null
  /** The title lines as the table's first rows rather than paragraphs above it. */
  titleInTable: boolean
  name: string
  department: string
  unit: string
  funds: FundsRowView[]
  /** Sichuan's 原因 cell, merged down the funds rows. */
  fundsReason: string
  goals: string
  achieved: string
  /** Sichuan's 2.项目实施内容及过程概述. */
  implementation: string
  indicators: IndicatorView[]
  /** 一级/二级 labels once per group (rowspan), or repeated on every row. */
  mergeLevels: boolean
  totalWeight: string
  totalScore: string
  /** Sichuan's 评价结论, 存在问题, 改进措施. */
  conclusion: string
  problems: string
  measures: string
  /** '注：1.一级指标分值统一设置为…' under the table, or null. */
  footnote: string | null
  /** '项目负责人：…', '财务负责人：…' (Sichuan), or null. */
  signatures: readonly [string, string] | null
  /** Labels written with spaces between their characters (项 目 名 称). */
  spacedLabels: boolean
}

/** How the page is written, whatever the forms say. */
export interface PageStyle {
  /** A CMS page around the forms: <title>, breadcrumb, 发布时间, and a footer. */
  chrome: { pageTitle: string; breadcrumb: string; published: string; footer: string; layoutTable: boolean } | null
  /** Word-pasted markup: MsoNormalTable, <p><span> in every cell, &nbsp; in empty cells. */
  wordMarkup: boolean
  /** Source line breaks inside Chinese text, as Word's HTML wraps its lines (dropped when shown). */
  sourceBreaks: boolean
}

export interface FormsView {
  style: PageStyle
  forms: FormView[]
}

interface Cell {
  text: string
  colSpan: number
  rowSpan: number
}

const cell = (text: string, colSpan = 1, rowSpan = 1): Cell => ({ text, colSpan, rowSpan })

const escape = (text: string): string => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;')

const spaced = (text: string): string => Array.from(text).join(' ')

/** The 一级 and 二级 cells of each indicator row: each label once per run of equal labels when merged. */
function levelCells(indicators: readonly IndicatorView[], merge: boolean): [Cell | null, Cell | null][] {
  const runLength = (from: number, same: (a: IndicatorView, b: IndicatorView) => boolean): number => {
    let n = 1
    while (from + n < indicators.length && same(indicators[from] as IndicatorView, indicators[from + n] as IndicatorView)) n++
    return n
  }
  const out: [Cell | null, Cell | null][] = []
  let level1Left = 0
  let level2Left = 0
  indicators.forEach((row, i) => {
    let level1: Cell | null = null
    let level2: Cell | null = null
    if (!merge || level1Left === 0) {
      level1Left = merge ? runLength(i, (a, b) => a.level1 === b.level1) : 1
      level1 = cell(row.level1, 1, level1Left)
      level2Left = 0
    }
    if (!merge || level2Left === 0) {
      const inGroup = Math.min(level1Left, merge ? runLength(i, (a, b) => a.level1 === b.level1 && a.level2 === b.level2) : 1)
      level2Left = inGroup
      level2 = cell(row.level2, 1, inGroup)
    }
    level1Left--
    level2Left--
    out.push([level1, level2])
  })
  return out
}

function titleRows(form: FormView, cols: number): Cell[][] {
  if (!form.titleInTable) return []
  return [form.reportNumber, form.title, form.yearLine].flatMap((line) => (line === null ? [] : [[cell(line, cols)]]))
}

function nationalRows(form: FormView): Cell[][] {
  const label = (text: string): string => (form.spacedLabels ? spaced(text) : text)
  const rows: Cell[][] = [
    ...titleRows(form, 9),
    [cell(label('项目名称')), cell(form.name, 8)],
    [cell(label('主管部门')), cell(form.department, 3), cell(label('实施单位')), cell(form.unit, 4)],
    [cell('项目资金（万元）', 1, 1 + form.funds.length), cell(''), cell('年初预算数'), cell('全年预算数'), cell('全年执行数'), cell('分值'), cell('执行率'), cell('得分', 2)],
    ...form.funds.map((f) => [cell(f.label), cell(f.initial), cell(f.budget), cell(f.executed), cell(f.weight), cell(f.rate), cell(f.score, 2)]),
    [cell(label('年度总体目标'), 1, 2), cell('预期目标', 4), cell('实际完成情况', 4)],
    [cell(form.goals, 4), cell(form.achieved, 4)],
    [
      cell(label('绩效指标'), 1, 1 + form.indicators.length),
      ...['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'].map((t) => cell(t)),
    ],
  ]
  const levels = levelCells(form.indicators, form.mergeLevels)
  form.indicators.forEach((row, i) => {
    const [level1, level2] = levels[i] ?? [null, null]
    rows.push([
      ...(level1 === null ? [] : [level1]),
      ...(level2 === null ? [] : [level2]),
      ...[row.name, row.target, row.actual, row.weight, row.score, row.note].map((t) => cell(t)),
    ])
  })
  rows.push([cell('总分', 6), cell(form.totalWeight), cell(form.totalScore), cell('')])
  if (form.footnote !== null) rows.push([cell(form.footnote, 9)])
  return rows
}

function sichuanRows(form: FormView): Cell[][] {
  const [first, ...rest] = form.funds
  const fundsRow = (f: FundsRowView): Cell[] => [cell(f.label, 2), ...[f.initial, f.budget, f.executed, f.rate, f.weight, f.score].map((t) => cell(t))]
  const rows: Cell[][] = [
    ...titleRows(form, 11),
    [cell('项目名称'), cell(form.name, 10)],
    [cell('主管部门'), cell(form.department, 4), cell('实施单位（盖章）', 2), cell(form.unit, 4)],
    [cell('项目基本情况', 1, 5), cell('1.项目年度目标完成情况', 10)],
    [cell('项目年度目标', 5), cell('年度目标完成情况', 5)],
    [cell(form.goals, 5), cell(form.achieved, 5)],
    [cell('2.项目实施内容及过程概述', 10)],
    [cell(form.implementation, 10)],
    [
      cell('预算执行情况（10分）', 1, 1 + form.funds.length),
      cell('年度预算数（万元）', 2),
      ...['年初预算', '调整后预算数', '预算执行数', '预算执行率', '权重', '得分'].map((t) => cell(t)),
      cell('原因', 2),
    ],
    ...(first === undefined ? [] : [[...fundsRow(first), cell(form.fundsReason, 2, form.funds.length)]]),
    ...rest.map(fundsRow),
    [
      cell('绩效指标（90分）', 1, 1 + form.indicators.length),
      ...['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '完成值', '权重', '得分', '未完成原因分析'].map((t) => cell(t)),
    ],
  ]
  const levels = levelCells(form.indicators, form.mergeLevels)
  form.indicators.forEach((row, i) => {
    const [level1, level2] = levels[i] ?? [null, null]
    rows.push([
      ...(level1 === null ? [] : [level1]),
      ...(level2 === null ? [] : [level2]),
      ...[row.name, row.direction, row.target, row.unit, row.actual, row.weight, row.score, row.note].map((t) => cell(t)),
    ])
  })
  rows.push([cell('合计', 8), cell(form.totalWeight), cell(form.totalScore), cell('')])
  rows.push([cell('评价结论'), cell(form.conclusion, 10)])
  rows.push([cell('存在问题'), cell(form.problems, 10)])
  rows.push([cell('改进措施'), cell(form.measures, 10)])
  if (form.signatures !== null) rows.push([cell(form.signatures[0], 5), cell(form.signatures[1], 6)])
  return rows
}

/** The address of the text cell of a Sichuan form's row that starts with `label` (评价结论, 存在问题, 改进措施), e.g. 'B31:K31'. */
export function sichuanTextCell(form: FormView, label: string): string | null {
  const rows = sichuanRows(form)
  const r = rows.findIndex((row) => row.length === 2 && row[0]?.text === label)
  const [head, text] = rows[r] ?? []
  return head === undefined || text === undefined ? null : cellRangeOf({ row: r, col: head.colSpan, rowSpan: 1, colSpan: text.colSpan })
}

const isIdeograph = (c: string | undefined): boolean => c !== undefined && c >= '\u4e00' && c <= '\u9fff'

/** A source line break in the middle of a run of Chinese text, which a browser drops (CSS segment breaks). */
function withSourceBreak(text: string): string {
  const chars = Array.from(text)
  for (let i = Math.floor(chars.length / 2); i > 0 && chars.length >= 6; i--) {
    if (isIdeograph(chars[i - 1]) && isIdeograph(chars[i])) return `${chars.slice(0, i).join('')}\n      ${chars.slice(i).join('')}`
  }
  return text
}

/** A cell; a text of several lines is a paragraph per line in Word's markup, else lines split by <br>. */
function cellHtml(c: Cell, style: PageStyle): string {
  const spans = `${c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}${c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ''}`
  const lines = c.text.split('\n').map((line) => (style.sourceBreaks ? withSourceBreak(escape(line)) : escape(line)))
  if (!style.wordMarkup) return `<td${spans}>${lines.join('<br>')}</td>`
  const paragraphs = lines.map((line) => `<p class="MsoNormal" align="center">${line === '' ? '&nbsp;' : `<span style="font-family:宋体;font-size:10.5pt">${line}</span>`}</p>`)
  return `<td${spans} valign="middle" style="border:solid windowtext 1.0pt">${paragraphs.join('')}</td>`
}

/** Word's row of empty cells that fixes the column widths. */
const spacerRow = (cols: number): string => `<tr height="0">${'<td width="60" style="border:none"></td>'.repeat(cols)}</tr>`

function tableHtml(rows: readonly Cell[][], cols: number, style: PageStyle): string {
  const open = style.wordMarkup ? '<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0">' : '<table border="1" cellspacing="0">'
  const trs = rows.map((row) => `<tr>${row.map((c) => cellHtml(c, style)).join('')}</tr>`)
  const body = (style.wordMarkup ? [...trs, spacerRow(cols)] : trs).join('\n')
  return `${open}\n<tbody>\n${body}\n</tbody>\n</table>`
}

const paragraph = (text: string, style: PageStyle): string =>
  style.wordMarkup ? `<p class="MsoNormal" align="center"><span>${escape(text)}</span></p>` : `<p>${escape(text)}</p>`

function formHtml(form: FormView, style: PageStyle): string {
  const above = form.titleInTable ? [] : [form.reportNumber, form.title, form.yearLine]
  const lines = [form.preface, ...above].flatMap((line) => (line === null ? [] : [paragraph(line, style)]))
  const national = form.layout === 'project'
  const table = tableHtml(national ? nationalRows(form) : sichuanRows(form), national ? 9 : 11, style)
  return [...lines, table].join('\n')
}

/** The forms as one web page, each form its own table, in order. */
export function renderFormsHtml(view: FormsView): string {
  const { chrome } = view.style
  const head = chrome === null ? '<meta charset="utf-8">' : `<meta charset="utf-8">\n<title>${escape(chrome.pageTitle)}</title>`
  const forms = view.forms.map((form) => formHtml(form, view.style)).join('\n')
  const body =
    chrome === null
      ? forms
      : [
          `<div class="position">${escape(chrome.breadcrumb)}</div>`,
          `<h1>${escape(chrome.pageTitle)}</h1>`,
          `<div class="info">${escape(chrome.published)}</div>`,
          chrome.layoutTable ? `<table width="100%" class="article">\n<tr><td class="content">\n${forms}\n</td></tr>\n</table>` : forms,
          `<div class="footer">${escape(chrome.footer)}</div>`,
        ].join('\n')
  return `<!DOCTYPE html>\n<html>\n<head>\n${head}\n</head>\n<body>\n${body}\n</body>\n</html>\n`
}
