import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DIAGNOSTIC_CODES } from '../../src/domain/diagnostic-codes.ts'
import type { Diagnostic, ParseResult, Project } from '../../src/domain/types.ts'
import { fromJson } from '../../src/ingest/from-json.ts'
import { toJson } from '../../src/ingest/to-json.ts'
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
      source: sourceArb,
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
        expect(fromJson(toJson(results))).toEqual({ ok: true, results })
      }),
    )
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
