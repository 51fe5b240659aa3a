import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Dataset, FormKind, Indicator, ParseResult, Project } from '../../src/domain/types.ts'
import { fromCsv } from '../../src/ingest/from-csv.ts'
import { CSV_HEADERS_ZH, toCsv } from '../../src/ingest/to-csv.ts'
import { SOURCED_FIELDS } from '../../src/ingest/to-json.ts'
import { bundled } from '../support/bundled.ts'
import { makeProject } from '../support/project.ts'

const HEADER =
  'sourceName,title,department,year,name,amountWan,score,grade,executionRate,unit,performance,problems,suggestions,rectifications,form,code,projectDepartment,budgetWan,initialBudgetWan,executionWeight,executionScore,goals,indicators,templateText,sourceStartLine,sourceEndLine,sourcePage,sourceSheet,sourceTable,sourceCells,sourceFieldCells'

const project = (fields: Partial<Project>): Project =>
  makeProject({ name: '项目', source: { startLine: 1, endLine: 2 }, ...fields })

type DatasetFields = Partial<Pick<Dataset, 'title' | 'department' | 'year'>>

function result(sourceName: string, projects: Project[], fields: DatasetFields = {}): ParseResult {
  return {
    dataset: { title: null, department: null, year: null, sourceName, projects, ...fields },
    diagnostics: [],
  }
}

/** The cells of the single data row, split the way the CSV was written (no commas in cells). */
function onlyRow(csv: string): string {
  const lines = csv.slice(1).split('\r\n')
  expect(lines[0]).toBe(HEADER)
  expect(lines[2]).toBe('')
  expect(lines).toHaveLength(3)
  return lines[1] ?? ''
}

