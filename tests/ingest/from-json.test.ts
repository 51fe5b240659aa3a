import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DIAGNOSTIC_CODES } from '../../src/domain/diagnostic-codes.ts'
import { RESULT_FORM_FIELDS } from '../../src/domain/result-fields.ts'
import type {
  Diagnostic,
  FormKind,
  Indicator,
  ParseResult,
  Project,
  SourceRange,
} from '../../src/domain/types.ts'
import { fromJson } from '../../src/ingest/from-json.ts'
import { SOURCED_FIELDS, toJson } from '../../src/ingest/to-json.ts'
import { bundled } from '../support/bundled.ts'
import { makeProject } from '../support/project.ts'

/** A valid export of one dataset with four projects and one diagnostic, as plain JSON data. */
function validExport(): { datasets: Record<string, unknown>[] } {
  const projects = ['一', '二', '三', '四'].map((name, i) =>
    makeProject({ name, source: { startLine: 10 * i + 1, endLine: 10 * i + 9 } }),
  )
  const diagnostic: Diagnostic = { level: 'warning', code: 'count-mismatch', message: 'm', line: 3 }
  const result: ParseResult = {
    dataset: { title: 't', department: 'd', year: 2018, sourceName: 'a.txt', projects },
    diagnostics: [diagnostic],
  }
  return JSON.parse(toJson([result])) as { datasets: Record<string, unknown>[] }
}

type Data = ReturnType<typeof validExport>
// The tests below change one place of a valid export; these reach into it without casts each time.
const dataset0 = (data: Data) => data.datasets[0] as Record<string, unknown>
const project = (data: Data, i: number) =>
  (dataset0(data).projects as Record<string, unknown>[])[i] as Record<string, unknown>
const source0 = (data: Data) => project(data, 0).source as Record<string, unknown>
const diagnostic0 = (data: Data) =>
  (dataset0(data).diagnostics as Record<string, unknown>[])[0] as Record<string, unknown>

/** An indicator as plain JSON data, every field set, with some changed. */
function indicatorJson(fields: Record<string, unknown>): Record<string, unknown> {
  const indicator: Indicator = {
    level1: '产出指标',
    level2: '数量指标',
    name: '培训人次',
    direction: '≥',
    target: '≥2800',
    actual: '2859',
    unit: '人次',
    weight: 10,
    score: 10,
    note: null,
  }
  return { ...indicator, ...fields }
}

/** Fails if fromJson throws or gives a message of more than one line. */
function oneLine(text: string): void {
  const imported = fromJson(text)
  if (!imported.ok) expect(imported.message).not.toMatch(/[\r\n\u2028\u2029]/)
}

/** The export with one change, as JSON text. */
function changed(change: (data: Data) => void): string {
  const data = validExport()
  change(data)
  return JSON.stringify(data, null, 2)
}

