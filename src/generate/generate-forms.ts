import { gradeForScore, gradeFromWord } from '../domain/grade.ts'
import type { Grade, Indicator, Project, TemplateCell } from '../domain/types.ts'
import { drawFunds } from './form-funds.ts'
import { drawIndicators } from './form-indicators.ts'
import { type WrittenList, writeList } from './form-lists.ts'
import {
  ACHIEVEMENTS,
  type CodedName,
  GOALS,
  IMPLEMENTATIONS,
  MEASURES,
  NATIONAL_DEPARTMENTS,
  NATIONAL_FOOTNOTE,
  NUMBER_LED_PROBLEMS,
  PROBLEMS,
  PROJECT_NAMES,
  RESULTS,
  SICHUAN_DEPARTMENTS,
  SICHUAN_DIVISIONS,
  SICHUAN_INSTRUCTIONS,
  UNITS,
} from './form-phrases.ts'
import { type FormTrap, Traps } from './form-traps.ts'
import { chance, pick, type Random, sample, seededRandom } from './random.ts'
import { type FormLayout, type FormsView, type FormView, type PageStyle, renderFormsHtml, sichuanTextCell } from './render-form-html.ts'

/** What a form states, as a record: every form field filled, no source. */
export type FormRecord = Omit<Project, 'source'>

export interface FormsOptions {
  forms: number
  layout: FormLayout
  /** Traps never to set. */
  without?: readonly FormTrap[]
}

export interface DrawnForms {
  view: FormsView
  /** The report year every form states. */
  year: number
  /** What each form states, in order: what a reader should read back. */
  records: FormRecord[]
}

export interface GeneratedForms extends DrawnForms {
  html: string
}