describe('toCsv', () => {
  it('writes a BOM, the header, one CRLF-ended row per project of every file, in order', () => {
    const first = project({
      name: '2018年基层党建及队伍教育管理',
      amountWan: 338.62,
      score: 93.17,
      grade: '优',
      executionRate: 83.63,
      unit: '万元',
      performance: '他说"好"，然后, 完成了了',
      problems: ['问题一', '问题二'],
      suggestions: ['建议一'],
      rectifications: [],
      source: { startLine: 3, endLine: 41, page: 2 },
    })
    const second = project({
      name: '第二',
      amountWan: -12.5,
      score: 0,
      source: { startLine: 42, endLine: 50 },
    })
    const meta = { title: '某部门2018年度绩效评价结果', department: '某部门', year: 2018 }
    const csv = toCsv([
      result('a.txt', [first, second], meta),
      result('empty.txt', []),
      result('b.txt', [project({ name: null })]),
    ])
    expect(csv).toBe(
      '\uFEFF' +
        `${HEADER}\r\n` +
        'a.txt,某部门2018年度绩效评价结果,某部门,2018,2018年基层党建及队伍教育管理,338.62,93.17,优,83.63,万元,"他说""好""，然后, 完成了了","问题一\n问题二",建议一,,result,,,,,,,,,,3,41,2,,,,\r\n' +
        'a.txt,某部门2018年度绩效评价结果,某部门,2018,第二,-12.5,0,,,,,,,,result,,,,,,,,,,42,50,,,,,\r\n' +
        'b.txt,,,,,,,,,,,,,,result,,,,,,,,,,1,2,,,,,\r\n',
    )
  })

  it('guards title and department like any text; a year that is no number is empty', () => {
    const csv = toCsv([
      result('a.txt', [project({ name: 'n' })], {
        title: '=标题',
        department: '@部门',
        year: Number.NaN,
      }),
    ])
    expect(onlyRow(csv)).toBe(`a.txt,"'=标题","'@部门",,n,,,,,,,,,,result,,,,,,,,,,1,2,,,,,`)
    expect(fromCsv(csv).datasets[0]).toMatchObject({ title: '=标题', department: '@部门', year: null })
  })

  it('writes a form record: its fields, its indicators, template text and field cells as compact JSON, its sheet, table and cells', () => {
    const form = project({
      name: '培训',
      amountWan: 380,
      form: 'project-self-evaluation',
      code: '51000021R000000019951',
      department: '=主管部门',
      budgetWan: 405.5,
      initialBudgetWan: 400,
      executionWeight: 10,
      executionScore: 9.38,
      goals: '完成培训\n第二段',
      indicators: [
        {
          level1: '产出指标（50分）',
          level2: '数量指标',
          name: '培训人次',
          direction: '≥',
          target: '≥2800',
          actual: '2859',
          unit: '人次',
          weight: 10,
          score: Number.NaN,
          note: null,
        },
        { level1: null, level2: null, name: '-满意度', direction: null, target: null, actual: null, unit: null, weight: null, score: 5, note: '"好"' },
      ],
      templateText: [
        { field: '存在问题', cell: 'B36:J36', text: '结合自评情况，分析存在的问题及原因。（200字以内）' },
        { field: '=评价结论', cell: null, text: '"说明"' },
      ],
      source: {
        startLine: 1,
        endLine: 38,
        sheet: '@表1',
        table: 2,
        cells: 'A1:J38',
        fieldCells: { score: 'I37', name: 'B3' },
      },
    })
    const csv = toCsv([result('a.xlsx', [form])])
    expect(onlyRow(csv)).toBe(
      'a.xlsx,,,,培训,380,,,,,,,,,project-self-evaluation,51000021R000000019951,"\'=主管部门",405.5,400,10,9.38,"完成培训\n第二段",' +
        '"[{""level1"":""产出指标（50分）"",""level2"":""数量指标"",""name"":""培训人次"",""direction"":""≥"",""target"":""≥2800"",""actual"":""2859"",""unit"":""人次"",""weight"":10,""score"":null,""note"":null},' +
        '{""level1"":null,""level2"":null,""name"":""-满意度"",""direction"":null,""target"":null,""actual"":null,""unit"":null,""weight"":null,""score"":5,""note"":""\\""好\\""""}]",' +
        '"[{""field"":""存在问题"",""cell"":""B36:J36"",""text"":""结合自评情况，分析存在的问题及原因。（200字以内）""},' +
        '{""field"":""=评价结论"",""cell"":null,""text"":""\\""说明\\""""}]",' +
        '1,38,,"\'@表1",2,A1:J38,"{""name"":""B3"",""score"":""I37""}"',
    )
    // The NaN score, which JSON writes as null, is the only change.
    const indicators = form.indicators.map((i) => ({ ...i, score: Number.isNaN(i.score) ? null : i.score }))
    expect(fromCsv(csv)).toStrictEqual({
      datasets: [{ ...result('a.xlsx', [{ ...form, indicators }]).dataset }],
      diagnostics: [],
    })
  })

  it('writes an empty field-cell map as {}, which reads back', () => {
    const input = result('a.docx', [project({ source: { startLine: 1, endLine: 2, table: 1, fieldCells: {} } })])
    const csv = toCsv([input])
    expect(onlyRow(csv)).toBe('a.docx,,,,项目,,,,,,,,,,result,,,,,,,,,,1,2,,,1,,{}')
    expect(fromCsv(csv)).toStrictEqual({ datasets: [input.dataset], diagnostics: [] })
  })

  it('writes only the BOM and header when there is no project', () => {
    expect(toCsv([])).toBe(`\uFEFF${HEADER}\r\n`)
    expect(toCsv([result('empty.txt', [])])).toBe(`\uFEFF${HEADER}\r\n`)
  })

  it.each([
    ["=cmd|' /C calc'!A0", `"'=cmd|' /C calc'!A0"`],
    ['+1', `"'+1"`],
    ['-x', `"'-x"`],
    ['@SUM(A1:A9)', `"'@SUM(A1:A9)"`],
    ['\tTAB', `"'\tTAB"`],
    ['\rCR', `"'\rCR"`],
    ["'已有引号", `"''已有引号"`],
    ['1+1', '1+1'],
    ['a=b', 'a=b'],
    ['名称, 带逗号', '"名称, 带逗号"'],
    [' 前导空格', '" 前导空格"'],
  ])('name %j is written as the cell %s and reads back unchanged', (name, cell) => {
    const input = [result('a.txt', [project({ name })])]
    const csv = toCsv(input)
    expect(onlyRow(csv)).toBe(`a.txt,,,,${cell},,,,,,,,,,result,,,,,,,,,,1,2,,,,,`)
    expect(fromCsv(csv)).toEqual({ datasets: input.map((r) => r.dataset), diagnostics: [] })
  })

  it('prefixes a list whose first item starts with =, though the cell spans lines', () => {
    // papaparse's own escapeFormulae pattern, /^[=+\-@\t\r].*$/, misses this multi-line cell.
    const csv = toCsv([result('a.txt', [project({ name: 'n', problems: ['=1+1', '第二'] })])])
    expect(onlyRow(csv)).toBe(`a.txt,,,,n,,,,,,,"'=1+1\n第二",,,result,,,,,,,,,,1,2,,,,,`)
  })

  it('keeps numbers as numbers: a negative amount is not prefixed', () => {
    const csv = toCsv([result('-a.txt', [project({ name: 'n', amountWan: -0.5, score: 1e21 })])])
    expect(onlyRow(csv)).toBe(`"'-a.txt",,,,n,-0.5,1e+21,,,,,,,,result,,,,,,,,,,1,2,,,,,`)
  })

  it('writes NaN and Infinity, which have no CSV form, as empty cells', () => {
    const csv = toCsv([
      result('a.txt', [project({ name: 'n', amountWan: Number.NaN, score: Infinity })]),
    ])
    expect(onlyRow(csv)).toBe('a.txt,,,,n,,,,,,,,,,result,,,,,,,,,,1,2,,,,,')
  })
})