describe('fromJson reads toJson back', () => {
  it('gives the bundled report back exactly: dataset, title, department, year, diagnostics', () => {
    expect(bundled.dataset.title).not.toBeNull()
    // Strict: no project gains a `page: undefined` on the way.
    expect(fromJson(toJson([bundled]))).toStrictEqual({ ok: true, results: [bundled] })
  })

  it('keeps several results in order, with their diagnostics and a PDF page if any', () => {
    const diagnostics: Diagnostic[] = [
      { level: 'error', code: 'missing-field', message: '缺少字段：评价分值', line: 7 },
      { level: 'warning', code: 'no-blocks', message: '整份文本', line: null },
    ]
    const results: ParseResult[] = [
      {
        dataset: {
          title: null,
          department: null,
          year: null,
          sourceName: 'a.pdf',
          projects: [makeProject({ source: { startLine: 1, endLine: 4, page: 3 } })],
        },
        diagnostics,
      },
      { ...bundled, dataset: { ...bundled.dataset, sourceName: 'copy.txt' } },
    ]
    expect(fromJson(toJson(results))).toStrictEqual({ ok: true, results })
  })

  // About half a second on an idle machine; the limit leaves room for a loaded one.
  it('gives arbitrary valid results back', { timeout: 30_000 }, () => {
    // 'binary' strings hold any code unit, lone surrogates included: JSON escapes them.
    const text = fc.string({ unit: 'binary', maxLength: 12 })
    const num = fc.option(
      fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
    )
    const sourceArb = fc
      .record(
        {
          startLine: fc.integer({ min: 1, max: 1e7 }),
          length: fc.nat({ max: 1e3 }),
          page: fc.integer({ min: 1, max: 1e4 }),
        },
        { requiredKeys: ['startLine', 'length'] },
      )
      .map(({ startLine, length, ...page }) => ({
        startLine,
        endLine: startLine + length,
        ...page,
      }))
    const optionalText = fc.option(text)
    const indicatorArb: fc.Arbitrary<Indicator> = fc.record({
      level1: optionalText,
      level2: optionalText,
      name: text,
      direction: optionalText,
      target: optionalText,
      actual: optionalText,
      unit: optionalText,
      weight: num,
      score: num,
      note: optionalText,
    })
    const fieldCellsArb = fc.dictionary(fc.constantFrom(...SOURCED_FIELDS), text, { maxKeys: 4 })
    const formSourceArb = fc
      .tuple(
        sourceArb,
        fc.record(
          {
            sheet: text,
            table: fc.integer({ min: 1, max: 1e4 }),
            cells: text,
            fieldCells: fieldCellsArb,
          },
          { requiredKeys: [] },
        ),
      )
      .map(([lines, cells]): SourceRange => ({ ...lines, ...cells }))
    const projectArb: fc.Arbitrary<Project> = fc.record({
      name: fc.option(text),
      amountWan: num,
      score: num,
      grade: fc.option(fc.constantFrom('优' as const, '良' as const, '中' as const, '差' as const)),
      performance: fc.option(text),
      problems: fc.array(text, { maxLength: 3 }),
      suggestions: fc.array(text, { maxLength: 3 }),
      rectifications: fc.array(text, { maxLength: 3 }),
      executionRate: num,
      unit: fc.option(text),
      form: fc.constantFrom<FormKind>('result', 'project-self-evaluation', 'department-self-evaluation'),
      code: optionalText,
      department: optionalText,
      budgetWan: num,
      initialBudgetWan: num,
      executionWeight: num,
      executionScore: num,
      goals: optionalText,
      indicators: fc.array(indicatorArb, { maxLength: 3 }),
      templateText: fc.array(fc.record({ field: text, cell: optionalText, text }), { maxLength: 2 }),
      source: formSourceArb,
    })
    const diagnosticArb: fc.Arbitrary<Diagnostic> = fc.record({
      level: fc.constantFrom('error' as const, 'warning' as const),
      code: fc.constantFrom(...DIAGNOSTIC_CODES),
      message: text,
      line: fc.option(fc.integer({ min: 1, max: 1e7 })),
    })
    const resultArb: fc.Arbitrary<ParseResult> = fc.record({
      dataset: fc.record({
        title: fc.option(text),
        department: fc.option(text),
        year: num,
        sourceName: text,
        projects: fc.array(projectArb, { maxLength: 4 }),
      }),
      diagnostics: fc.array(diagnosticArb, { maxLength: 3 }),
    })
    fc.assert(
      fc.property(fc.array(resultArb, { maxLength: 3 }), (results) => {
        // Strict: a source gains no key the record lacks (`sheet: undefined`), in either form.
        // fast-check builds objects without a prototype; the clone has the plain one JSON gives.
        const expected = { ok: true, results: structuredClone(results) }
        expect(fromJson(toJson(results))).toStrictEqual(expected)
        expect(fromJson(toJson(results, { compact: true }))).toStrictEqual(expected)
      }),
    )
  })
})

