import type { DiagnosticCode } from './diagnostic-codes.ts'

export type Grade = '优' | '良' | '中' | '差'

/** 1-based, inclusive line range of a block in the text it was parsed from. */
export interface SourceRange {
  startLine: number
  endLine: number
  /** 1-based page of the PDF the block starts on, when the text was extracted from a PDF. */
  page?: number
  /** For a record read from a table (a form): the sheet it is on, in a workbook. */
  sheet?: string
  /** For a record read from a table: the 1-based table number in its document (DatasetRecord.sourceTables). */
  table?: number
  /** For a record read from a table: the cell range the form covers, e.g. 'A1:J38'. */
  cells?: string
  /** For a record read from a table: the cell each stated value came from, e.g. { score: 'I37' }. */
  fieldCells?: Partial<Record<SourcedField, string>>
}

/** The fields whose source cell a form-read record names. */
export type SourcedField =
  | 'name'
  | 'department'
  | 'unit'
  | 'amountWan'
  | 'budgetWan'
  | 'initialBudgetWan'
  | 'executionWeight'
  | 'executionScore'
  | 'executionRate'
  | 'score'
  | 'grade'
  | 'goals'
  | 'performance'
  | 'problems'
  | 'suggestions'

/** Which kind of document a record was read from. */
export type FormKind = 'result' | 'project-self-evaluation' | 'department-self-evaluation'

/** One row of a self-evaluation form's performance indicators (绩效指标), as stated. */
export interface Indicator {
  /** 一级指标, e.g. 产出指标 (the weight written with it, （50分）, is kept in the text). */
  level1: string | null
  /** 二级指标, e.g. 数量指标. */
  level2: string | null
  /** 三级指标 / 指标名称, with a leading 指标N： removed. */
  name: string
  /** 指标性质 where the form has that column: '=', '≥' or '≤' (also '>' '<' as written). */
  direction: string | null
  /** 年度指标值 / 指标值, as written ("≥95%", "2859"). */
  target: string | null
  /** 实际完成值 / 完成值, as written. */
  actual: string | null
  /** 度量单位 / 计量单位 where the form has that column. */
  unit: string | null
  /** 分值 / 权重. */
  weight: number | null
  /** 得分. */
  score: number | null
  /** 偏差原因分析及改进措施 / 未完成原因分析. */
  note: string | null
}

/**
 * A cell of a self-evaluation form that still holds the template's instruction for the filler
 * ("结合自评情况，分析存在的问题及原因。（200字以内）"): the form was published without that part filled in.
 */
export interface TemplateCell {
  /** The section as the form labels it: 存在问题, 年度目标完成情况, 未完成原因分析（受益农户满意度）… */
  field: string
  /** The cell's address in the form's table (as in fieldCells, e.g. 'B14'), or null when not known. */
  cell: string | null
  /** The instruction text as the cell states it. */
  text: string
}

export interface Project {
  name: string | null
  /**
   * 决算金额 in 万元 (10,000 yuan), converted from 元 or 亿元 when the report uses those. On a
   * self-evaluation form: what was spent (全年执行数 / 预算执行数).
   */
  amountWan: number | null
  score: number | null
  grade: Grade | null
  performance: string | null
  problems: string[]
  suggestions: string[]
  rectifications: string[]
  /** 预算执行率 in percent, only when the block's own text states it. */
  executionRate: number | null
  unit: string | null
  /** The document this record was read from: the result information table or a self-evaluation form. */
  form: FormKind
  /** The project code written before the name (Sichuan: 51000021R000000019951-工资性支出), else null. */
  code: string | null
  /** 主管部门 of a form, without its leading unit code; null when not stated (the dataset's department is the publisher). */
  department: string | null
  /** 全年预算数 / 调整后预算数 in 万元; null when the form states none (never 年初预算数). */
  budgetWan: number | null
  /** 年初预算数 in 万元. */
  initialBudgetWan: number | null
  /**
   * The 分值 / 权重 the form's funds table states for budget execution (its total row), as written:
   * 10 on the national and Sichuan templates, but 鄂州 forms write the form total 100 there.
   */
  executionWeight: number | null
  /** The 得分 of budget execution in the same row, as written (鄂州: the form's total score, e.g. 98). */
  executionScore: number | null
  /** 年度总体目标 / 项目年度目标 as stated (预期目标). */
  goals: string | null
  indicators: Indicator[]
  /** The cells that still hold the template's instructions, in the order of the form; [] when none (and for a result record). */
  templateText: TemplateCell[]
  source: SourceRange
}

export interface Dataset {
  title: string | null
  department: string | null
  year: number | null
  sourceName: string
  projects: Project[]
}

type DiagnosticLevel = 'error' | 'warning'

export interface Diagnostic {
  level: DiagnosticLevel
  /** Stable English identifier, e.g. 'missing-field': one of DIAGNOSTIC_CODES. */
  code: DiagnosticCode
  /** Chinese, for people. */
  message: string
  /** 1-based line in the input, or null when the problem concerns the whole text. */
  line: number | null
}

export interface ParseResult {
  dataset: Dataset
  diagnostics: Diagnostic[]
}
