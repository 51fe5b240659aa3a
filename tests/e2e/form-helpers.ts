/**
 * Helpers of the form-import end-to-end suite: what tests/fixtures/forms/expected.json says a
 * form holds, written as the page writes it (the table's cells, the drawer's indicator rows); the
 * page's tables read as grids with their merged cells spread out; and the refused files the suite
 * makes (a Word 97 file, an encrypted workbook, a zip bomb).
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { crc32, constants, deflateRawSync } from 'node:zlib'
import type { Locator, Page } from 'playwright-core'
import { compoundFile } from '../ingest/tables/xls-test-files.ts'
import type { FileSpec } from './import-helpers.ts'

export const FORM_FIXTURES = resolve(import.meta.dirname, '../fixtures/forms')

/** The part of an expected.json project the page shows. */
export interface ExpectedIndicator {
  level1: string | null
  level2: string | null
  name: string
  direction: string | null
  target: string | null
  actual: string | null
  unit: string | null
  weight: number | null
  score: number | null
  note: string | null
}

export interface ExpectedForm {
  form: 'project-self-evaluation' | 'department-self-evaluation'
  name: string
  code: string | null
  department: string | null
  unit: string | null
  budgetWan: number | null
  initialBudgetWan: number | null
  amountWan: number | null
  executionRate: number | null
  score: number | null
  grade: '优' | '良' | '中' | '差' | null
  indicatorCount: number
  problems: string[]
  indicators: ExpectedIndicator[]
}

const EXPECTED = JSON.parse(readFileSync(resolve(FORM_FIXTURES, 'expected.json'), 'utf8')) as Record<string, ExpectedForm[]>

/** The projects a fixture holds, in document order (by its base name, e.g. 'v2-anhui'). */
export function expectedForms(base: string): ExpectedForm[] {
  const forms = EXPECTED[base]
  if (forms === undefined) throw new Error(`expected.json has no fixture ${base}`)
  return forms
}

// ---------------------------------------------------------------------------------------------
// The values as the page writes them

const MISSING = '—'
const NOT_DISCLOSED = '未披露'
const TWO_DECIMALS = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })

/** An amount in 万元 or a score as the table writes it: 1,059.83, 97.40, — when not stated. */
export const twoDecimals = (n: number | null): string => (n === null ? MISSING : TWO_DECIMALS.format(n))

/** A rate as the table writes it: 86.00%, 未披露 when not stated. */
export const percent = (n: number | null): string => (n === null ? NOT_DISCLOSED : `${TWO_DECIMALS.format(n)}%`)

/** A weight or indicator score as the drawer writes it, as the form does: 10, 8.8. */
const points = (n: number | null): string => (n === null ? MISSING : String(n))

const FORM_SHORT = { 'project-self-evaluation': '项目自评', 'department-self-evaluation': '部门自评' } as const
export const FORM_LONG = { 'project-self-evaluation': '项目支出绩效自评表', 'department-self-evaluation': '部门整体支出绩效自评表' } as const

/**
 * A form's row of the table of one dataset with forms in view: 项目名称, 表类, 预算（万元）,
 * 决算金额（万元）, 评价分值, 评价结论, 预算执行率, 问题数.
 */
export function formRowCells(p: ExpectedForm): string[] {
  return [
    p.name,
    FORM_SHORT[p.form],
    twoDecimals(p.budgetWan),
    twoDecimals(p.amountWan),
    twoDecimals(p.score),
    p.grade ?? NOT_DISCLOSED,
    percent(p.executionRate),
    String(p.problems.length),
  ]
}

/** An indicator as a row of the drawer's 绩效指标 table, its merged 一级/二级 cells spread out. */
/** An indicator row of the drawer, for a form that states no 指标性质 or 度量单位 (their values are written whole). */
export function indicatorCells(i: ExpectedIndicator): string[] {
  if (i.direction !== null || i.unit !== null) throw new Error(`${i.name}: direction and unit are composed by the app`)
  const lost = i.weight !== null && i.score !== null && i.score < i.weight
  return [i.name, `${i.target ?? MISSING} → ${i.actual ?? MISSING}`, `${points(i.score)} / ${points(i.weight)}${lost ? ' 失分' : ''}`]
}

