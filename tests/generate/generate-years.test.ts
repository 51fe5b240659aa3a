import { describe, expect, it } from 'vitest'
import { deriveAcrossFiles } from '../../src/cli/derived.ts'
import { type ProjectRow, toRows } from '../../src/domain/project-row.ts'
import { claimsDealtWith, recurrences } from '../../src/domain/recurrence.ts'
import { linkSeries, seriesName } from '../../src/domain/series.ts'
import { linkCandidates } from '../../src/domain/series-candidates.ts'
import { seriesChanges } from '../../src/domain/series-changes.ts'
import { seriesEvidence } from '../../src/domain/series-flags.ts'
import { formChecks } from '../../src/domain/form-checks.ts'
import { phraseMatch, saysTheSame } from '../../src/domain/shared-phrases.ts'
import type { ParseResult } from '../../src/domain/types.ts'
import { generateYears, type YearsOptions } from '../../src/generate/generate-years.ts'
import type { PlantedFact, ProjectRef, YearsExpected } from '../../src/generate/years-expected.ts'
import {
  CONTRACT_PROBLEM,
  PROBLEMS,
  PROCUREMENT_PENDING,
  PROCUREMENT_PROBLEM,
  RECTIFICATIONS,
  UNRELATED_BEFORE,
  UNRELATED_NEW,
} from '../../src/generate/year-words.ts'
import { documentRecords } from '../../src/ingest/document-records.ts'
import { parseReport } from '../../src/ingest/parse-report.ts'
import { readTableDocument } from '../../src/ingest/read-table-document.ts'

/** Reads the generated files as the CLI and the dashboard read them. */
async function parseAll(files: readonly { name: string; text: string }[], forms: boolean): Promise<ParseResult[]> {
  const results: ParseResult[] = []
  for (const file of files) {
    if (!forms) {
      results.push(parseReport(file.text, { sourceName: file.name }))
      continue
    }
    const read = await readTableDocument('html', new TextEncoder().encode(file.text))
    if (!read.ok) throw new Error(read.detail)
    results.push(documentRecords(read.document, file.name).result)
  }
  return results
}

interface Source {
  id: string
  dataset: ParseResult['dataset']
  rows: ProjectRow[]
  diagnostics: ParseResult['diagnostics']
}

interface Linked {
  results: ParseResult[]
  sources: Source[]
  index: ReturnType<typeof linkSeries>
  changes: ReturnType<typeof seriesChanges>
  expected: YearsExpected
}

// Generated, parsed and linked once per options: the tests only read what comes back.
const linkedCache = new Map<string, Promise<Linked>>()
function generatedAndLinked(options: YearsOptions): Promise<Linked> {
  const key = JSON.stringify(options)
  const known = linkedCache.get(key)
  if (known !== undefined) return known
  const linked = link(options)
  linkedCache.set(key, linked)
  return linked
}

async function link(options: YearsOptions): Promise<Linked> {
  const { files, expected } = generateYears(options)
  const results = await parseAll(files, options.forms === 'project')
  const sources = results.map((r, i) => ({ id: String(i), dataset: r.dataset, rows: toRows(String(i), r.dataset.projects), diagnostics: r.diagnostics }))
  const index = linkSeries(sources)
  return { results, sources, index, changes: seriesChanges(sources, index), expected }
}

const rowId = (ref: ProjectRef | undefined): string => `${ref?.dataset}/${ref?.project}`
function rowAt(sources: readonly Source[], ref: ProjectRef | undefined): ProjectRow {
  const row = ref === undefined ? undefined : sources[ref.dataset]?.rows[ref.project]
  if (row === undefined) throw new Error(`no record at ${rowId(ref)}`)
  return row
}
const refOf = (id: string): ProjectRef => {
  const [dataset, project] = id.split('/').map(Number)
  return { dataset: dataset as number, project: project as number }
}
const factsOf = <F extends PlantedFact['fact']>(expected: YearsExpected, fact: F): Extract<PlantedFact, { fact: F }>[] =>
  expected.facts.filter((f): f is Extract<PlantedFact, { fact: F }> => f.fact === fact)

const FORM_CHECKS = ['score-sum-mismatch', 'execution-score-mismatch', 'rate-amount-mismatch', 'target-missed-full-marks', 'template-text'] as const

