import { describe, expect, it } from 'vitest'
import { type DrawnForms, drawForms, generateForms } from '../../src/generate/generate-forms.ts'
import { FORM_TRAPS, type FormTrap } from '../../src/generate/form-traps.ts'
import { chance, pick, sample, seededRandom } from '../../src/generate/random.ts'
import type { FormLayout, FormView } from '../../src/generate/render-form-html.ts'

const LAYOUTS: readonly FormLayout[] = ['project', 'sichuan']
const SEEDS = Array.from({ length: 40 }, (_, i) => i + 1)

/** 40 documents of 3 forms in each layout. */
const documents = (without: readonly FormTrap[] = []): DrawnForms[] =>
  LAYOUTS.flatMap((layout) => SEEDS.map((seed) => drawForms(seededRandom(seed), { forms: 3, layout, without })))

const forms = (doc: DrawnForms): FormView[] => doc.view.forms
const isPlaceholderName = (name: string): boolean => /^指标\d+：$/.test(name) || name === '……'

/** How each trap shows in a document: what the generator drew, read off its view and records. */
const SHOWS: Record<FormTrap, (doc: DrawnForms) => boolean> = {
  'merged-levels': (doc) => forms(doc).some((f) => f.mergeLevels),
  placeholders: (doc) => forms(doc).some((f) => f.funds.some((r) => ['—', '-', '/'].includes(r.score) && f.layout === 'project') || f.indicators.some((i) => isPlaceholderName(i.name))),
  thousands: (doc) => forms(doc).some((f) => f.funds.some((r) => r.budget.includes(','))),
  'wan-suffix': (doc) => forms(doc).some((f) => f.funds.some((r) => r.budget.endsWith('万'))),
  'unit-codes': (doc) => forms(doc).some((f) => /^\d+[-－]/.test(f.department) || /^\d+[-－]/.test(f.unit)),
  'empty-organisations': (doc) => forms(doc).some((f) => f.department === '' || f.unit === ''),
  'indicator-numbering': (doc) => forms(doc).some((f) => f.indicators.some((i) => /^指标\d+：./.test(i.name))),
  'name-only-indicators': (doc) => doc.records.some((r) => r.indicators.some((i) => i.target === null && i.weight === null)),
  'missing-rate': (doc) => forms(doc).some((f) => f.funds[0]?.rate === ''),
  'blank-total-score': (doc) => forms(doc).some((f) => f.layout === 'project' && f.totalScore === ''),
  'word-markup': (doc) => doc.view.style.wordMarkup,
  'source-breaks': (doc) => doc.view.style.sourceBreaks,
  'spaced-labels': (doc) => forms(doc).some((f) => f.spacedLabels),
  'page-chrome': (doc) => doc.view.style.chrome !== null,
  'layout-table': (doc) => doc.view.style.chrome?.layoutTable === true,
  'filler-rows': (doc) => forms(doc).some((f) => f.indicators.some((i) => i.name === '' && i.level1 === '')),
  'title-in-table': (doc) => forms(doc).some((f) => f.titleInTable),
  unfilled: (doc) => forms(doc).some((f) => f.conclusion.startsWith('结合自评情况')),
  'list-preamble': (doc) => forms(doc).some((f) => f.problems.startsWith('主要存在以下问题：') || f.measures.startsWith('下一步改进措施：')),
  'number-led-items': (doc) => doc.records.some((r) => r.problems.some((p) => /^\d/.test(p))),
  'multi-line-cells': (doc) => forms(doc).some((f) => [f.problems, f.measures, f.conclusion].some((t) => t.includes('\n'))),
  'year-in-page-title': (doc) => forms(doc).some((f) => f.layout === 'project' && f.yearLine === null),
}