// ---------------------------------------------------------------------------------------------
// Reading the page

/** The header texts of the project table, without the sort arrows. */
export async function columnHeaders(page: Page): Promise<string[]> {
  return page
    .getByRole('table', { name: /^项目绩效评价结果/ })
    .locator('thead th')
    .evaluateAll((cells) =>
      cells.map((th) => {
        const copy = th.cloneNode(true) as Element
        for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove()
        return (copy.textContent ?? '').trim()
      }),
    )
}

/** What 查看原文 marks: each outlined cell's address, tooltip and text (its screen-reader note left out). */
export async function markedCells(table: Locator): Promise<{ address: string; title: string; text: string }[]> {
  return table.locator('td.source-cell-hit').evaluateAll((cells) =>
    cells.map((cell) => {
      const copy = cell.cloneNode(true) as Element
      for (const hidden of copy.querySelectorAll('.visually-hidden')) hidden.remove()
      return { address: cell.getAttribute('data-cell') ?? '', title: cell.getAttribute('title') ?? '', text: (copy.textContent ?? '').trim() }
    }),
  )
}

// ---------------------------------------------------------------------------------------------
// Files the page must refuse

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/** A Word 97–2003 document: a compound file with a WordDocument stream. */
export const word97File = (name: string): FileSpec => ({
  name,
  mimeType: 'application/msword',
  buffer: Buffer.from(compoundFile({ WordDocument: new Uint8Array(512).fill(0x41), '1Table': new Uint8Array(512) })),
})

/** A password-protected .xlsx as Excel saves it: a compound file with EncryptionInfo and EncryptedPackage. */
export const encryptedXlsxFile = (name: string): FileSpec => ({
  name,
  mimeType: XLSX_TYPE,
  buffer: Buffer.from(compoundFile({ EncryptionInfo: new Uint8Array(200), EncryptedPackage: new Uint8Array(5000).fill(0x5a) })),
})

/**
 * A .docx whose word/document.xml inflates to `inflatedMb` MB of spaces from some 200 KB. One
 * deflated MB, flushed so it stands alone, is repeated and closed by an empty final block: the
 * test never holds the inflated bytes.
 */
export function zipBombDocx(name: string, inflatedMb: number): FileSpec {
  const mb = Buffer.alloc(1024 * 1024, 0x20)
  const chunk = deflateRawSync(mb, { level: 9, finishFlush: constants.Z_FULL_FLUSH })
  const data = Buffer.concat([...Array.from({ length: inflatedMb }, () => chunk), Buffer.from([0x03, 0x00])])
  let crc = 0
  for (let i = 0; i < inflatedMb; i++) crc = crc32(mb, crc)
  const entry = Buffer.from('word/document.xml', 'utf8')
  const size = inflatedMb * mb.length
  const local = Buffer.alloc(30)
  local.writeUInt32LE(0x04034b50, 0)
  local.writeUInt16LE(20, 4) // version needed
  local.writeUInt16LE(8, 8) // deflate
  local.writeUInt32LE(crc, 14)
  local.writeUInt32LE(data.length, 18)
  local.writeUInt32LE(size, 22)
  local.writeUInt16LE(entry.length, 26)
  const central = Buffer.alloc(46)
  central.writeUInt32LE(0x02014b50, 0)
  central.writeUInt16LE(20, 4) // version made by
  central.writeUInt16LE(20, 6) // version needed
  central.writeUInt16LE(8, 10)
  central.writeUInt32LE(crc, 16)
  central.writeUInt32LE(data.length, 20)
  central.writeUInt32LE(size, 24)
  central.writeUInt16LE(entry.length, 28)
  const centralAt = local.length + entry.length + data.length
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(1, 8)
  end.writeUInt16LE(1, 10)
  end.writeUInt32LE(central.length + entry.length, 12)
  end.writeUInt32LE(centralAt, 16)
  return { name, mimeType: DOCX_TYPE, buffer: Buffer.concat([local, entry, data, central, entry, end]) }
}