const REPORTS: YearsOptions = { from: 2019, to: 2023, seed: 1 }
const FORMS: YearsOptions = { from: 2019, to: 2023, seed: 1, forms: 'project' }


const byPlace = (a: { dataset: number; project: number }, b: { dataset: number; project: number }): number =>
  a.dataset - b.dataset || a.project - b.project

describe('generateYears', () => {
  it('is the same for the same seed and differs between seeds', () => {
    const a = generateYears(REPORTS)
    expect(generateYears(REPORTS)).toEqual(a)
    expect(generateYears({ ...REPORTS, seed: 2 }).files[0]?.text).not.toBe(a.files[0]?.text)
    expect(generateYears(FORMS)).toEqual(generateYears(FORMS))
  })

  it.each([
    [REPORTS, ['shanghai-sports-2019.txt', 'shanghai-sports-2020.txt', 'shanghai-sports-2021.txt', 'shanghai-sports-2022.txt', 'shanghai-sports-2023.txt']],
    [FORMS, ['tianchang-water-2019.html', 'tianchang-water-2020.html', 'tianchang-water-2021.html', 'tianchang-water-2022.html', 'tianchang-water-2023.html']],
  ])('names one file per year after the department (%j)', (options, names) => {
    const { files, expected } = generateYears(options)
    expect(files.map((f) => f.name)).toEqual(names)
    expect(expected.files).toEqual(names)
    expect(expected.years).toEqual([2019, 2020, 2021, 2022, 2023])
  })

  it.each([
    [{ from: 2019, to: 2019 }],
    [{ from: 2010, to: 2020 }],
    [{ from: 2019, to: 2020, projects: 0 }],
    [{ from: 2019, to: 2020, projects: 51 }],
  ])('refuses %j', (options) => {
    expect(() => generateYears(options)).toThrow(RangeError)
  })

  it('draws problems no two of which say the same, and rectifications that claim the work done', () => {
    for (const a of PROBLEMS) for (const b of PROBLEMS) if (a !== b) expect(saysTheSame(phraseMatch(a, b)), `${a} | ${b}`).toBe(false)
    expect(RECTIFICATIONS.every(claimsDealtWith)).toBe(true)
    expect(claimsDealtWith(PROCUREMENT_PENDING)).toBe(false)
  })

  it('plants a new problem that shares only generic words with the one before it, and nothing with the ordinary problems', () => {
    expect([UNRELATED_BEFORE.slice(0, 7), UNRELATED_NEW.slice(0, 7)]).toEqual(['部分项目未及时', '部分项目未及时'])
    expect(phraseMatch(UNRELATED_NEW, UNRELATED_BEFORE)).toEqual({ phrases: [], coverage: 0 })
    const planted = [CONTRACT_PROBLEM, PROCUREMENT_PROBLEM, UNRELATED_BEFORE, UNRELATED_NEW]
    for (const a of PROBLEMS) for (const b of planted) expect(phraseMatch(a, b).phrases, `${a} | ${b}`).toEqual([])
  })
})