describe('generateForms', () => {
  it('is the same for the same seed and differs between seeds', () => {
    const a = generateForms({ forms: 5, layout: 'sichuan', seed: 11 })
    expect(generateForms({ forms: 5, layout: 'sichuan', seed: 11 })).toEqual(a)
    expect(generateForms({ forms: 5, layout: 'sichuan', seed: 12 }).html).not.toBe(a.html)
    expect(a.records).toHaveLength(5)
    expect(drawForms(seededRandom(11), { forms: 5, layout: 'sichuan' }).records).toEqual(a.records)
  })

  it.each(FORM_TRAPS.map((trap) => [trap]))('sets the trap %s in some documents, and never when it is left out', (trap) => {
    expect(documents().some(SHOWS[trap])).toBe(true)
    expect(documents([trap]).some(SHOWS[trap])).toBe(false)
  })

  it('writes plain forms when every trap is left out', () => {
    const doc = generateForms({ forms: 3, layout: 'project', seed: 3, without: FORM_TRAPS })
    expect(doc.html).not.toMatch(/MsoNormalTable|&nbsp;|<title>|指标\d+：|,\d{3}/)
    expect(doc.records.every((r) => r.department !== null && r.unit !== null && r.executionRate !== null && r.score !== null)).toBe(true)
  })

  it.each([
    ['project', null, null],
    ['sichuan', /^\d{6}\d{2}[RTYX]\d{12}$/, /^部门预算项目支出绩效自评表[（(]20\d\d年度[）)]$/],
  ] as const)('states what the %s layout states', (layout, code, title) => {
    const all = SEEDS.map((seed) => generateForms({ forms: 3, layout, seed }))
    const records = all.flatMap((doc) => doc.records)
    for (const record of records) {
      expect(record.form).toBe('project-self-evaluation')
      if (code === null) expect(record.code).toBeNull()
      else expect(record.code).toMatch(code)
      // The national form has no 存在问题/改进措施: its problems are the deviation notes.
      if (layout === 'project') {
        expect(record.suggestions).toEqual([])
        expect(record.problems).toEqual(record.indicators.flatMap((i) => (i.note === null ? [] : [i.note])))
        expect(record.grade).toBeNull()
      }
    }
    if (title !== null) for (const form of all.flatMap(forms)) expect(form.title).toMatch(title)
    // The Sichuan 合计 row holds the weight only: the score is stated in the 评价结论 or not at all.
    expect(all.flatMap(forms).every((f) => f.totalWeight === '100' && (layout === 'project' || f.totalScore === ''))).toBe(true)
    expect(new Set(records.map((r) => r.score === null)).size).toBe(2)
  })

  it('states amounts and rates as the cells write them', () => {
    const rows = LAYOUTS.flatMap((layout) => SEEDS.flatMap((seed) => generateForms({ forms: 3, layout, seed }).view.forms.map((f) => f.funds[0])))
    for (const row of rows) {
      expect(row?.budget).toMatch(/^\d{1,3}(?:,?\d{3})*(?:\.\d\d)?万?$/)
      expect(row?.rate).toMatch(/^$|^\d{2,3}(?:\.\d\d)? ?%$/)
    }
  })

  it('states the funds row’s 分值 and 得分 of every form as the cells write them', () => {
    const drawn = LAYOUTS.flatMap((layout) => SEEDS.map((seed) => generateForms({ forms: 3, layout, seed })))
    for (const doc of drawn) {
      doc.records.forEach((record, i) => {
        const total = doc.view.forms[i]?.funds[0]
        expect([record.executionWeight, record.executionScore]).toEqual([Number(total?.weight), Number(total?.score)])
        expect(record.executionWeight).toBe(10)
      })
    }
  })

  it('states the template’s instructions of an unfilled Sichuan form with their cells, title rows in the table counted', () => {
    const doc = generateForms({ forms: 3, layout: 'sichuan', seed: 4 })
    expect([doc.view.forms[2]?.titleInTable, doc.view.forms[2]?.indicators.length]).toEqual([true, 7])
    expect(doc.records.map((r) => r.templateText.length)).toEqual([0, 0, 3])
    expect(doc.records[2]?.templateText).toEqual([
      { field: '评价结论', cell: 'B25:K25', text: '结合自评情况，说明项目自评总分，说明项目实施取得的成效或成果。（200字以内）' },
      { field: '存在问题', cell: 'B26:K26', text: '结合自评情况，分析存在的问题及原因。（200字以内）' },
      { field: '改进措施', cell: 'B27:K27', text: '针对项目自评中发现的问题，提出下一步改进完善的意见及有关政策性建议。（200字以内）' },
    ])
  })
})

/** Five throws of a die seeded with `seed`. */
function draw(seed: number): number[] {
  const random = seededRandom(seed)
  return Array.from({ length: 5 }, () => random.int(1, 6))
}

describe('the random helpers', () => {
  it('lean to their first answer at the minimum, as a shrunk fast-check run gives', () => {
    const lowest = { int: (min: number) => min }
    expect([chance(lowest, 0.9), pick(lowest, ['a', 'b']), sample(lowest, ['a', 'b', 'c'], 2)]).toEqual([false, 'a', ['a', 'b']])
  })

  it('repeat for a seed', () => {
    expect(draw(4)).toEqual(draw(4))
    expect(draw(4).every((n) => n >= 1 && n <= 6)).toBe(true)
  })
})
