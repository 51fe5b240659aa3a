import type { TableDocument } from '../../domain/cell-table.ts'
import type { Dataset, Diagnostic, Project } from '../../domain/types.ts'
import { type DocumentRow, type DocumentRows, documentRows } from './document-rows.ts'
import { DEPARTMENT_TITLE, FORM_TITLE, HEADER_LABELS } from './form-labels.ts'
import { keyOf } from './form-rows.ts'
import { type FormBlock, readForm } from './read-form.ts'
import { parseTitle } from '../parse-title.ts'

export interface RecognisedForms {
  /** The records of every self-evaluation form found, in document order; empty when the document holds none. */
  dataset: Dataset
  diagnostics: Diagnostic[]
  /** The document as text, one row per line: the lines a record's source names. */
  text: string
  pageOfLine: (number | null)[]
}

const rowKey = (row: DocumentRow): string => row.cells.map(keyOf).join('')

const isTitleRow = (row: DocumentRow): boolean => row.cells.length <= 3 && FORM_TITLE.test(rowKey(row))
const isReportNumberRow = (row: DocumentRow): boolean => rowKey(row).startsWith('报表编号')
const namesTheForm = (row: DocumentRow): boolean =>
  row.cells.some((rc) => {
    const key = keyOf(rc)
    return HEADER_LABELS.name.has(key) || HEADER_LABELS.departmentName.has(key) || key.startsWith('项目名称:')
  })

/** A form's year: "（2022年度）", "2019年度)", "（ 2021 年度）" in its title rows. */
const FORM_YEAR = /((?:19|20)\d{2})\s*年度?\s*[)）]|[(（]\s*((?:19|20)\d{2})\s*年|((?:19|20)\d{2})\s*年度/

function yearOf(text: string): number | null {
  const m = FORM_YEAR.exec(text.normalize('NFKC'))
  const digits = m?.[1] ?? m?.[2] ?? m?.[3]
  return digits === undefined ? null : Number(digits)
}

interface Segment {
  rows: DocumentRow[]
  titleRows: DocumentRow[]
}

/**
 * Splits the rows into forms. A form starts at its title (…绩效自评表), its 报表编号, or, when the
 * previous form already has a 项目名称, at the next 项目名称: several forms in one table or sheet
 * split the same way as forms in separate tables, and a form continued on the next page stays one.
 */
function segments(rows: readonly DocumentRow[]): { preamble: DocumentRow[]; forms: Segment[] } {
  const preamble: DocumentRow[] = []
  const forms: Segment[] = []
  let current: Segment | null = null
  let named = false
  let pendingTitles: DocumentRow[] = []
  for (const row of rows) {
    const title = isTitleRow(row) || isReportNumberRow(row)
    if (title) {
      // A title after rows that named no form: those rows were page chrome under an earlier title (a web page's <title>).
      if (current !== null && !named && current.rows.length > current.titleRows.length) {
        forms.pop()
        preamble.push(...current.rows)
        current = null
      }
      if (current !== null && !named) {
        current.titleRows.push(row)
        current.rows.push(row)
        continue
      }
      pendingTitles.push(row)
      continue
    }
    const yearOnly = pendingTitles.length > 0 && row.cells.length === 1 && yearOf(rowKey(row)) !== null && !namesTheForm(row)
    if (yearOnly) {
      pendingTitles.push(row)
      continue
    }
    if (pendingTitles.length > 0 || (namesTheForm(row) && (current === null || named))) {
      current = { rows: [...pendingTitles, row], titleRows: pendingTitles }
      forms.push(current)
      named = namesTheForm(row)
      pendingTitles = []
      continue
    }
    if (current === null) {
      preamble.push(row)
      continue
    }
    current.rows.push(row)
    if (namesTheForm(row)) named = true
  }
  return { preamble, forms }
}

/** A segment may be a form when it has a title or a 项目名称; readForm says whether it has a form's tables. */
const mayBeForm = (segment: Segment): boolean => segment.titleRows.length > 0 || segment.rows.some(namesTheForm)

function kindOf(segment: Segment): FormBlock['kind'] {
  const title = segment.titleRows.map(rowKey).join('')
  if (DEPARTMENT_TITLE.test(title)) return 'department-self-evaluation'
  const hasProjectName = segment.rows.some((row) => row.cells.some((rc) => HEADER_LABELS.name.has(keyOf(rc))))
  const hasDepartmentName = segment.rows.some((row) => row.cells.some((rc) => HEADER_LABELS.departmentName.has(keyOf(rc))))
  return hasDepartmentName && !hasProjectName ? 'department-self-evaluation' : 'project-self-evaluation'
}

const textOf = (row: DocumentRow): string => row.cells.map((rc) => rc.cell.text.trim()).join('')

/**
 * The form's title: its last 自评表 row, the one nearest the form, and the year rows after it
 * ("项目支出绩效自评表（2022年度）"); a page's heading above it and the 报表编号 are left out.
 */
function formTitle(titleRows: readonly DocumentRow[]): string {
  const last = titleRows.findLastIndex((row) => FORM_TITLE.test(rowKey(row)))
  if (last < 0) return ''
  const after = titleRows.slice(last + 1).filter((row) => !isReportNumberRow(row))
  return [titleRows[last], ...after].map((row) => (row === undefined ? '' : textOf(row))).join('')
}

/** The publisher a title names before its year: "天长市水利局2022年度项目支出绩效自评表" → 天长市水利局. */
function publisherIn(title: string): string | null {
  const at = FORM_TITLE.exec(title)?.index ?? -1
  if (at <= 0) return null
  const { department, year } = parseTitle(title.slice(0, at))
  return year === null ? null : department
}

/** The one value all forms share, else null: a file of one department's forms names it. */
function shared(values: readonly (string | null)[]): string | null {
  const first = values[0]
  return first !== undefined && first !== null && values.every((v) => v === first) ? first : null
}

/**
 * Finds the self-evaluation forms (项目支出绩效自评表, 部门整体支出绩效自评表, and their provincial
 * variants) in a document read into paragraphs and tables, and reads each into a record.
 */
export function recogniseForms(document: TableDocument, sourceName: string): RecognisedForms {
  const read: DocumentRows = documentRows(document)
  const { preamble, forms } = segments(read.rows)
  const projects: Project[] = []
  const diagnostics: Diagnostic[] = []
  let year: number | null = null
  let title: string | null = null
  const titleTexts: string[] = []
  for (const segment of forms.filter(mayBeForm)) {
    const reading = readForm({ kind: kindOf(segment), rows: segment.rows })
    if (reading === null) continue
    projects.push(reading.project)
    diagnostics.push(...reading.diagnostics)
    const titleText = formTitle(segment.titleRows)
    year ??= yearOf(titleText) ?? segment.titleRows.map((row) => yearOf(textOf(row))).find((y) => y !== null) ?? null
    if (title === null && titleText !== '') title = titleText
    titleTexts.push(...segment.titleRows.map(textOf))
  }
  const preambleTexts = preamble.map(textOf)
  const fileTitle = document.title ?? ''
  year ??= [...preambleTexts, fileTitle].map(yearOf).find((y) => y !== null) ?? null
  const publisher = [...titleTexts, ...preambleTexts.filter((text) => FORM_TITLE.test(text)), fileTitle]
    .map(publisherIn)
    .find((p) => p !== null)
  return {
    dataset: { title, department: publisher ?? shared(projects.map((p) => p.department)), year, sourceName, projects },
    diagnostics,
    text: read.text,
    pageOfLine: read.pageOfLine,
  }
}