describe('fromCsv reads toCsv back', () => {
  it('rebuilds the bundled report exactly: title, department, year and the eight projects', () => {
    expect(bundled.dataset).toMatchObject({
      title: '中国共产党上海市委员会组织部2018年度财政支出项目绩效评价结果',
      department: '中国共产党上海市委员会组织部',
      year: 2018,
    })
    expect(bundled.dataset.projects).toHaveLength(8)
    // Strict: no project gains a `page: undefined` on the way.
    expect(fromCsv(toCsv([bundled]))).toStrictEqual({
      datasets: [bundled.dataset],
      diagnostics: [],
    })
  })

  it('keeps each dataset its own title, department and year', () => {
    const a = result('a.txt', [project({ name: 'a1' })], {
      title: 'A',
      department: '甲',
      year: 2019,
    })
    const b = result('b.txt', [project({ name: 'b1' }), project({ name: 'b2' })], { year: 2020 })
    expect(fromCsv(toCsv([a, b]))).toEqual({ datasets: [a.dataset, b.dataset], diagnostics: [] })
  })

  it('groups rows by sourceName in order of first appearance', () => {
    const a1 = project({ name: 'a1', problems: ['x'] })
    const b1 = project({ name: 'b1', amountWan: 1.5 })
    const a2 = project({ name: 'a2', grade: '差', score: 59.99 })
    const csv = toCsv([result('a.txt', [a1]), result('b.txt', [b1]), result('a.txt', [a2])])
    expect(
      fromCsv(csv).datasets.map((d: Dataset) => [d.sourceName, d.projects.map((p) => p.name)]),
    ).toEqual([
      ['a.txt', ['a1', 'a2']],
      ['b.txt', ['b1']],
    ])
  })

  it('round-trips any dataset whose texts are non-empty and list items hold no newline', () => {
    const char = fc.oneof(
      fc.constantFrom(
        '=',
        '+',
        '-',
        '@',
        '\t',
        '\r',
        "'",
        '"',
        ',',
        ';',
        ' ',
        '优',
        '（1）',
        '\uFEFF',
      ),
      fc.string({ minLength: 1, maxLength: 1 }),
    )
    const text = fc.string({ unit: char, minLength: 1, maxLength: 12 })
    const item = text.filter((s) => !s.includes('\n'))
    const num = fc.option(
      fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
    )
    // Inside the JSON of indicators and field cells any text reads back, the empty one included.
    const jsonText = fc.string({ unit: char, maxLength: 8 })
    const indicatorArb: fc.Arbitrary<Indicator> = fc.record({
      level1: fc.option(jsonText),
      level2: fc.option(jsonText),
      name: jsonText,
      direction: fc.option(jsonText),
      target: fc.option(jsonText),
      actual: fc.option(jsonText),
      unit: fc.option(jsonText),
      weight: num,
      score: num,
      note: fc.option(jsonText),
    })
    const projectArb: fc.Arbitrary<Project> = fc.record({
      name: fc.option(text),
      amountWan: num,
      score: num,
      grade: fc.option(fc.constantFrom('优' as const, '良' as const, '中' as const, '差' as const)),
      performance: fc.option(text),
      problems: fc.array(item, { maxLength: 4 }),
      suggestions: fc.array(item, { maxLength: 4 }),
      rectifications: fc.array(item, { maxLength: 4 }),
      executionRate: num,
      unit: fc.option(text),
      form: fc.constantFrom<FormKind>('result', 'project-self-evaluation', 'department-self-evaluation'),
      code: fc.option(text),
      department: fc.option(text),
      budgetWan: num,
      initialBudgetWan: num,
      executionWeight: num,
      executionScore: num,
      goals: fc.option(text),
      indicators: fc.array(indicatorArb, { maxLength: 3 }),
      templateText: fc.array(fc.record({ field: jsonText, cell: fc.option(jsonText), text: jsonText }), { maxLength: 2 }),
      source: fc.record(
        {
          startLine: fc.integer({ min: 1, max: 1e6 }),
          endLine: fc.integer({ min: 1, max: 1e6 }),
          page: fc.integer({ min: 1, max: 1e4 }),
          sheet: text,
          table: fc.integer({ min: 1, max: 1e4 }),
          cells: text,
          fieldCells: fc.dictionary(fc.constantFrom(...SOURCED_FIELDS), jsonText, { maxKeys: 4 }),
        },
        { requiredKeys: ['startLine', 'endLine'] },
      ),
    })
    const fieldsArb = fc.record({ title: fc.option(text), department: fc.option(text), year: num })
    fc.assert(
      fc.property(
        text,
        fc.array(projectArb, { minLength: 1, maxLength: 3 }),
        fieldsArb,
        (sourceName, projects, fields) => {
          const input = result(sourceName, projects, fields)
          // Strict, on a clone with the plain prototype (fast-check's records have none): no
          // source gains a key the record lacks.
          expect(fromCsv(toCsv([input]))).toStrictEqual({
            datasets: [structuredClone(input.dataset)],
            diagnostics: [],
          })
        },
      ),
    )
  })

  it('writes the Chinese header with headers: zh, the same cells below it, and reads it back exactly', () => {
    const form = project({ name: '=公式样', form: 'project-self-evaluation', score: 95.5, source: { startLine: 1, endLine: 9, table: 2, cells: 'A1:J38' } })
    const input = [result('a.xlsx', [form], { title: '标题', department: '部门', year: 2020 })]
    const zh = toCsv(input, { headers: 'zh', series: [{ key: 'k', projects: [{ dataset: 0, project: 0 }] }], flags: [[['template-text']]] })
    const ids = toCsv(input, { series: [{ key: 'k', projects: [{ dataset: 0, project: 0 }] }], flags: [[['template-text']]] })
    const [zhHeader, ...zhRest] = zh.split('\r\n')
    const [idHeader, ...idRest] = ids.split('\r\n')
    expect(zhHeader).toBe(
      '\uFEFF来源文件,报告标题,发布部门,年度,项目名称,决算金额（万元）,评价分值,评价结论,预算执行率（%）,实施单位,主要绩效,存在问题,整改建议,整改情况,表类,项目编码,主管部门,全年预算数（万元）,年初预算数（万元）,预算执行分值,预算执行得分,年度目标,绩效指标（JSON）,填表说明（JSON）,起始行,结束行,页码,工作表,表格序号,单元格范围,字段单元格（JSON）,跨年系列,审计提示',
    )
    expect(idHeader).toBe(`\uFEFF${HEADER},seriesKey,flags`)
    expect(zhRest).toEqual(idRest)
    expect(zhRest[0]).toBe("a.xlsx,标题,部门,2020,\"'=公式样\",,95.5,,,,,,,,project-self-evaluation,,,,,,,,,,1,9,,,2,A1:J38,,k,template-text")
    expect(fromCsv(zh)).toStrictEqual({ datasets: input.map((r) => r.dataset), diagnostics: [] })
  })

  it('gives every column a distinct Chinese name without a delimiter in it', () => {
    const names = Object.values(CSV_HEADERS_ZH)
    expect(new Set(names).size).toBe(names.length)
    expect(names.filter((name) => /[,;\t]/.test(name))).toEqual([])
  })

  it('round-trips the bundled report under the Chinese header', () => {
    expect(fromCsv(toCsv([bundled], { headers: 'zh' }))).toStrictEqual({ datasets: [bundled.dataset], diagnostics: [] })
  })
})