describe.each([
  ['reports', REPORTS],
  ['forms', FORMS],
])('the %s of five years, parsed and linked', (_, options) => {
  it('read back with the planted names and scores', async () => {
    const { results, expected } = await generatedAndLinked(options)
    expect(results.map((r) => r.dataset.year)).toEqual(expected.years)
    expect(results.map((r) => r.dataset.projects.map((p) => ({ name: p.name, code: p.code, score: p.score })))).toEqual(
      expected.projects.map((projects) => projects.map(({ name, code, score }) => ({ name, code, score }))),
    )
    // The parser notes each list of rectifications longer than the problems; nothing else.
    const countMismatches = expected.projects.flat().filter((p) => p.flags.includes('rectifications-mismatch')).length
    expect(results.flatMap((r) => r.diagnostics.map((d) => d.code))).toEqual(Array.from({ length: countMismatches }, () => 'count-mismatch'))
  })

  it('are linked into exactly the planned series, by code or by name, under the planned keys', async () => {
    const { index, expected } = await generatedAndLinked(options)
    expect(index.series.map((s) => s.members.map((m) => refOf(m.row.id)))).toEqual(expected.series.map((s) => s.projects))
    expect(index.series.map((s) => s.members.map((m) => m.basis))).toEqual(expected.series.map((s) => s.projects.map(() => s.basis)))
    expect(index.series.map((s) => s.key)).toEqual(expected.series.map((s) => s.key))
    const kind = options.forms === 'project' ? 'self' : 'result'
    expect(expected.series.map((s) => s.key.split('|').slice(0, 2))).toEqual(expected.series.map((s) => [`${s.basis}:${kind}`, expected.department]))
  })

  it('get exactly the flags and changes planned for every record', async () => {
    const { results, changes, expected } = await generatedAndLinked(options)
    const derived = deriveAcrossFiles(results)
    expect(derived.flags).toEqual(expected.projects.map((projects) => projects.map((p) => p.flags)))
    expect([...changes.entries()].map(([id, change]) => [id, change.kinds])).toEqual(
      expected.projects.flatMap((projects, i) => projects.map((p, j) => [`${i}/${j}`, p.changes])),
    )
  })

  it('link none of the ambiguous name’s records in any year, mark none new or gone, and offer each the others as candidates', async () => {
    const { sources, index, changes, expected } = await generatedAndLinked(options)
    const [fact] = factsOf(expected, 'ambiguous')
    expect(fact?.sameYear).toEqual([
      { dataset: 1, project: expect.any(Number) },
      { dataset: 1, project: expect.any(Number) },
    ])
    expect(new Set(fact?.names.map(seriesName)).size).toBe(1)
    expect(new Set(fact?.names).size).toBe(2)
    const records = fact?.records ?? []
    expect(records.map((r) => r.dataset)).toEqual([0, 1, 1, 2, 3, 4])
    expect(records.map((r) => rowAt(sources, r).project.name).filter((name) => seriesName(name ?? '') !== seriesName(fact?.names[0] ?? ''))).toEqual([])
    expect(records.filter((r) => index.byRow.has(rowId(r)))).toEqual([])
    expect([...index.ambiguous].toSorted()).toEqual(records.map(rowId).toSorted())
    expect(records.map((r) => changes.get(rowId(r))?.kinds)).toEqual(records.map(() => []))
    expect(records.map((r) => expected.projects[r.dataset]?.[r.project]?.changes)).toEqual(records.map(() => []))
    for (const ref of records) {
      const offered = linkCandidates(rowId(ref), sources, index).filter((c) => c.reason === 'same-name').map((c) => refOf(c.row.id))
      // Nearest years first (linkCandidates' order): compared in file order here.
      expect(offered.toSorted(byPlace)).toEqual(records.filter((r) => r.dataset !== ref.dataset).toSorted(byPlace))
    }
  })

  it('link the planted series, names that keep their year style and names that change it', async () => {
    const { index, expected } = await generatedAndLinked(options)
    const series = factsOf(expected, 'series')
    expect(series.map((f) => f.role)).toEqual(
      options.forms === 'project'
        ? ['style-kept', 'style-changed', 'scores', 'new', 'gone', 'code-kept', 'code-renamed', 'code-clash-a', 'code-clash-b', ...FORM_CHECKS]
        : ['style-kept', 'style-changed', 'scores', 'new', 'gone', 'recurred', 'pending'],
    )
    for (const fact of series) {
      expect(index.byRow.get(rowId(fact.projects[0]))?.members.map((m) => refOf(m.row.id)), fact.role).toEqual(fact.projects)
    }
    const changed = series.find((f) => f.role === 'style-changed')?.names ?? []
    const base = changed[3] ?? ''
    expect(changed).toEqual([`2019年度${base}`, `2020年${base}`, `${base}（2021）`, base, `2023年度${base}`])
    const kept = series.find((f) => f.role === 'style-kept')?.names ?? []
    expect(kept).toEqual(expected.years.map((year) => `${year}年度${kept[0]?.slice(6)}`))
  })

  it('mark the project new in a later year and the one gone', async () => {
    const { changes, expected } = await generatedAndLinked(options)
    const [added] = factsOf(expected, 'new')
    const [gone] = factsOf(expected, 'gone')
    expect(added?.project.dataset).toBe(2)
    expect(changes.get(rowId(added?.project))?.kinds).toContain('new')
    expect(gone?.project.dataset).toBe(2)
    expect(changes.get(rowId(gone?.project))?.kinds).toContain('gone')
  })

  it('flag score-fell exactly where the planted scores fall, with the numbers', async () => {
    const { sources, changes, expected } = await generatedAndLinked(options)
    const [fact] = factsOf(expected, 'scores')
    expect(fact?.scores).toEqual([91.35, 86.2, 88.75, 88.75, 79.4])
    expect(fact?.changes).toEqual([[], ['fell'], ['rose'], ['same'], ['fell']])
    const evidence = (fact?.projects ?? []).map((ref) => seriesEvidence(changes, rowAt(sources, ref)).scoreFell)
    expect(evidence).toEqual([null, { from: 91.35, to: 86.2, delta: -5.15 }, null, null, { from: 88.75, to: 79.4, delta: -9.35 }])
  })
})

