import { describe, expect, it } from 'vitest'
import type { Diagnostic } from '../../src/domain/types.ts'
import { fromCsv } from '../../src/ingest/from-csv.ts'
import { RESULT_FORM_FIELDS } from '../../src/domain/result-fields.ts'

const HEADER =
  'sourceName,title,department,year,name,amountWan,score,grade,executionRate,unit,performance,problems,suggestions,rectifications,form,code,projectDepartment,budgetWan,initialBudgetWan,executionWeight,executionScore,goals,indicators,templateText,sourceStartLine,sourceEndLine,sourcePage,sourceSheet,sourceTable,sourceCells,sourceFieldCells'
/** The header of exports written before executionWeight, executionScore and templateText. */
const FORMS_HEADER =
  'sourceName,title,department,year,name,amountWan,score,grade,executionRate,unit,performance,problems,suggestions,rectifications,form,code,projectDepartment,budgetWan,initialBudgetWan,goals,indicators,sourceStartLine,sourceEndLine,sourcePage,sourceSheet,sourceTable,sourceCells,sourceFieldCells'
/** The header of exports written before the form columns (form … indicators, sourceSheet … sourceFieldCells). */
const PREVIOUS_HEADER =
  'sourceName,title,department,year,name,amountWan,score,grade,executionRate,unit,performance,problems,suggestions,rectifications,sourceStartLine,sourceEndLine,sourcePage'
/** The header of exports written before title, department, year and sourcePage. */
const OLD_HEADER =
  'sourceName,name,amountWan,score,grade,executionRate,unit,performance,problems,suggestions,rectifications,sourceStartLine,sourceEndLine'

const EMPTY_PROJECT = {
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
  ...RESULT_FORM_FIELDS,
  executionWeight: null,
  executionScore: null,
  templateText: [],
}