interface Context {
  random: Random
  traps: Traps
  layout: FormLayout
  year: number
  department: CodedName
  names: Set<string>
  /** The national title without its （2022年度） line: the page's title states the year. */
  noYearLine: boolean
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0')

/** 51000021R000000019951: division, two year digits (not always the report's), a letter, 12 digits. */
function sichuanCode(random: Random, year: number): string {
  const yy = pad((year - random.int(0, 2)) % 100, 2)
  return `${pick(random, SICHUAN_DIVISIONS)}${yy}${pick(random, ['R', 'T', 'Y', 'X'])}${pad(random.int(0, 999_999), 6)}${pad(random.int(0, 999_999), 6)}`
}

function uniqueName(ctx: Context): string {
  const base = `${chance(ctx.random, 0.3) ? `${ctx.year}年` : ''}${pick(ctx.random, PROJECT_NAMES)}`
  let name = base
  for (let batch = 2; ctx.names.has(name); batch++) name = `${base}（第${batch}批）`
  ctx.names.add(name)
  return name
}

function organisation(ctx: Context, [code, name]: CodedName): { text: string; stated: string | null } {
  if (ctx.traps.spring('empty-organisations', 0.08)) return { text: '', stated: null }
  return { text: ctx.traps.spring('unit-codes', 0.3) ? `${code}${pick(ctx.random, ['-', '－'])}${name}` : name, stated: name }
}

/** 评价结论 of a filled Sichuan form: the score and the grade stated, one of them, or neither. */
function conclusionOf(ctx: Context, score: number): { text: string; score: number | null; grade: Grade | null } {
  const { random } = ctx
  const band = gradeForScore(score)
  const word = pick(random, { 优: ['优', '优秀'], 良: ['良', '良好'], 中: ['中', '中等'], 差: ['差', '较差'] }[band])
  const written = pick(random, [String(score), score.toFixed(2)])
  const result = pick(random, RESULTS)
  const lineBreak = ctx.traps.spring('multi-line-cells', 0.2) ? '\n' : ''
  switch (random.int(0, 4)) {
    case 0:
      return { text: `${result}。${lineBreak}项目自评总分${written}分，评价等级为${word}。`, score, grade: gradeFromWord(word) }
    case 1:
      return { text: `经自评，该项目自评得分${written}分，自评等级为“${word}”。`, score, grade: gradeFromWord(word) }
    case 2:
      return { text: `项目自评总分为${written}分。${lineBreak}${result}。`, score, grade: null }
    case 3:
      return { text: `${result}，整体绩效自评为${word}。`, score: null, grade: gradeFromWord(word) }
    default:
      return { text: `${result}。`, score: null, grade: null }
  }
}

/** The cells after the indicators, and what they state. */
interface Sections {
  /** The 总分 row's 得分 cell. */
  totalScore: string
  conclusion: string
  problemsCell: string
  measuresCell: string
  /** The conclusion is the filler's text, not the template's. */
  concluded: boolean
  /** 评价结论, 存在问题 and 改进措施 still hold the template's instructions (Sichuan 'unfilled'). */
  unfilled: boolean
  score: number | null
  grade: Grade | null
  problems: string[]
  suggestions: string[]
}

const NO_SECTIONS = { conclusion: '', problemsCell: '', measuresCell: '', concluded: false, unfilled: false, grade: null, suggestions: [] }

/** National: the score in the 总分 row (or a blank cell); the deviation notes are the problems. */
function nationalSections(ctx: Context, total: number, indicators: readonly Indicator[]): Sections {
  const problems = indicators.flatMap((i) => (i.note === null ? [] : [i.note]))
  if (ctx.traps.spring('blank-total-score', 0.05)) return { ...NO_SECTIONS, totalScore: '', score: null, problems }
  return { ...NO_SECTIONS, totalScore: pick(ctx.random, [String(total), total.toFixed(2), `${total}分`]), score: total, problems }
}

/** Sichuan: a weight-only 合计 row; 评价结论, 存在问题 and 改进措施 filled, or still the template's instructions. */
function sichuanSections(ctx: Context, total: number): Sections {
  const { random, traps } = ctx
  if (traps.spring('unfilled', 0.25)) {
    const { conclusion, problems, measures } = SICHUAN_INSTRUCTIONS
    return { ...NO_SECTIONS, totalScore: '', conclusion, problemsCell: problems, measuresCell: measures, unfilled: true, score: null, problems: [] }
  }
  const stated = conclusionOf(ctx, total)
  const pool = traps.spring('number-led-items', 0.5) ? [...PROBLEMS, ...NUMBER_LED_PROBLEMS] : PROBLEMS
  const problems: WrittenList = chance(random, 0.15)
    ? { text: pick(random, ['无', '暂无']), items: [] }
    : writeList(random, traps, sample(random, pool, random.int(1, 4)), '主要存在以下问题')
  const measures: WrittenList = chance(random, 0.1)
    ? { text: '无', items: [] }
    : writeList(random, traps, sample(random, MEASURES, random.int(1, 4)), '下一步改进措施')
  return {
    totalScore: '',
    conclusion: stated.text,
    problemsCell: problems.text,
    measuresCell: measures.text,
    concluded: true,
    unfilled: false,
    score: stated.score,
    grade: stated.grade,
    problems: problems.items,
    suggestions: measures.items,
  }
}

function drawForm(ctx: Context): { view: FormView; record: FormRecord } {
  const { random, traps, layout, year } = ctx
  const national = layout === 'project'
  const baseName = uniqueName(ctx)
  const code = national ? null : sichuanCode(random, year)
  const department = organisation(ctx, ctx.department)
  const unit = organisation(ctx, [pad(random.int(1, 999), 3), pick(random, UNITS)])
  const funds = drawFunds(random, traps, layout)
  const indicators = drawIndicators(random, traps, layout)
  const goals = pick(random, GOALS)
  const achieved = pick(random, ACHIEVEMENTS)
  const totalHundredths = funds.scoreHundredths + indicators.scoreTenths * 10
  const total = totalHundredths / 100

  const sections = national ? nationalSections(ctx, total, indicators.stated) : sichuanSections(ctx, total)
  const { score, grade, problems, suggestions } = sections

  const titleInTable = traps.spring('title-in-table', 0.3)
  const yearInBrackets = chance(random, 0.8) ? `（${year}年度）` : `(${year}年度)`
  const view: FormView = {
    layout,
    preface: national && chance(random, 0.4) ? '附件1' : null,
    reportNumber: national ? null : '报表编号：510000_0013zp',
    title: national ? '项目支出绩效自评表' : `部门预算项目支出绩效自评表${yearInBrackets}`,
    yearLine: national && !ctx.noYearLine ? yearInBrackets : null,
    titleInTable,
    name: code === null ? baseName : `${code}-${baseName}`,
    department: department.text,
    unit: unit.text,
    funds: funds.rows,
    fundsReason: national ? '' : chance(random, 0.7) ? SICHUAN_INSTRUCTIONS.reason : '无',
    goals,
    achieved,
    implementation: national ? '' : pick(random, IMPLEMENTATIONS),
    indicators: indicators.rows,
    mergeLevels: traps.spring('merged-levels', 0.7),
    totalWeight: '100',
    totalScore: sections.totalScore,
    conclusion: sections.conclusion,
    problems: sections.problemsCell,
    measures: sections.measuresCell,
    footnote: national && chance(random, 0.3) ? NATIONAL_FOOTNOTE : null,
    signatures: national ? null : [`项目负责人：${pick(random, ['张明', '李华', '王芳'])}`, `财务负责人：${pick(random, ['赵丽', '陈刚', '刘洋'])}`],
    spacedLabels: national && traps.spring('spaced-labels', 0.15),
  }
  const record: FormRecord = {
    name: baseName,
    amountWan: funds.stated.amountWan,
    score,
    grade,
    performance: sections.concluded ? `${achieved}\n${sections.conclusion}` : achieved,
    problems,
    suggestions,
    rectifications: [],
    executionRate: funds.stated.executionRate,
    unit: unit.stated,
    form: 'project-self-evaluation',
    code,
    department: department.stated,
    budgetWan: funds.stated.budgetWan,
    initialBudgetWan: funds.stated.initialBudgetWan,
    executionWeight: funds.stated.executionWeight,
    executionScore: funds.stated.executionScore,
    goals,
    indicators: indicators.stated,
    templateText: sections.unfilled ? unfilledCells(view) : [],
  }
  return { view, record }
}

/** What an unfilled Sichuan form's 评价结论, 存在问题 and 改进措施 cells state: the template's instructions. */
function unfilledCells(view: FormView): TemplateCell[] {
  const sections: [string, string][] = [['评价结论', view.conclusion], ['存在问题', view.problems], ['改进措施', view.measures]]
  return sections.map(([field, text]) => ({ field, cell: sichuanTextCell(view, field), text }))
}

function pageStyle(random: Random, traps: Traps, layout: FormLayout, year: number, department: string): PageStyle {
  const chrome = traps.spring('page-chrome', 0.5)
  return {
    chrome: chrome
      ? {
          pageTitle: `${department}${year}年度${layout === 'project' ? '项目支出' : '部门预算项目支出'}绩效自评表`,
          breadcrumb: '当前位置：首页 > 政府信息公开 > 财政预决算',
          published: `发布时间：${year + 1}-${pad(random.int(5, 9), 2)}-${pad(random.int(1, 28), 2)} 来源：${department} 浏览次数：${random.int(20, 999)}`,
          footer: '【打印本页】【关闭窗口】',
          layoutTable: traps.spring('layout-table', 0.5),
        }
      : null,
    wordMarkup: traps.spring('word-markup', 0.4),
    sourceBreaks: traps.spring('source-breaks', 0.3),
  }
}

/** Draws a document of self-evaluation forms of one department and year, with the records they state. */
export function drawForms(random: Random, options: FormsOptions): DrawnForms {
  const traps = new Traps(random, options.without)
  const year = random.int(2019, 2024)
  const department = pick(random, options.layout === 'project' ? NATIONAL_DEPARTMENTS : SICHUAN_DEPARTMENTS)
  const style = pageStyle(random, traps, options.layout, year, department[1])
  const noYearLine = style.chrome !== null && traps.spring('year-in-page-title', 0.3)
  const ctx: Context = { random, traps, layout: options.layout, year, department, names: new Set(), noYearLine }
  const drawn = Array.from({ length: options.forms }, () => drawForm(ctx))
  return { view: { style, forms: drawn.map((d) => d.view) }, year, records: drawn.map((d) => d.record) }
}

/** A web page of `forms` self-evaluation forms, the same for the same seed, and what each states. */
export function generateForms(options: FormsOptions & { seed?: number }): GeneratedForms {
  const drawn = drawForms(seededRandom(options.seed ?? 1), options)
  return { ...drawn, html: renderFormsHtml(drawn.view) }
}