describe('the recurrences planted in the reports', () => {
  it('flag the problem back after a rectification that claimed it dealt with, explained by shared phrases', async () => {
    const { sources, changes, expected } = await generatedAndLinked(REPORTS)
    const [fact] = factsOf(expected, 'problem-recurred')
    const row = rowAt(sources, fact?.project)
    const previous = rowAt(sources, fact?.previous)
    expect(row.project.problems[0]).toBe(fact?.texts.problem)
    expect(previous.project.problems[0]).toBe(fact?.texts.previousProblem)
    expect(previous.project.rectifications[0]).toBe(fact?.texts.rectification)
    // 11 characters shared, of 15 and 28 compared (合同款项一次性支付未按进度付款; 合同约定一次性支付全部款项未按进度付款不利于资金风险控制).
    expect(seriesEvidence(changes, row).recurred).toEqual([
      { problem: 1, previousProblem: 1, rectification: 1, match: { phrases: ['未按进度付款', '一次性支付'], coverage: 22 / 43 } },
    ])
  })

  it('leave the new problem of that year unflagged, though it opens with the same generic words as a problem rectified the year before', async () => {
    const { sources, expected } = await generatedAndLinked(REPORTS)
    const [fact] = factsOf(expected, 'new-problem')
    const [recurred] = factsOf(expected, 'problem-recurred')
    expect([fact?.project, fact?.previous]).toEqual([recurred?.project, recurred?.previous])
    const row = rowAt(sources, fact?.project)
    const previous = rowAt(sources, fact?.previous)
    expect(row.project.problems).toHaveLength(2)
    expect(row.project.problems[(fact?.problem as number) - 1]).toBe(fact?.texts.problem)
    expect(previous.project.problems[(fact?.previousProblem as number) - 1]).toBe(fact?.texts.previousProblem)
    expect(claimsDealtWith(previous.project.rectifications[(fact?.previousProblem as number) - 1] ?? '')).toBe(true)
    expect(phraseMatch(fact?.texts.problem ?? '', fact?.texts.previousProblem ?? '').phrases).toEqual([])
    expect(recurrences(previous.project, row.project).map((r) => r.problem)).toEqual([1])
  })

  it('do not flag the same problem when the previous rectification says the work is still under way', async () => {
    const { sources, expected } = await generatedAndLinked(REPORTS)
    const [fact] = factsOf(expected, 'recurrence-pending')
    const row = rowAt(sources, fact?.project)
    const previous = rowAt(sources, fact?.previous)
    expect(row.project.problems).toEqual([fact?.texts.problem])
    expect(previous.project.problems).toEqual([fact?.texts.previousProblem])
    expect(previous.project.rectifications).toEqual([fact?.texts.rectification])
    expect(saysTheSame(phraseMatch(fact?.texts.problem ?? '', fact?.texts.previousProblem ?? ''))).toBe(true)
    expect(recurrences(previous.project, row.project)).toEqual([])
    expect(expected.projects[fact?.project.dataset as number]?.[fact?.project.project as number]?.flags).not.toContain('problem-recurred')
  })
})

