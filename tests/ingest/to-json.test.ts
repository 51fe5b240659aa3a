import { describe, expect, it } from 'vitest'
import type { ParseResult } from '../../src/domain/types.ts'
import { toJson } from '../../src/ingest/to-json.ts'
import { makeProject } from '../support/project.ts'
import { bundled } from '../support/bundled.ts'

function make(sourceName: string): ParseResult {
  return {
    dataset: { title: null, department: null, year: null, sourceName, projects: [] },
    diagnostics: [],
  }
}

describe('toJson', () => {
  it('writes every key in the documented order, whatever order the objects were built in', () => {
    const result = {
      diagnostics: [
        { line: 7, message: '缺少字段：评价分值', code: 'missing-field', level: 'warning' },
      ],
      dataset: {
        projects: [
          {
            source: { endLine: 9, startLine: 3 },
            unit: '单位',
            executionRate: 83.63,
            rectifications: ['整改'],
            suggestions: [],
            problems: ['问题一', '问题二'],
            performance: '绩效"引号"',
            grade: '优',
            score: null,
            amountWan: -1.5,
            name: '项目',
          },
        ],
        sourceName: 'a.txt',
        year: 2018,
        department: '部门',
        title: '标题',
      },
    } satisfies ParseResult
    expect(toJson([result])).toBe(`{
  "datasets": [
    {
      "title": "标题",
      "department": "部门",
      "year": 2018,
      "sourceName": "a.txt",
      "projects": [
        {
          "name": "项目",
          "amountWan": -1.5,
          "score": null,
          "grade": "优",
          "performance": "绩效\\"引号\\"",
          "problems": [
            "问题一",
            "问题二"
          ],
          "suggestions": [],
          "rectifications": [
            "整改"
          ],
          "executionRate": 83.63,
          "unit": "单位",
          "source": {
            "startLine": 3,
            "endLine": 9
          }
        }
      ],
      "diagnostics": [
        {
          "level": "warning",
          "code": "missing-field",
          "message": "缺少字段：评价分值",
          "line": 7
        }
      ]
    }
  ]
}
`)
  })

  it('keeps one dataset per result, in order, and drops keys that are not part of the format', () => {
    const extra = { ...make('b.txt'), internal: true }
    expect(JSON.parse(toJson([make('a.txt'), extra, make('c.txt')]))).toEqual({
      datasets: ['a.txt', 'b.txt', 'c.txt'].map((sourceName) => ({
        title: null,
        department: null,
        year: null,
        sourceName,
        projects: [],
        diagnostics: [],
      })),
    })
  })

  it('writes source.page after endLine when the project has one, and no page key otherwise', () => {
    const input = make('a.pdf')
    input.dataset.projects.push(
      makeProject({ name: 'a', source: { startLine: 3, endLine: 9, page: 2 } }),
      makeProject({ name: 'b', source: { startLine: 10, endLine: 12 } }),
    )
    const json = JSON.parse(toJson([input])) as { datasets: [{ projects: { source: object }[] }] }
    const sources = json.datasets[0].projects.map((p) => Object.entries(p.source))
    expect(sources).toEqual([
      [
        ['startLine', 3],
        ['endLine', 9],
        ['page', 2],
      ],
      [
        ['startLine', 10],
        ['endLine', 12],
      ],
    ])
  })

  it('writes an empty list of datasets for no result', () => {
    expect(toJson([])).toBe('{\n  "datasets": []\n}\n')
  })
})

describe('toJson compact', () => {
  it('writes the same value on one line, without the final newline', () => {
    const compact = toJson([bundled], { compact: true })
    expect(compact.includes('\n')).toBe(false)
    expect(compact.startsWith('{"datasets":[{"title":')).toBe(true)
    expect(JSON.parse(compact)).toEqual(JSON.parse(toJson([bundled])))
  })
})
