import { describe, expect, it } from 'vitest'
import type { Diagnostic } from '../../src/domain/types.ts'
import { fromCsv } from '../../src/ingest/from-csv.ts'

const HEADER =
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
}

describe('fromCsv', () => {
  it('reads columns by name, without a BOM, with LF rows and extra columns', () => {
    const csv =
      'sourceStartLine,sourceEndLine,name,sourceName,amountWan,score,grade,executionRate,unit,performance,problems,suggestions,rectifications,备注\n' +
      '5,9,项目甲,a.txt,1.25,88,良,,万元,,"一\n二",,,随便\n'
    expect(fromCsv(csv)).toEqual({
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
              amountWan: 1.25,
              score: 88,
              grade: '良',
              unit: '万元',
              problems: ['一', '二'],
              source: { startLine: 5, endLine: 9 },
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

  it('reads a file a spreadsheet re-saved with semicolons', () => {
    const csv = `\uFEFF${HEADER.replaceAll(',', ';')}\r\na.txt;"名称, 含逗号";-3;;;;;;;;;1;2\r\n`
    expect(fromCsv(csv).datasets[0]?.projects).toEqual([
      {
        ...EMPTY_PROJECT,
        name: '名称, 含逗号',
        amountWan: -3,
        source: { startLine: 1, endLine: 2 },
      },
    ])
  })

  it.each<[string, string, Diagnostic[]]>([
    [
      '',
      '',
      [{ level: 'error', code: 'csv-empty', message: 'CSV 文件为空，没有表头。', line: null }],
    ],
    [
      'a header without sourceEndLine and grade',
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
      `${HEADER}\r\n` +
      'a.txt,x,"1\n2",,,,,,,,,1,2\r\n' +
      '\r\n' +
      'a.txt,y,12万,0x10,甲,Infinity,,,,,,3,4\r\n' +
      'a.txt,z,,,,,,,,,,0,4\r\n' +
      'a.txt,w,,,,,,,,,,5\r\n'
    const { datasets, diagnostics } = fromCsv(csv)
    expect(datasets[0]?.projects.map((p) => [p.name, p.amountWan, p.score, p.grade])).toEqual([
      ['x', null, null, null],
      ['y', null, null, null],
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
        level: 'error',
        code: 'csv-bad-source-line',
        message: '列 sourceStartLine 的「0」不是行号，此行未导入。',
        line: 6,
      },
      {
        level: 'warning',
        code: 'csv-field-count',
        message: '此行有 12 列，表头有 13 列。',
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
    expect(fromCsv(`${HEADER}\na.txt,"open,,,,,,,,,,1,2\n`)).toEqual({
      datasets: [],
      diagnostics: [
        { level: 'warning', code: 'csv-syntax', message: 'CSV 格式有误：引号未闭合。', line: 2 },
        {
          level: 'warning',
          code: 'csv-field-count',
          message: '此行有 2 列，表头有 13 列。',
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
})
