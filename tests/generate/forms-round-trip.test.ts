/**
 * Render → read round trip: whatever forms the generator draws, renderFormsHtml → readHtml →
 * recogniseForms gives back exactly the fields each form states. fast-check drives the generator
 * through fc.gen(), so a failing document shrinks to a small, plain one.
 */
import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { drawForms, type FormRecord } from '../../src/generate/generate-forms.ts'
import type { FormTrap } from '../../src/generate/form-traps.ts'
import type { Random } from '../../src/generate/random.ts'
import { type FormLayout, renderFormsHtml } from '../../src/generate/render-form-html.ts'
import { recogniseForms } from '../../src/ingest/forms/recognise-forms.ts'
import { readHtml } from '../../src/ingest/tables/read-html.ts'

const FIELDS = [
  'form', 'name', 'code', 'department', 'unit', 'budgetWan', 'initialBudgetWan', 'amountWan', 'executionRate', 'executionWeight',
  'executionScore', 'score', 'grade', 'goals', 'performance', 'problems', 'suggestions', 'rectifications', 'indicators', 'templateText',
] as const satisfies readonly (keyof FormRecord)[]

const stated = (record: FormRecord): Pick<FormRecord, (typeof FIELDS)[number]> =>
  Object.fromEntries(FIELDS.map((field) => [field, record[field]])) as Pick<FormRecord, (typeof FIELDS)[number]>

const fromGen = (g: fc.GeneratorValue): Random => ({ int: (min, max) => g(fc.integer, { min, max }) })


function roundTrip(g: fc.GeneratorValue, without: readonly FormTrap[]): void {
  const random = fromGen(g)
  const layout: FormLayout = random.int(0, 1) === 0 ? 'project' : 'sichuan'
  const drawn = drawForms(random, { forms: random.int(1, 3), layout, without })
  const read = readHtml(new TextEncoder().encode(renderFormsHtml(drawn.view)))
  if (!read.ok) throw new Error(`readHtml refused the page: ${read.detail}`)
  const { dataset } = recogniseForms(read.document, 'forms.html')
  expect(dataset.projects.map(stated)).toEqual(drawn.records.map(stated))
  expect(dataset.year).toBe(drawn.year)
}

// Each run renders and parses a page of up to three forms; a loaded 2-core machine gets a generous limit.
describe('generated forms read back exactly as written', { timeout: 60_000 }, () => {
  it('with every trap', () => {
    fc.assert(fc.property(fc.gen(), (g) => roundTrip(g, [])), { numRuns: 120 })
  })
})
