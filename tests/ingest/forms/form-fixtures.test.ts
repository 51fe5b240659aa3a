import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { cellRangeOf } from '../../../src/domain/cell-table.ts'
import type { Project } from '../../../src/domain/types.ts'
import { foldLines } from '../../../src/ingest/fold-lines.ts'
import { extractPdfInNode } from '../../../src/cli/pdf-node.ts'
import { documentKind } from '../../../src/ingest/document-kind.ts'
import { type DocumentRecords, documentRecords } from '../../../src/ingest/document-records.ts'
import { readTableDocument } from '../../../src/ingest/read-table-document.ts'

/** tests/fixtures/forms: each variant written by hand as HTML, converted by LibreOffice (make.sh). */
const FIXTURES = join(import.meta.dirname, '../../fixtures/forms')
const FILE_TYPES = ['html', 'docx', 'xlsx', 'xls', 'pdf'] as const

interface ExpectedProject {
  form: Project['form']
  name: string | null
  code: string | null
  department: string | null
  unit: string | null
  year: number | null
  budgetWan: number | null
  initialBudgetWan: number | null
  amountWan: number | null
  executionRate: number | null
  executionWeight: number | null
  executionScore: number | null
  score: number | null
  grade: Project['grade']
  indicatorCount: number
  problems: string[]
  suggestions: string[]
  /** Without the cell: its address depends on the file type (a workbook's sheet holds the page's paragraphs too). */
  templateText: { field: string; text: string }[]
  indicators: Project['indicators']
}

const expected = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8')) as Record<string, ExpectedProject[]>

async function read(fileName: string): Promise<DocumentRecords> {
  const bytes = new Uint8Array(readFileSync(join(FIXTURES, fileName)))
  const detected = documentKind(fileName, bytes)
  if (!detected.ok) throw new Error(`${fileName}: ${detected.detail}`)
  if (detected.kind === 'pdf') {
    const pdf = await extractPdfInNode(bytes)
    if (!pdf.ok) throw new Error(`${fileName}: ${pdf.detail}`)
    return documentRecords(pdf.document, fileName, { text: pdf.text, pageOfLine: pdf.pageOfLine })
  }
  if (detected.kind !== 'xlsx' && detected.kind !== 'xls' && detected.kind !== 'docx' && detected.kind !== 'html') {
    throw new Error(`${fileName}: read as ${detected.kind}`)
  }
  const document = await readTableDocument(detected.kind, bytes)
  if (!document.ok) throw new Error(`${fileName}: ${document.detail}`)
  return documentRecords(document.document, fileName)
}

/** A record as expected.json states it: the fields, the year of its dataset, and its first three indicators. */
const asExpected = (p: Project, year: number | null): ExpectedProject => ({
  form: p.form,
  name: p.name,
  code: p.code,
  department: p.department,
  unit: p.unit,
  year,
  budgetWan: p.budgetWan,
  initialBudgetWan: p.initialBudgetWan,
  amountWan: p.amountWan,
  executionRate: p.executionRate,
  executionWeight: p.executionWeight,
  executionScore: p.executionScore,
  score: p.score,
  grade: p.grade,
  indicatorCount: p.indicators.length,
  problems: p.problems,
  suggestions: p.suggestions,
  templateText: p.templateText.map(({ field, text }) => ({ field, text })),
  indicators: p.indicators.slice(0, 3),
})

describe.each(Object.keys(expected))('the %s forms', (base) => {
  describe.each(FILE_TYPES)(`read from ${base}.%s`, (type) => {
    let records: DocumentRecords
    beforeAll(async () => {
      records = await read(`${base}.${type}`)
    })

    it('gives every form with exactly the stated values', () => {
      const { projects, year } = records.result.dataset
      expect(projects.map((p) => asExpected(p, year))).toEqual(expected[base])
    })

    it('points each record at its table and the cells of its name and amount', () => {
      for (const { source } of records.result.dataset.projects) {
        expect(records.sourceTables.some((table) => table.index === source.table)).toBe(true)
        expect(source.fieldCells?.name).toMatch(/^[A-Z]+\d+(:[A-Z]+\d+)?$/)
      }
    })

    it('names the cell of each template instruction, a cell of the form’s table that holds that text', () => {
      for (const { source, templateText } of records.result.dataset.projects) {
        const table = records.sourceTables.find((t) => t.index === source.table)
        for (const { cell, text } of templateText) {
          const held = table?.cells.find((c) => cellRangeOf(c) === cell)
          expect(held === undefined ? null : foldLines(held.text)).toBe(text)
        }
      }
    })
  })
})
