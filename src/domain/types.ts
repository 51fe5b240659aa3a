import type { DiagnosticCode } from './diagnostic-codes.ts'

export type Grade = '优' | '良' | '中' | '差'

/** 1-based, inclusive line range of a block in the text it was parsed from. */
export interface SourceRange {
  startLine: number
  endLine: number
  /** 1-based page of the PDF the block starts on, when the text was extracted from a PDF. */
  page?: number
}

export interface Project {
  name: string | null
  /** 决算金额 in 万元 (10,000 yuan), converted from 元 or 亿元 when the report uses those. */
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