describe('the self-evaluation forms planted', () => {
  it('link one project across a change of name by its code, and never two codes by their shared name', async () => {
    const { index, sources, expected } = await generatedAndLinked(FORMS)
    const byRole = new Map(factsOf(expected, 'series').map((f) => [f.role, f]))
    const renamed = byRole.get('code-renamed')
    expect(new Set(renamed?.names.map(seriesName)).size).toBe(2)
    expect(index.byRow.get(rowId(renamed?.projects[0]))?.members.every((m) => m.basis === 'code')).toBe(true)
    const a = byRole.get('code-clash-a')
    const b = byRole.get('code-clash-b')
    expect(seriesName(a?.names[0] ?? 'a')).toBe(seriesName(b?.names[0] ?? 'b'))
    expect(rowAt(sources, a?.projects[0]).project.code).not.toBe(rowAt(sources, b?.projects[0]).project.code)
    for (const f of [a, b]) {
      const series = index.byRow.get(rowId(f?.projects[0]))
      expect(series?.members.map((m) => refOf(m.row.id))).toEqual(f?.projects)
      expect(series?.members.every((m) => m.basis === 'code')).toBe(true)
    }
  })

  it.each(FORM_CHECKS)('flag %s exactly on the planted form, with its numbers', async (flag) => {
    const { results, sources, expected } = await generatedAndLinked(FORMS)
    const planted = factsOf(expected, 'form-check')
    const fact = planted.find((f) => f.flag === flag)
    expect(fact?.project.dataset).toBe(4)
    const flags = deriveAcrossFiles(results).flags
    const flagged = flags.flatMap((projects, i) => projects.flatMap((p, j) => (p.includes(flag) ? [{ dataset: i, project: j }] : [])))
    expect(flagged).toEqual([fact?.project])
    const checks = formChecks(rowAt(sources, fact?.project).project)
    expect(checks.map((c) => c.id)).toEqual([flag])
    expect(checks[0]).toMatchObject(CHECK_DETAILS[flag](fact as CheckFact))
  })
})

type CheckFact = Extract<PlantedFact, { fact: 'form-check' }>

/** What formChecks should say for each planted fact: its numbers as expected.json gives them. */
const CHECK_DETAILS: Record<(typeof FORM_CHECKS)[number], (fact: CheckFact) => object> = {
  'score-sum-mismatch': (f) => (f.flag === 'score-sum-mismatch' ? { stated: f.stated, sum: f.sum } : {}),
  'execution-score-mismatch': (f) => (f.flag === 'execution-score-mismatch' ? { stated: 10, expected: 8.5, rate: 85, weight: 10 } : {}),
  'rate-amount-mismatch': (f) =>
    f.flag === 'rate-amount-mismatch' ? { stated: 95, computed: 80, spentWan: f.spentWan, budgetWan: f.budgetWan } : {},
  'target-missed-full-marks': (f) =>
    f.flag === 'target-missed-full-marks' ? { indicators: [{ name: f.name, target: f.target, actual: f.actual, direction: '≥', weight: f.weight }] } : {},
  // The 实际完成情况 cell of the form's table: the row under 年度总体目标, right of 预期目标.
  'template-text': (f) => (f.flag === 'template-text' ? { cells: [{ field: '实际完成情况', cell: 'F9:I9', text: f.text }] } : {}),
}

describe.each([
  [{ from: 2015, to: 2016, seed: 3, projects: 1 }],
  [{ from: 2010, to: 2019, seed: 4, projects: 30 }],
  [{ from: 2020, to: 2022, seed: 5, projects: 20, forms: 'project' as const }],
  [{ from: 2016, to: 2023, seed: 6, projects: 8, forms: 'project' as const }],
])('other spans, seeds and sizes: %j', (options) => {
  it('come back with exactly the planned series, flags and changes', async () => {
    const { results, index, changes, expected } = await generatedAndLinked(options)
    expect(index.series.map((s) => s.members.map((m) => refOf(m.row.id)))).toEqual(expected.series.map((s) => s.projects))
    expect(index.series.map((s) => s.key)).toEqual(expected.series.map((s) => s.key))
    expect(deriveAcrossFiles(results).flags).toEqual(expected.projects.map((projects) => projects.map((p) => p.flags)))
    expect([...changes.values()].map((c) => c.kinds)).toEqual(expected.projects.flat().map((p) => p.changes))
  })
})