/** A file as the first version of the format wrote it (before forms were read): no form fields. */
const VERSION_1 = `{
  "datasets": [
    {
      "title": "某部门2018年度绩效评价结果",
      "department": "某部门",
      "year": 2018,
      "sourceName": "a.pdf",
      "projects": [
        {
          "name": "项目甲",
          "amountWan": 338.62,
          "score": 93.17,
          "grade": "优",
          "performance": "完成了",
          "problems": [
            "问题一",
            "问题二"
          ],
          "suggestions": [],
          "rectifications": [
            "整改一"
          ],
          "executionRate": 83.63,
          "unit": "万元",
          "source": {
            "startLine": 3,
            "endLine": 41,
            "page": 2
          }
        },
        {
          "name": null,
          "amountWan": null,
          "score": null,
          "grade": null,
          "performance": null,
          "problems": [],
          "suggestions": [],
          "rectifications": [],
          "executionRate": null,
          "unit": null,
          "source": {
            "startLine": 42,
            "endLine": 50
          }
        }
      ],
      "diagnostics": [
        {
          "level": "warning",
          "code": "count-mismatch",
          "message": "存在问题 2 条，整改情况 1 条。",
          "line": 3
        }
      ]
    }
  ]
}
`

describe('fromJson reads the first version of the format', () => {
  const results: ParseResult[] = [
    {
      dataset: {
        title: '某部门2018年度绩效评价结果',
        department: '某部门',
        year: 2018,
        sourceName: 'a.pdf',
        projects: [
          {
            name: '项目甲',
            amountWan: 338.62,
            score: 93.17,
            grade: '优',
            performance: '完成了',
            problems: ['问题一', '问题二'],
            suggestions: [],
            rectifications: ['整改一'],
            executionRate: 83.63,
            unit: '万元',
            form: 'result',
            code: null,
            department: null,
            budgetWan: null,
            initialBudgetWan: null,
            executionWeight: null,
            executionScore: null,
            goals: null,
            indicators: [],
            templateText: [],
            source: { startLine: 3, endLine: 41, page: 2 },
          },
          {
            name: null,
            amountWan: null,
            score: null,
            grade: null,
            performance: null,
            problems: [],
            suggestions: [],
            rectifications: [],
            executionRate: null,
            unit: null,
            form: 'result',
            code: null,
            department: null,
            budgetWan: null,
            initialBudgetWan: null,
            executionWeight: null,
            executionScore: null,
            goals: null,
            indicators: [],
            templateText: [],
            source: { startLine: 42, endLine: 50 },
          },
        ],
      },
      diagnostics: [
        { level: 'warning', code: 'count-mismatch', message: '存在问题 2 条，整改情况 1 条。', line: 3 },
      ],
    },
  ]

  it('as 绩效评价结果 records: form "result", no code, department, budgets, goals or indicators', () => {
    expect(fromJson(VERSION_1)).toStrictEqual({ ok: true, results })
  })

  it('as the browser stored it, compact, and writes it back in the current version', () => {
    const compact = JSON.stringify(JSON.parse(VERSION_1))
    expect(fromJson(compact)).toStrictEqual({ ok: true, results })
    expect(toJson(results)).toContain('"form": "result",\n          "code": null,')
  })

  it('gives each project its own list of indicators', () => {
    const imported = fromJson(VERSION_1)
    const [a, b] = imported.ok ? (imported.results[0]?.dataset.projects ?? []) : []
    expect(a?.indicators).not.toBe(b?.indicators)
    expect(a?.indicators).not.toBe(RESULT_FORM_FIELDS.indicators)
  })

  it('still refuses a wrong shape in a project of that version, naming its place', () => {
    expect(fromJson(VERSION_1.replace('"amountWan": 338.62', '"amountWan": "338.62"'))).toEqual({
      ok: false,
      message: 'datasets[0].projects[0].amountWan：应为数字或 null，实际为 "338.62"',
    })
  })
})

