import { describe, expect, it } from 'vitest'
import type { ParseResult, SourceRange } from '../../src/domain/types.ts'
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
            source: {
              fieldCells: { score: 'I37', goals: 'B6', executionScore: 'I5', name: 'B3', executionWeight: 'G5' },
              cells: 'A1:J38',
              table: 2,
              sheet: '表1',
              page: 4,
              endLine: 9,
              startLine: 3,
            },
            templateText: [{ text: '结合自评情况，分析存在的问题及原因。（200字以内）', cell: 'B40:J40', field: '存在问题' }],
            indicators: [
              {
                note: null,
                score: 10,
                weight: 10,
                unit: '人次',
                actual: '2859',
                target: '≥2800',
                direction: '≥',
                name: '培训人次',
                level2: '数量指标',
                level1: '产出指标（50分）',
              },
            ],
            goals: '完成培训',
            executionScore: 9.38,
            executionWeight: 10,
            initialBudgetWan: 400,
            budgetWan: 405.5,
            department: '主管部门',
            code: '51000021R000000019951',
            form: 'project-self-evaluation',
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
          "form": "project-self-evaluation",
          "code": "51000021R000000019951",
          "department": "主管部门",
          "budgetWan": 405.5,
          "initialBudgetWan": 400,
          "executionWeight": 10,
          "executionScore": 9.38,
          "goals": "完成培训",
          "indicators": [
            {
              "level1": "产出指标（50分）",
              "level2": "数量指标",
              "name": "培训人次",
              "direction": "≥",
              "target": "≥2800",
              "actual": "2859",
              "unit": "人次",
              "weight": 10,
              "score": 10,
              "note": null
            }
          ],
          "templateText": [
            {
              "field": "存在问题",
              "cell": "B40:J40",
              "text": "结合自评情况，分析存在的问题及原因。（200字以内）"
            }
          ],
          "source": {
            "startLine": 3,
            "endLine": 9,
            "page": 4,
            "sheet": "表1",
            "table": 2,
            "cells": "A1:J38",
            "fieldCells": {
              "name": "B3",
              "executionWeight": "G5",
              "executionScore": "I5",
              "score": "I37",
              "goals": "B6"
            }
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

  it('writes a 绩效评价结果 record with form "result", the form fields empty and a source of lines only', () => {
    const input = make('a.txt')
    input.dataset.projects.push(makeProject({ name: 'a', source: { startLine: 3, endLine: 9 } }))
    const json = JSON.parse(toJson([input])) as { datasets: [{ projects: [Record<string, unknown>] }] }
    expect(Object.entries(json.datasets[0].projects[0]).slice(10)).toEqual([
      ['form', 'result'],
      ['code', null],
      ['department', null],
      ['budgetWan', null],
      ['initialBudgetWan', null],
      ['executionWeight', null],
      ['executionScore', null],
      ['goals', null],
      ['indicators', []],
      ['templateText', []],
      ['source', { startLine: 3, endLine: 9 }],
    ])
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

  it.each<[string, SourceRange, [string, unknown][]]>([
    ['lines only', { startLine: 10, endLine: 12 }, [['startLine', 10], ['endLine', 12]]],
    ['a PDF page', { startLine: 3, endLine: 9, page: 2 }, [['startLine', 3], ['endLine', 9], ['page', 2]]],
    [
      'a sheet and its cells',
      { cells: 'A1:J38', sheet: '表1', startLine: 1, endLine: 38 },
      [['startLine', 1], ['endLine', 38], ['sheet', '表1'], ['cells', 'A1:J38']],
    ],
    [
      'a table of a Word file, with field cells',
      { fieldCells: {}, table: 3, startLine: 1, endLine: 20 },
      [['startLine', 1], ['endLine', 20], ['table', 3], ['fieldCells', {}]],
    ],
  ])('writes the source keys it has and no other, in order: %s', (_label, source, entries) => {
    const input = make('a')
    input.dataset.projects.push(makeProject({ source }))
    const json = JSON.parse(toJson([input])) as { datasets: [{ projects: [{ source: object }] }] }
    expect(Object.entries(json.datasets[0].projects[0].source)).toEqual(entries)
  })

  it('writes fieldCells in the order of the record, whatever order they were given in', () => {
    const input = make('a.xlsx')
    const fieldCells = {
      suggestions: 'B30',
      problems: 'B29',
      performance: 'B28',
      goals: 'B6',
      grade: 'J37',
      score: 'I37',
      executionRate: 'H5',
      initialBudgetWan: 'D5',
      budgetWan: 'E5',
      amountWan: 'F5',
      unit: 'B4',
      department: 'D3',
      name: 'B3',
    }
    input.dataset.projects.push(makeProject({ source: { startLine: 1, endLine: 38, fieldCells } }))
    const json = JSON.parse(toJson([input])) as {
      datasets: [{ projects: [{ source: { fieldCells: object } }] }]
    }
    expect(Object.keys(json.datasets[0].projects[0].source.fieldCells)).toEqual([
      'name',
      'department',
      'unit',
      'amountWan',
      'budgetWan',
      'initialBudgetWan',
      'executionRate',
      'score',
      'grade',
      'goals',
      'performance',
      'problems',
      'suggestions',
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
