import type { AuditFlagLookup } from '../domain/audit-flags.ts'
import { projectThemes } from '../domain/problem-themes.ts'
import type { ProjectRow } from '../domain/project-row.ts'
import type { SeriesIndex } from '../domain/series.ts'
import type { Project, SourceRange } from '../domain/types.ts'
import type { ItemListKind, Messages } from '../i18n/messages.ts'

/** A cell as the workbook stores it: text (never a formula), a number, or nothing. */
export type XlsxCell = string | number | null

/**
 * How a column is shown: `text` on one line up to a width, `long` wrapped in a wide column,
 * `decimal` with two decimals (0.00), `integer` without (0).
 */
export type XlsxColumnKind = 'text' | 'long' | 'decimal' | 'integer'

interface XlsxColumn {
  header: string
  kind: XlsxColumnKind
}

/** One worksheet: its name, its columns and its rows of cells, one cell per column. */
export interface XlsxSheet {
  name: string
  columns: XlsxColumn[]
  rows: XlsxCell[][]
}

/** What the workbook is made of: the table's rows in its order, and what the view works out across them. */
export interface XlsxInput {
  rows: readonly ProjectRow[]
  /** Each dataset's id and the file it was read from; rows of a dataset not listed are left out, as in the CSV. */
  sources: readonly { id: string; dataset: { sourceName: string } }[]
  flagsOf: AuditFlagLookup
  /** Row id → its series, whose key the projects sheet names. */
  series: Pick<SeriesIndex, 'byRow'>
  t: Messages
}

/** A finite number, else an empty cell (a report never states NaN; JSON reads it as null). */
const num = (value: number | null): number | null => (value !== null && Number.isFinite(value) ? value : null)

/** Where the record is in its file: lines (and PDF page) for text, sheet or page, table and range for a form. */
function place(source: SourceRange, t: Messages): string {
  if (source.table === undefined) return t.xlsx.lines(source.startLine, source.endLine, source.page)
  return t.xlsx.table({ sheet: source.sheet ?? null, page: source.page ?? null, table: source.table, cells: source.cells ?? null })
}

/** A form's second list is its 改进措施 (measures), a result record's its 整改建议. */
const secondList = (project: Project): ItemListKind => (project.form === 'result' ? 'suggestions' : 'measures')

function projectsSheet({ rows, flagsOf, series, t }: XlsxInput, fileOf: (row: ProjectRow) => string): XlsxSheet {
  const h = t.xlsx.projectHeaders
  return {
    name: t.xlsx.sheets.projects,
    columns: [
      { header: h.dataset, kind: 'text' },
      { header: h.name, kind: 'text' },
      { header: h.code, kind: 'text' },
      { header: h.department, kind: 'text' },
      { header: h.unit, kind: 'text' },
      { header: h.form, kind: 'text' },
      { header: h.budget, kind: 'decimal' },
      { header: h.amount, kind: 'decimal' },
      { header: h.score, kind: 'decimal' },
      { header: h.grade, kind: 'text' },
      { header: h.executionRate, kind: 'decimal' },
      { header: h.executionWeight, kind: 'decimal' },
      { header: h.executionScore, kind: 'decimal' },
      { header: h.themes, kind: 'text' },
      { header: h.flags, kind: 'text' },
      { header: h.series, kind: 'text' },
      { header: h.problems, kind: 'integer' },
      { header: h.suggestions, kind: 'integer' },
      { header: h.rectifications, kind: 'integer' },
      { header: h.sourceFile, kind: 'text' },
      { header: h.sourcePlace, kind: 'text' },
    ],
    rows: rows.map((row) => {
      const p = row.project
      const themes = projectThemes(p)
      const flags = flagsOf(row)
      return [
        row.datasetLabel,
        p.name,
        p.code,
        p.department,
        p.unit,
        t.forms[p.form].short,
        num(p.budgetWan),
        num(p.amountWan),
        num(p.score),
        p.grade === null ? null : t.grades.label(p.grade),
        num(p.executionRate),
        num(p.executionWeight),
        num(p.executionScore),
        themes.length === 0 ? null : t.xlsx.join(themes.map((id) => t.themes[id].label)),
        flags.length === 0 ? null : t.xlsx.join(flags.map((id) => t.flags[id].label)),
        series.byRow.get(row.id)?.key ?? null,
        p.problems.length,
        p.suggestions.length,
        p.rectifications.length,
        fileOf(row),
        place(p.source, t),
      ]
    }),
  }
}

function itemsSheet({ rows, t }: XlsxInput): XlsxSheet {
  const h = t.xlsx.itemHeaders
  return {
    name: t.xlsx.sheets.items,
    columns: [
      { header: h.dataset, kind: 'text' },
      { header: h.project, kind: 'text' },
      { header: h.list, kind: 'text' },
      { header: h.n, kind: 'integer' },
      { header: h.text, kind: 'long' },
    ],
    rows: rows.flatMap((row) => {
      const p = row.project
      const lists: [ItemListKind, readonly string[]][] = [
        ['problems', p.problems],
        [secondList(p), p.suggestions],
        ['rectifications', p.rectifications],
      ]
      return lists.flatMap(([list, items]) => items.map((text, i): XlsxCell[] => [row.datasetLabel, p.name, t.xlsx.lists[list], i + 1, text]))
    }),
  }
}

function indicatorsSheet({ rows, t }: XlsxInput): XlsxSheet {
  const h = t.xlsx.indicatorHeaders
  return {
    name: t.xlsx.sheets.indicators,
    columns: [
      { header: h.dataset, kind: 'text' },
      { header: h.project, kind: 'text' },
      { header: h.level1, kind: 'text' },
      { header: h.level2, kind: 'text' },
      { header: h.name, kind: 'text' },
      { header: h.direction, kind: 'text' },
      { header: h.target, kind: 'text' },
      { header: h.actual, kind: 'text' },
      { header: h.unit, kind: 'text' },
      { header: h.weight, kind: 'decimal' },
      { header: h.score, kind: 'decimal' },
      { header: h.note, kind: 'long' },
    ],
    rows: rows.flatMap((row) =>
      row.project.indicators.map((i): XlsxCell[] => [
        row.datasetLabel,
        row.project.name,
        i.level1,
        i.level2,
        i.name,
        i.direction,
        i.target,
        i.actual,
        i.unit,
        num(i.weight),
        num(i.score),
        i.note,
      ]),
    ),
  }
}

/**
 * The workbook's three sheets: 项目 (one row per project), 问题与整改 (one per problem, suggestion or
 * measure, and rectification) and 绩效指标 (one per indicator of a form), headers in the interface
 * language, report text as stated. Rows keep the table's order, as the CSV export does.
 */
export function workbookSheets(input: XlsxInput): XlsxSheet[] {
  const files = new Map(input.sources.map((s) => [s.id, s.dataset.sourceName]))
  const rows = input.rows.filter((row) => files.has(row.datasetId))
  const kept = { ...input, rows }
  return [projectsSheet(kept, (row) => files.get(row.datasetId) ?? ''), itemsSheet(kept), indicatorsSheet(kept)]
}