describe('fromJson reads a form record', () => {
  it('keeps the source keys the file has, in the record order, and ignores field names it does not know', () => {
    const text = changed((data) => {
      Object.assign(project(data, 0), { form: 'department-self-evaluation', code: '001', budgetWan: 5 })
      Object.assign(source0(data), {
        fieldCells: { score: 'I37', color: 'red', name: 'B3' },
        cells: 'A1:J38',
        table: 2,
      })
    })
    const imported = fromJson(text)
    const first = imported.ok ? imported.results[0]?.dataset.projects[0] : undefined
    expect(first).toMatchObject({ form: 'department-self-evaluation', code: '001', budgetWan: 5 })
    expect(first?.source).toStrictEqual({
      startLine: 1,
      endLine: 9,
      table: 2,
      cells: 'A1:J38',
      fieldCells: { name: 'B3', score: 'I37' },
    })
    expect(Object.keys(first?.source.fieldCells ?? {})).toEqual(['name', 'score'])
  })

  it('reads an export written before executionWeight, executionScore and templateText as stating none of them', () => {
    const text = changed((data) => {
      for (const i of [0, 1]) {
        delete project(data, i).executionWeight
        delete project(data, i).executionScore
        delete project(data, i).templateText
      }
      Object.assign(project(data, 1), { form: 'project-self-evaluation', indicators: [indicatorJson({})] })
    })
    const imported = fromJson(text)
    const projects = imported.ok ? (imported.results[0]?.dataset.projects ?? []) : []
    expect(projects.map((p) => [p.form, p.executionWeight, p.executionScore, p.templateText])).toEqual([
      ['result', null, null, []],
      ['project-self-evaluation', null, null, []],
      ['result', null, null, []],
      ['result', null, null, []],
    ])
    expect(projects[0]?.templateText).not.toBe(projects[1]?.templateText)
  })

  it('reads the execution points and template cells back with only their own keys', () => {
    const cell = { field: '存在问题', cell: 'C21:K21', text: '结合自评情况，分析存在的问题及原因。（200字以内）' }
    const text = changed((data) =>
      Object.assign(project(data, 0), { executionWeight: 100, executionScore: 98, templateText: [{ ...cell, extra: 1 }, { ...cell, cell: null }] }),
    )
    const imported = fromJson(text)
    const first = imported.ok ? imported.results[0]?.dataset.projects[0] : undefined
    expect([first?.executionWeight, first?.executionScore]).toEqual([100, 98])
    expect(first?.templateText).toStrictEqual([cell, { ...cell, cell: null }])
  })

  it('reads indicators back with only their own keys', () => {
    const text = changed((data) => (project(data, 0).indicators = [indicatorJson({ extra: 1 })]))
    const imported = fromJson(text)
    const first = imported.ok ? imported.results[0]?.dataset.projects[0] : undefined
    expect(first?.indicators).toStrictEqual([indicatorJson({})])
  })
})

