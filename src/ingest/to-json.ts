import type { AuditFlagId } from '../domain/audit-flags.ts'
import type { Dataset, Diagnostic, Indicator, ParseResult, Project, SourceRange, SourcedField, TemplateCell } from '../domain/types.ts'

/** A record of the written file: the index of its dataset in `datasets` and its own in that dataset's `projects`. */
export interface ProjectRef {
  dataset: number
  project: number
}

/** One series (the same project in several datasets), its records in year order. */
export interface SeriesJson {
  key: string
  projects: ProjectRef[]
}

/** A user's link decision (src/domain/series.ts), its records named by their place in the file. */
export type LinkDecisionJson = { op: 'join'; row: ProjectRef; with: ProjectRef } | { op: 'detach'; row: ProjectRef }

/**
 * What the CLI and the dashboard work out across the records, written after them and never read
 * back (it is derived again on import): the series, each record's audit flags (by dataset, then
 * project, the indices of ProjectRef), and the user's link decisions (the dashboard only).
 */
export interface Derived {
  series?: readonly SeriesJson[]
  flags?: readonly DatasetFlags[]
  linkDecisions?: readonly LinkDecisionJson[]
}

/** The audit flag ids of each project of one dataset, in order. */
type DatasetFlags = readonly (readonly AuditFlagId[])[]

interface JsonOptions extends Derived {
  compact?: boolean
}

/**
 * The JSON export: `{"datasets":[…]}`, one entry per parse result, in the order given, each with
 * the dataset's fields and its diagnostics. Keys are written in a fixed order, whatever order the
 * objects were built in, so the output is stable to diff. Pretty-printed, ending with a newline,
 * unless `compact` (for storage, where nobody reads it and indentation doubles the time and size).
 * With `series` a top-level `series` follows `datasets`, with `linkDecisions` a `linkDecisions`
 * after it, and with `flags` every project ends with its `flags`.
 */
export function toJson(results: readonly ParseResult[], { compact = false, series, flags, linkDecisions }: JsonOptions = {}): string {
  const value = {
    datasets: results.map((result, i) => datasetJson(result, flags?.[i])),
    ...(series === undefined ? {} : { series: series.map(seriesJson) }),
    ...(linkDecisions === undefined ? {} : { linkDecisions: linkDecisions.map(linkDecisionJson) }),
  }
  return compact ? JSON.stringify(value) : `${JSON.stringify(value, null, 2)}\n`
}

const refJson = ({ dataset, project }: ProjectRef): ProjectRef => ({ dataset, project })

function seriesJson({ key, projects }: SeriesJson): SeriesJson {
  return { key, projects: projects.map(refJson) }
}

function linkDecisionJson(decision: LinkDecisionJson): LinkDecisionJson {
  return decision.op === 'join'
    ? { op: 'join', row: refJson(decision.row), with: refJson(decision.with) }
    : { op: 'detach', row: refJson(decision.row) }
}

function datasetJson({ dataset, diagnostics }: ParseResult, flags: DatasetFlags | undefined) {
  const { title, department, year, sourceName, projects }: Dataset = dataset
  return {
    title,
    department,
    year,
    sourceName,
    projects: projects.map((project, j) => {
      const json = projectJson(project)
      return flags === undefined ? json : { ...json, flags: [...(flags[j] ?? [])] }
    }),
    diagnostics: diagnostics.map(diagnosticJson),
  }
}

function projectJson(project: Project) {
  return {
    name: project.name,
    amountWan: project.amountWan,
    score: project.score,
    grade: project.grade,
    performance: project.performance,
    problems: [...project.problems],
    suggestions: [...project.suggestions],
    rectifications: [...project.rectifications],
    executionRate: project.executionRate,
    unit: project.unit,
    form: project.form,
    code: project.code,
    department: project.department,
    budgetWan: project.budgetWan,
    initialBudgetWan: project.initialBudgetWan,
    executionWeight: project.executionWeight,
    executionScore: project.executionScore,
    goals: project.goals,
    indicators: project.indicators.map(indicatorJson),
    templateText: project.templateText.map(templateCellJson),
    source: sourceJson(project.source),
  }
}

/** One indicator with its keys in the order of the form's columns; the CSV writes the same. */
export function indicatorJson(indicator: Indicator) {
  const { level1, level2, name, direction, target, actual, unit, weight, score, note } = indicator
  return { level1, level2, name, direction, target, actual, unit, weight, score, note }
}

/** One template cell, keys in a fixed order; the CSV writes the same. */
export function templateCellJson({ field, cell, text }: TemplateCell) {
  return { field, cell, text }
}

/**
 * The fields a form record can name the cell of, in the order their cells are written (the order
 * of Project). A Record, so a SourcedField added to the domain without a place here fails the typecheck.
 */
const SOURCED_FIELD_ORDER: Readonly<Record<SourcedField, true>> = {
  name: true,
  department: true,
  unit: true,
  amountWan: true,
  budgetWan: true,
  initialBudgetWan: true,
  executionWeight: true,
  executionScore: true,
  executionRate: true,
  score: true,
  grade: true,
  goals: true,
  performance: true,
  problems: true,
  suggestions: true,
}

export const SOURCED_FIELDS = Object.keys(SOURCED_FIELD_ORDER) as SourcedField[]

/** The cells a form record names, in SOURCED_FIELDS order; fields without a cell have no key. */
export function fieldCellsJson(fieldCells: NonNullable<SourceRange['fieldCells']>): Partial<Record<SourcedField, string>> {
  const out: Partial<Record<SourcedField, string>> = {}
  for (const field of SOURCED_FIELDS) {
    const cell = fieldCells[field]
    if (cell !== undefined) out[field] = cell
  }
  return out
}

/**
 * startLine and endLine always; page (a PDF), sheet, table, cells and fieldCells (a form read
 * from a table) only when the source has them, so text input has no such keys.
 */
function sourceJson({ startLine, endLine, page, sheet, table, cells, fieldCells }: SourceRange) {
  return {
    startLine,
    endLine,
    ...(page === undefined ? {} : { page }),
    ...(sheet === undefined ? {} : { sheet }),
    ...(table === undefined ? {} : { table }),
    ...(cells === undefined ? {} : { cells }),
    ...(fieldCells === undefined ? {} : { fieldCells: fieldCellsJson(fieldCells) }),
  }
}

function diagnosticJson({ level, code, message, line }: Diagnostic) {
  return { level, code, message, line }
}