describe('fromCsv', () => {
  it('reads columns by name, without a BOM, with LF rows and extra columns', () => {
    const csv =
      'sourcePage,year,sourceStartLine,sourceEndLine,name,sourceName,amountWan,score,grade,executionRate,unit,performance,problems,suggestions,rectifications,备注,department,title\n' +
      '3,2019,5,9,项目甲,a.txt,1.25,88,良,,万元,,"一\n二",,,随便,部门,标题\n'
    expect(fromCsv(csv)).toStrictEqual({
      datasets: [
        {
          title: '标题',
          department: '部门',
          year: 2019,
          sourceName: 'a.txt',
          projects: [
            {
              ...EMPTY_PROJECT,
              name: '项目甲',
              amountWan: 1.25,
              score: 88,
              grade: '良',
              unit: '万元',
              problems: ['一', '二'],
              source: { startLine: 5, endLine: 9, page: 3 },
            },
          ],
        },
      ],
      diagnostics: [
        {
          level: 'warning',
          code: 'csv-unknown-column',
          message: '未知的列「备注」，已忽略。',
          line: 1,
        },
      ],
    })
  })

  it('reads an older export without title, department, year and sourcePage', () => {
    const csv = `\uFEFF${OLD_HEADER}\r\na.txt,项目乙,2.5,,,,,,,,,7,8\r\n`
    // Strict: the project has no `page` key at all, as for text input.
    expect(fromCsv(csv)).toStrictEqual({
      datasets: [
        {
          title: null,
          department: null,
          year: null,
          sourceName: 'a.txt',
          projects: [
            { ...EMPTY_PROJECT, name: '项目乙', amountWan: 2.5, source: { startLine: 7, endLine: 8 } },
          ],
        },
      ],
      diagnostics: [],
    })
  })

  it('reads an export of the previous version, without the form columns, as 绩效评价结果 records', () => {
    const csv =
      `\uFEFF${PREVIOUS_HEADER}\r\n` +
      'a.pdf,标题,部门,2018,项目甲,338.62,93.17,优,83.63,万元,完成了,"问题一\n问题二",,整改一,3,41,2\r\n' +
      'a.pdf,标题,部门,2018,"\'=项目乙",,,,,,,,,,42,50,\r\n'
    const imported = fromCsv(csv)
    expect(imported).toStrictEqual({
      datasets: [
        {
          title: '标题',
          department: '部门',
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
            { ...EMPTY_PROJECT, name: '=项目乙', source: { startLine: 42, endLine: 50 } },
          ],
        },
      ],
      diagnostics: [],
    })
    const [first, second] = imported.datasets[0]?.projects ?? []
    expect(first?.indicators).not.toBe(second?.indicators)
  })

  it('reads a form record and its source cells', () => {
    const csv =
      `${FORMS_HEADER}\r\n` +
      'a.xlsx,,,,培训,380,,,,,,,,,department-self-evaluation,001,"\'=主管部门",405.5,400,"目标\n二",' +
      '"[{""level1"":""产出指标"",""level2"":null,""name"":""人次"",""direction"":""≥"",""target"":""≥2800"",""actual"":""2859"",""unit"":null,""weight"":10,""score"":9.5,""note"":null}]",' +
      '1,38,,表1,2,A1:J38,"{""score"":""I37"",""name"":""B3"",""colour"":""red""}"\r\n'
    expect(fromCsv(csv)).toStrictEqual({
      datasets: [
        {
          title: null,
          department: null,
          year: null,
          sourceName: 'a.xlsx',
          projects: [
            {
              ...EMPTY_PROJECT,
              name: '培训',
              amountWan: 380,
              form: 'department-self-evaluation',
              code: '001',
              department: '=主管部门',
              budgetWan: 405.5,
              initialBudgetWan: 400,
              goals: '目标\n二',
              indicators: [
                {
                  level1: '产出指标',
                  level2: null,
                  name: '人次',
                  direction: '≥',
                  target: '≥2800',
                  actual: '2859',
                  unit: null,
                  weight: 10,
                  score: 9.5,
                  note: null,
                },
              ],
              source: {
                startLine: 1,
                endLine: 38,
                sheet: '表1',
                table: 2,
                cells: 'A1:J38',
                fieldCells: { name: 'B3', score: 'I37' },
              },
            },
          ],
        },
      ],
      diagnostics: [],
    })
  })

  it('reads the funds table’s execution points and the template text of the current export', () => {
    const csv =
      `${HEADER}\r\n` +
      'a.html,,,,工资性支出,648.12,,,100,,,,,,project-self-evaluation,,,648.12,612.35,10,,,,' +
      '"[{""field"":""存在问题"",""cell"":""C21:K21"",""text"":""结合自评情况，分析存在的问题及原因。（200字以内）""},{""field"":""偏差"",""cell"":null,""text"":""x""}]",' +
      '36,58,,,2,A36:K58,"{""executionWeight"":""H37""}"\r\n' +
      'a.html,,,,y,,,,,,,,,,project-self-evaluation,,,,,100,98,,,,59,60,,,,,\r\n'
    expect(fromCsv(csv)).toStrictEqual({
      datasets: [
        {
          title: null,
          department: null,
          year: null,
          sourceName: 'a.html',
          projects: [
            {
              ...EMPTY_PROJECT,
              name: '工资性支出',
              amountWan: 648.12,
              executionRate: 100,
              form: 'project-self-evaluation',
              budgetWan: 648.12,
              initialBudgetWan: 612.35,
              executionWeight: 10,
              templateText: [
                { field: '存在问题', cell: 'C21:K21', text: '结合自评情况，分析存在的问题及原因。（200字以内）' },
                { field: '偏差', cell: null, text: 'x' },
              ],
              source: { startLine: 36, endLine: 58, table: 2, cells: 'A36:K58', fieldCells: { executionWeight: 'H37' } },
            },
            { ...EMPTY_PROJECT, name: 'y', form: 'project-self-evaluation', executionWeight: 100, executionScore: 98, source: { startLine: 59, endLine: 60 } },
          ],
        },
      ],
      diagnostics: [],
    })
  })

  it.each([
    ['not JSON', '[{', 'templateText：不是有效的 JSON'],
    ['not a list', '"{""field"":""存在问题""}"', 'templateText：应为数组，实际为 对象'],
    ['an entry without its text', '"[{""field"":""存在问题"",""cell"":null}]"', 'templateText[0].text：缺少此项，应为文本'],
    ['a cell that is a number', '"[{""field"":""存在问题"",""cell"":14,""text"":""t""}]"', 'templateText[0].cell：应为文本或 null，实际为 14'],
  ])('reads a templateText cell that is %s as none, with a warning', (_, cell, problem) => {
    const csv = `${HEADER}\r\na.html,,,,x,,,,,,,,,,project-self-evaluation,,,,,,,,,${cell},1,2,,,,,\r\n`
    const { datasets, diagnostics } = fromCsv(csv)
    expect(datasets[0]?.projects.map((p) => [p.name, p.templateText])).toEqual([['x', []]])
    expect(diagnostics).toEqual([
      {
        level: 'warning',
        code: 'csv-bad-template-text',
        message: `列 templateText 不是模板说明文字列表的 JSON（${problem}），按无模板文字导入。`,
        line: 2,
      },
    ])
  })

  it('reads bad form cells as a 绩效评价结果 record without them, with a warning each', () => {
    const csv =
      `${FORMS_HEADER}\r\n` +
      'a.xlsx,,,,x,,,,,,,,,,自评,,,12万,,,"[{""name"":1}]",1,2,,,0,,[]\r\n' +
      'a.xlsx,,,,y,,,,,,,,,,result,,,,,,指标,3,4,,,1.5,,"{""score"":37}"\r\n' +
      'a.xlsx,,,,z,,,,,,,,,,,,,,,,{},5,6,,,,,not json\r\n'
    const { datasets, diagnostics } = fromCsv(csv)
    expect(datasets[0]?.projects).toStrictEqual([
      { ...EMPTY_PROJECT, name: 'x', source: { startLine: 1, endLine: 2 } },
      { ...EMPTY_PROJECT, name: 'y', source: { startLine: 3, endLine: 4 } },
      { ...EMPTY_PROJECT, name: 'z', source: { startLine: 5, endLine: 6 } },
    ])
    expect(diagnostics).toEqual([
      {
        level: 'warning',
        code: 'csv-bad-form',
        message:
          '列 form 的「自评」不是 result、project-self-evaluation 或 department-self-evaluation，按 result 导入。',
        line: 2,
      },
      {
        level: 'warning',
        code: 'csv-bad-number',
        message: '列 budgetWan 的「12万」不是数字，按缺失处理。',
        line: 2,
      },
      {
        level: 'warning',
        code: 'csv-bad-indicators',
        message: '列 indicators 不是指标列表的 JSON（indicators[0].level1：缺少此项，应为文本或 null），按无指标导入。',
        line: 2,
      },
      {
        level: 'warning',
        code: 'csv-bad-source-table',
        message: '列 sourceTable 的「0」不是表格序号，按缺失处理。',
        line: 2,
      },
      {
        level: 'warning',
        code: 'csv-bad-field-cells',
        message: '列 sourceFieldCells 不是各字段单元格的 JSON（sourceFieldCells：应为对象，或省略此项，实际为 数组（0 项）），按缺失处理。',
        line: 2,
      },
      {
        level: 'warning',
        code: 'csv-bad-indicators',
        message: '列 indicators 不是指标列表的 JSON（indicators：不是有效的 JSON），按无指标导入。',
        line: 3,
      },
      {
        level: 'warning',
        code: 'csv-bad-source-table',
        message: '列 sourceTable 的「1.5」不是表格序号，按缺失处理。',
        line: 3,
      },
      {
        level: 'warning',
        code: 'csv-bad-field-cells',
        message: '列 sourceFieldCells 不是各字段单元格的 JSON（sourceFieldCells.score：应为文本，或省略此项，实际为 37），按缺失处理。',
        line: 3,
      },
      {
        level: 'warning',
        code: 'csv-bad-indicators',
        message: '列 indicators 不是指标列表的 JSON（indicators：应为数组，实际为 对象），按无指标导入。',
        line: 4,
      },
      {
        level: 'warning',
        code: 'csv-bad-field-cells',
        message: '列 sourceFieldCells 不是各字段单元格的 JSON（sourceFieldCells：不是有效的 JSON），按缺失处理。',
        line: 4,
      },
    ])
  })

  it('takes title, department and year from the first row of each sourceName, warning once', () => {
    const csv =
      `${FORMS_HEADER}\r\n` +
      'a.txt,标题,部门,2018,a1,,,,,,,,,,result,,,,,,,1,2,,,,,\r\n' +
      'b.txt,,,,b1,,,,,,,,,,result,,,,,,,1,2,,,,,\r\n' +
      'a.txt,标题,部门,2018,a2,,,,,,,,,,result,,,,,,,3,4,,,,,\r\n' +
      'a.txt,改过的标题,部门,2019,a3,,,,,,,,,,result,,,,,,,5,6,,,,,\r\n' +
      'a.txt,,,,a4,,,,,,,,,,result,,,,,,,7,8,,,,,\r\n'
    const { datasets, diagnostics } = fromCsv(csv)
    expect(
      datasets.map((d) => [d.sourceName, d.title, d.department, d.year, d.projects.length]),
    ).toEqual([
      ['a.txt', '标题', '部门', 2018, 4],
      ['b.txt', null, null, null, 1],
    ])
    expect(diagnostics).toEqual([
      {
        level: 'warning',
        code: 'csv-dataset-mismatch',
        message: '此行的 title、year 与「a.txt」的第一行不同，按第一行导入。',
        line: 5,
      },
    ])
  })

  it('reads a file a spreadsheet re-saved with semicolons', () => {
    const csv =
      `\uFEFF${FORMS_HEADER.replaceAll(',', ';')}\r\n` +
      'a.txt;标题;部门;2018;"名称, 含逗号";-3;;;;;;;;;result;;;;;;;1;2;4;;;;\r\n'
    expect(fromCsv(csv)).toEqual({
      datasets: [
        {
          title: '标题',
          department: '部门',
          year: 2018,
          sourceName: 'a.txt',
          projects: [
            {
              ...EMPTY_PROJECT,
              name: '名称, 含逗号',
              amountWan: -3,
              source: { startLine: 1, endLine: 2, page: 4 },
            },
          ],
        },
      ],
      diagnostics: [],
    })
  })

  it.each<[string, string, Diagnostic[]]>([
    [
      '',
      '',
      [{ level: 'error', code: 'csv-empty', message: 'CSV 文件为空，没有表头。', line: null }],
    ],
    [
      'an old header without sourceEndLine and grade (the newer columns are not required)',
      'sourceName,name,amountWan,score,executionRate,unit,performance,problems,suggestions,rectifications,sourceStartLine\r\n',
      [
        {
          level: 'error',
          code: 'csv-missing-column',
          message: '表头缺少列：grade、sourceEndLine。',
          line: 1,
        },
      ],
    ],
  ])('reads no dataset from %j', (_label, csv, diagnostics) => {
    expect(fromCsv(csv)).toEqual({ datasets: [], diagnostics })
  })

  it('turns bad cells into null with a warning on the line where the row starts', () => {
    const csv =
      `${FORMS_HEADER}\r\n` +
      'a.txt,标题,部门,2018,x,"1\n2",,,,,,,,,result,,,,,,,1,2,,,,,\r\n' +
      '\r\n' +
      'a.txt,标题,部门,二〇一八,y,12万,0x10,甲,Infinity,,,,,,result,,,,,,,3,4,第5页,,,,\r\n' +
      'a.txt,标题,部门,2018,z,,,,,,,,,,result,,,,,,,0,4,,,,,\r\n' +
      'a.txt,标题,部门,2018,w,,,,,,,,,,result,,,,,,,5\r\n'
    const { datasets, diagnostics } = fromCsv(csv)
    expect(datasets[0]?.year).toBe(2018)
    expect(
      datasets[0]?.projects.map((p) => [p.name, p.amountWan, p.score, p.grade, p.source]),
    ).toEqual([
      ['x', null, null, null, { startLine: 1, endLine: 2 }],
      ['y', null, null, null, { startLine: 3, endLine: 4 }],
    ])
    expect(diagnostics).toEqual([
      {
        level: 'warning',
        code: 'csv-bad-number',
        message: '列 amountWan 的「1\n2」不是数字，按缺失处理。',
        line: 2,
      },
      {
        level: 'warning',
        code: 'csv-bad-number',
        message: '列 year 的「二〇一八」不是数字，按缺失处理。',
        line: 5,
      },
      {
        level: 'warning',
        code: 'csv-bad-number',
        message: '列 amountWan 的「12万」不是数字，按缺失处理。',
        line: 5,
      },
      {
        level: 'warning',
        code: 'csv-bad-number',
        message: '列 score 的「0x10」不是数字，按缺失处理。',
        line: 5,
      },
      {
        level: 'warning',
        code: 'csv-bad-grade',
        message: '评价等级「甲」不是 优/良/中/差，按缺失处理。',
        line: 5,
      },
      {
        level: 'warning',
        code: 'csv-bad-number',
        message: '列 executionRate 的「Infinity」不是数字，按缺失处理。',
        line: 5,
      },
      {
        level: 'warning',
        code: 'csv-bad-source-page',
        message: '列 sourcePage 的「第5页」不是页码，按缺失处理。',
        line: 5,
      },
      {
        level: 'warning',
        code: 'csv-dataset-mismatch',
        message: '此行的 year 与「a.txt」的第一行不同，按第一行导入。',
        line: 5,
      },
      {
        level: 'error',
        code: 'csv-bad-source-line',
        message: '列 sourceStartLine 的「0」不是行号，此行未导入。',
        line: 6,
      },
      {
        level: 'warning',
        code: 'csv-field-count',
        message: '此行有 22 列，表头有 28 列。',
        line: 7,
      },
      {
        level: 'error',
        code: 'csv-bad-source-line',
        message: '列 sourceEndLine 的「」不是行号，此行未导入。',
        line: 7,
      },
    ])
  })

  it('reports an unterminated quote instead of throwing', () => {
    expect(fromCsv(`${FORMS_HEADER}\na.txt,"open,,,,,,,,,,1,2\n`)).toEqual({
      datasets: [],
      diagnostics: [
        { level: 'warning', code: 'csv-syntax', message: 'CSV 格式有误：引号未闭合。', line: 2 },
        {
          level: 'warning',
          code: 'csv-field-count',
          message: '此行有 2 列，表头有 28 列。',
          line: 2,
        },
        {
          level: 'error',
          code: 'csv-bad-source-line',
          message: '列 sourceStartLine 的「」不是行号，此行未导入。',
          line: 2,
        },
        {
          level: 'error',
          code: 'csv-bad-source-line',
          message: '列 sourceEndLine 的「」不是行号，此行未导入。',
          line: 2,
        },
      ],
    })
  })

  it('reads the Chinese header the dashboard writes in Chinese, mixed with column ids and unknown names', () => {
    const csv =
      '\uFEFF来源文件,项目名称,决算金额（万元）,评价分值,评价结论,实施单位,主要绩效,存在问题,整改建议,整改情况,sourceStartLine,结束行,预算执行率（%）,表类,跨年系列,审计提示,备注\r\n' +
      'a.txt,项目甲,1.5,88,良,,,"一\n二",,,5,9,83.63,result,name:甲|乙,no-execution-rate,x\r\n'
    expect(fromCsv(csv)).toStrictEqual({
      datasets: [
        {
          title: null,
          department: null,
          year: null,
          sourceName: 'a.txt',
          projects: [
            {
              ...EMPTY_PROJECT,
              name: '项目甲',
              amountWan: 1.5,
              score: 88,
              grade: '良',
              executionRate: 83.63,
              problems: ['一', '二'],
              source: { startLine: 5, endLine: 9 },
            },
          ],
        },
      ],
      diagnostics: [{ level: 'warning', code: 'csv-unknown-column', message: '未知的列「备注」，已忽略。', line: 1 }],
    })
  })

  it('names a missing column by its id whatever the header language', () => {
    const csv = '来源文件,项目名称,评价分值\r\na.txt,甲,1\r\n'
    expect(fromCsv(csv).diagnostics).toEqual([
      {
        level: 'error',
        code: 'csv-missing-column',
        message: '表头缺少列：amountWan、grade、executionRate、unit、performance、problems、suggestions、rectifications、sourceStartLine、sourceEndLine。',
        line: 1,
      },
    ])
  })
})