describe('fromJson', () => {
  it('keeps a diagnostic whose code it does not know, as unknown-code with the code after the message, and reads it back unchanged', () => {
    const text = changed((data) => Object.assign(diagnostic0(data), { code: 'future-code', message: '将来的提示' }))
    const imported = fromJson(text)
    expect(imported).toMatchObject({ ok: true })
    const diagnostics = imported.ok ? imported.results[0]?.diagnostics : undefined
    expect(diagnostics).toEqual([{ level: 'warning', code: 'unknown-code', message: '将来的提示（诊断代码：future-code）', line: 3 }])
    const results = imported.ok ? imported.results : []
    expect(fromJson(toJson(results))).toStrictEqual(imported)
  })

  it('still rejects a diagnostic code that is not text, naming its place', () => {
    expect(fromJson(changed((data) => (diagnostic0(data).code = 7)))).toEqual({
      ok: false,
      message: 'datasets[0].diagnostics[0].code：应为文本，实际为 7',
    })
  })

  it('skips a BOM and ignores keys that are not part of the format, on every level', () => {
    const text = changed((data) => {
      Object.assign(data, { version: 2 })
      dataset0(data).note = '备注'
      project(data, 0).extra = { deep: [1] }
      source0(data).column = 4
      diagnostic0(data).hint = null
    })
    expect(fromJson(`\uFEFF${text}`)).toStrictEqual(fromJson(JSON.stringify(validExport())))
    expect(fromJson(text)).toMatchObject({ ok: true })
  })

  it.each<[string, (data: Data) => void, string]>([
    [
      'a number as text',
      (d) => (project(d, 3).amountWan = 'abc'),
      'datasets[0].projects[3].amountWan：应为数字或 null，实际为 "abc"',
    ],
    [
      'a year as text',
      (d) => (dataset0(d).year = '2018'),
      'datasets[0].year：应为数字或 null，实际为 "2018"',
    ],
    [
      'a missing title',
      (d) => delete dataset0(d).title,
      'datasets[0].title：缺少此项，应为文本或 null',
    ],
    [
      'a sourceName of null',
      (d) => (dataset0(d).sourceName = null),
      'datasets[0].sourceName：应为文本，实际为 null',
    ],
    [
      'a grade outside 优良中差',
      (d) => (project(d, 0).grade = '良好'),
      'datasets[0].projects[0].grade：应为 优、良、中、差 或 null，实际为 "良好"',
    ],
    [
      'a list item that is no text',
      (d) => (project(d, 1).problems = ['一', 2]),
      'datasets[0].projects[1].problems[1]：应为文本，实际为 2',
    ],
    [
      'a list that is a text',
      (d) => (project(d, 1).suggestions = '建议'),
      'datasets[0].projects[1].suggestions：应为文本数组，实际为 "建议"',
    ],
    [
      'a project that is an array',
      (d) => ((dataset0(d).projects as unknown[])[2] = []),
      'datasets[0].projects[2]：应为对象，实际为 数组（0 项）',
    ],
    [
      'a startLine of 0',
      (d) => (source0(d).startLine = 0),
      'datasets[0].projects[0].source.startLine：应为 ≥ 1 的整数，实际为 0',
    ],
    [
      'a fractional endLine',
      (d) => (source0(d).endLine = 8.5),
      'datasets[0].projects[0].source.endLine：应为 ≥ 1 的整数，实际为 8.5',
    ],
    [
      'an endLine before the startLine',
      (d) => Object.assign(source0(d), { startLine: 5, endLine: 3 }),
      'datasets[0].projects[0].source.endLine：应为 ≥ startLine（5）的整数，实际为 3',
    ],
    [
      'a page of 0',
      (d) => (source0(d).page = 0),
      'datasets[0].projects[0].source.page：应为 ≥ 1 的整数，或省略此项，实际为 0',
    ],
    [
      'a page of null',
      (d) => (source0(d).page = null),
      'datasets[0].projects[0].source.page：应为 ≥ 1 的整数，或省略此项，实际为 null',
    ],
    [
      'a missing source',
      (d) => delete project(d, 0).source,
      'datasets[0].projects[0].source：缺少此项，应为对象',
    ],
    [
      'a diagnostic level outside error and warning',
      (d) => (diagnostic0(d).level = 'info'),
      'datasets[0].diagnostics[0].level：应为 "error" 或 "warning"，实际为 "info"',
    ],
    [
      'a diagnostic on line 0',
      (d) => (diagnostic0(d).line = 0),
      'datasets[0].diagnostics[0].line：应为 ≥ 1 的整数或 null，实际为 0',
    ],
    [
      'missing diagnostics',
      (d) => delete dataset0(d).diagnostics,
      'datasets[0].diagnostics：缺少此项，应为数组',
    ],
    [
      'a long text, shortened to 30 characters',
      (d) => (dataset0(d).year = '一二三四五六七八九十'.repeat(4)),
      'datasets[0].year：应为数字或 null，实际为 "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十…"',
    ],
    [
      'a text with a line break, kept on one line',
      (d) => (project(d, 0).score = '九十\n分'),
      'datasets[0].projects[0].score：应为数字或 null，实际为 "九十\\n分"',
    ],
    [
      'a form of another kind',
      (d) => (project(d, 0).form = '自评'),
      'datasets[0].projects[0].form：应为 "result"、"project-self-evaluation" 或 "department-self-evaluation"，实际为 "自评"',
    ],
    [
      'a budget as text',
      (d) => (project(d, 1).budgetWan = '405.5'),
      'datasets[0].projects[1].budgetWan：应为数字或 null，实际为 "405.5"',
    ],
    [
      'goals that are a list',
      (d) => (project(d, 1).goals = ['目标']),
      'datasets[0].projects[1].goals：应为文本或 null，实际为 数组（1 项）',
    ],
    [
      'indicators of null',
      (d) => (project(d, 0).indicators = null),
      'datasets[0].projects[0].indicators：应为数组，实际为 null',
    ],
    [
      'an indicator that is an array',
      (d) => (project(d, 0).indicators = [[]]),
      'datasets[0].projects[0].indicators[0]：应为对象，实际为 数组（0 项）',
    ],
    [
      'an indicator weight as text',
      (d) => (project(d, 0).indicators = [indicatorJson({ weight: '10' })]),
      'datasets[0].projects[0].indicators[0].weight：应为数字或 null，实际为 "10"',
    ],
    [
      'an indicator without a name',
      (d) => (project(d, 0).indicators = [indicatorJson({}), indicatorJson({ name: null })]),
      'datasets[0].projects[0].indicators[1].name：应为文本，实际为 null',
    ],
    [
      'an indicator without its note',
      (d) => {
        const indicator = indicatorJson({})
        delete indicator.note
        project(d, 0).indicators = [indicator]
      },
      'datasets[0].projects[0].indicators[0].note：缺少此项，应为文本或 null',
    ],
    [
      'a project with the other form fields but no indicators',
      (d) => delete project(d, 2).indicators,
      'datasets[0].projects[2].indicators：缺少此项，应为数组',
    ],
    [
      'a project with indicators but no form',
      (d) => delete project(d, 2).form,
      'datasets[0].projects[2].form：缺少此项，应为 "result"、"project-self-evaluation" 或 "department-self-evaluation"',
    ],
    [
      'an execution weight as text',
      (d) => (project(d, 0).executionWeight = '10'),
      'datasets[0].projects[0].executionWeight：应为数字或 null，实际为 "10"',
    ],
    [
      'template text of null',
      (d) => (project(d, 1).templateText = null),
      'datasets[0].projects[1].templateText：应为数组，实际为 null',
    ],
    [
      'a template cell without its text',
      (d) => (project(d, 0).templateText = [{ field: '存在问题', cell: null }]),
      'datasets[0].projects[0].templateText[0].text：缺少此项，应为文本',
    ],
    [
      'a template cell whose address is a number',
      (d) => (project(d, 0).templateText = [{ field: '存在问题', cell: 14, text: 't' }]),
      'datasets[0].projects[0].templateText[0].cell：应为文本或 null，实际为 14',
    ],
    [
      'a sheet that is a number',
      (d) => (source0(d).sheet = 1),
      'datasets[0].projects[0].source.sheet：应为文本，或省略此项，实际为 1',
    ],
    [
      'a table of 0',
      (d) => (source0(d).table = 0),
      'datasets[0].projects[0].source.table：应为 ≥ 1 的整数，或省略此项，实际为 0',
    ],
    [
      'a fractional table',
      (d) => (source0(d).table = 1.5),
      'datasets[0].projects[0].source.table：应为 ≥ 1 的整数，或省略此项，实际为 1.5',
    ],
    [
      'cells of null',
      (d) => (source0(d).cells = null),
      'datasets[0].projects[0].source.cells：应为文本，或省略此项，实际为 null',
    ],
    [
      'field cells that are an array',
      (d) => (source0(d).fieldCells = ['I37']),
      'datasets[0].projects[0].source.fieldCells：应为对象，或省略此项，实际为 数组（1 项）',
    ],
    [
      'a field cell that is a number',
      (d) => (source0(d).fieldCells = { name: 'B3', score: 37 }),
      'datasets[0].projects[0].source.fieldCells.score：应为文本，或省略此项，实际为 37',
    ],
    [
      'two problems: the first is named',
      (d) => {
        project(d, 2).unit = 5
        project(d, 1).name = 5
        dataset0(d).sourceName = 5
      },
      'datasets[0].sourceName：应为文本，实际为 5',
    ],
  ])('names the first invalid place for %s', (_label, change, message) => {
    expect(fromJson(changed(change))).toEqual({ ok: false, message })
  })

  it.each<[string, string]>([
    ['[]', '文件顶层：应为含 datasets 的对象，实际为 数组（0 项）'],
    ['null', '文件顶层：应为含 datasets 的对象，实际为 null'],
    ['"datasets"', '文件顶层：应为含 datasets 的对象，实际为 "datasets"'],
    ['{}', 'datasets：缺少此项，应为数组'],
    ['{"datasets": {}}', 'datasets：应为数组，实际为 对象'],
    ['{"datasets": [1]}', 'datasets[0]：应为对象，实际为 1'],
    // JSON.parse turns a number too large for a double into Infinity.
    [
      '{"datasets": [{"title": null, "department": null, "year": 1e400}]}',
      'datasets[0].year：应为数字或 null，实际为 Infinity',
    ],
  ])('rejects %s with a message naming the place', (text, message) => {
    expect(fromJson(text)).toEqual({ ok: false, message })
  })

  it.each<[string, string]>([
    ['', 'JSON 文件为空。'],
    [' \r\n\t', 'JSON 文件为空。'],
    ['\uFEFF', 'JSON 文件为空。'],
  ])('says so for the empty text %j', (text, message) => {
    expect(fromJson(text)).toEqual({ ok: false, message })
  })

  it.each<[string, string]>([
    ['{"datasets": []}\nx', '不是有效的 JSON（第 2 行第 1 列）：'],
    ['{\n  "datasets": [\n    01\n  ]\n}', '不是有效的 JSON（第 3 行第 6 列）：'],
    ['{"a":1,}', '不是有效的 JSON（第 1 行第 8 列）：'],
    ['{\r\n"a":1,\r\n}', '不是有效的 JSON（第 3 行第 1 列）：'],
  ])('gives the line and column of a syntax error in %j', (text, start) => {
    const imported = fromJson(text)
    expect(imported.ok).toBe(false)
    if (imported.ok) return
    expect(imported.message.startsWith(start)).toBe(true)
  })

  it.each(['{"datasets": [', '{"datasets": [}', '{"a":\n x}', "{'datasets': []}", 'datasets'])(
    'says %j is not JSON, on one line',
    (text) => {
      const imported = fromJson(text)
      expect(imported.ok).toBe(false)
      if (imported.ok) return
      expect(imported.message).toMatch(/^不是有效的 JSON[（：]/)
      expect(imported.message).not.toMatch(/[\r\n]/)
    },
  )

  it('never throws, and every message is one line', { timeout: 30_000 }, () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), oneLine))
    fc.assert(fc.property(fc.jsonValue(), (value) => oneLine(JSON.stringify(value))))
    fc.assert(
      fc.property(fc.jsonValue(), (value) => oneLine(JSON.stringify({ datasets: [value] }))),
    )
    oneLine('['.repeat(100_000))
    oneLine(`{"datasets": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`)
  })
})
