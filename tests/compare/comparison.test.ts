import { describe, expect, it } from 'vitest'
import { datasetFigures, departmentYears, type Figures, figuresOf } from '../../src/compare/comparison.ts'
import type { DatasetRecord } from '../../src/domain/dataset-record.ts'
import type { Project } from '../../src/domain/types.ts'
import { EMPTY_FILTERS, filterRows } from '../../src/domain/view.ts'
import { createAppStore } from '../../src/store/app-store.ts'
import { makeProject } from '../support/project.ts'
import { twoYears } from './two-years.ts'

const NO_GRADES = { 优: 0, 良: 0, 中: 0, 差: 0 }

describe('figuresOf', () => {
  it('counts, sums and averages the stated values only', () => {
    const projects = [
      makeProject({ amountWan: 100.5, score: 90, grade: '优', executionRate: 95 }),
      makeProject({ amountWan: 20.25, score: 85.5, grade: '良', executionRate: 100 }),
      makeProject({ amountWan: null, score: null, grade: null, executionRate: null }),
      makeProject({ amountWan: 1, score: 70, grade: '中' }),
    ]
    expect(figuresOf(projects)).toEqual<Figures>({
      count: 4,
      totalWan: 121.75,
      amountCount: 3,
      meanScore: 81.83333333333333,
      gradeCounts: { 优: 1, 良: 1, 中: 1, 差: 0 },
      ungraded: 1,
      meanRate: 97.5,
      rateCount: 2,
    })
  })

  it('says nothing is stated rather than 0', () => {
    expect(figuresOf([])).toEqual<Figures>({
      count: 0,
      totalWan: 0,
      amountCount: 0,
      meanScore: null,
      gradeCounts: NO_GRADES,
      ungraded: 0,
      meanRate: null,
      rateCount: 0,
    })
  })
})

describe('datasetFigures on two years of one department', () => {
  const datasets = twoYears()
  const rows = datasets.flatMap((d) => d.rows)

  it('gives each dataset its figures, in the datasets’ order', () => {
    const columns = datasetFigures(datasets, rows)
    expect(columns.map(({ id, label }) => [id, label])).toEqual([
      ['bundled', '中国共产党上海市委员会组织部 2018'],
      ['y2019', '中国共产党上海市委员会组织部 2019'],
    ])
    expect(columns.map((c) => c.figures)).toEqual<Figures[]>([
      {
        count: 8,
        totalWan: 3678.47,
        amountCount: 8,
        meanScore: 90.7225,
        gradeCounts: { 优: 5, 良: 3, 中: 0, 差: 0 },
        ungraded: 0,
        meanRate: 81.92,
        rateCount: 2,
      },
      {
        count: 8,
        totalWan: 2811.19,
        amountCount: 8,
        meanScore: 89.81875,
        gradeCounts: { 优: 4, 良: 3, 中: 1, 差: 0 },
        ungraded: 0,
        meanRate: 81.92,
        rateCount: 2,
      },
    ])
  })

  it('counts the filtered rows only, and keeps a dataset the filters empty', () => {
    const graded中 = filterRows(rows, { ...EMPTY_FILTERS, grades: ['中'] })
    expect(datasetFigures(datasets, graded中).map((c) => [c.figures.count, c.figures.meanScore, c.figures.totalWan])).toEqual([
      [0, null, 0],
      [1, 79.5, 336.18],
    ])
  })
})

const record = (id: string, department: string | null, year: number | null, projects: Partial<Project>[]): DatasetRecord => ({
  id,
  meta: { origin: 'imported', fileName: `${id}.txt`, kind: 'txt', importedAt: null },
  dataset: { title: null, department, year, sourceName: `${id}.txt`, projects: projects.map(makeProject) },
  diagnostics: [],
  sourceText: '',
})

const summary = (f: Figures | null) => (f === null ? null : [f.count, f.meanScore, f.meanRate, f.rateCount])

describe('departmentYears', () => {
  it('is laid out by every project in view and counts the filtered ones', () => {
    const store = createAppStore()
    store.getState().addDatasets([
      record('a', '某局', 2018, [
        { name: '会议经费', score: 88, grade: '良', executionRate: 90 },
        { name: '培训经费', score: 92, grade: '优', department: '  某局下属中心 ' },
      ]),
      record('b', '某局', 2019, [{ name: '会议经费', score: 85, grade: '良' }]),
      // No year anywhere: its projects go to the last column, unless a name states one.
      record('c', null, null, [
        { name: '2017年宣传经费', score: 60, grade: '中' },
        { name: '宣传经费', score: 50, grade: '差' },
      ]),
    ])
    const { datasets } = store.getState()
    const all = datasets.flatMap((d) => d.rows)
    const table = departmentYears(datasets, all)
    expect(table.years).toEqual([2017, 2018, 2019, null])
    expect(table.departments.map((d) => [d.key, d.label, d.cells.map(summary)])).toEqual([
      ['某局', '某局', [null, [1, 88, 90, 1], [1, 85, null, 0], null]],
      ['某局下属中心', '某局下属中心', [null, [1, 92, null, 0], null, null]],
      ['', null, [[1, 60, null, 0], null, null, [1, 50, null, 0]]],
    ])

    const filtered = filterRows(all, { ...EMPTY_FILTERS, grades: ['良'] })
    expect(departmentYears(datasets, filtered).departments.map((d) => d.cells.map(summary))).toEqual([
      [null, [1, 88, 90, 1], [1, 85, null, 0], null],
      [null, null, null, null],
      [null, null, null, null],
    ])
  })

  it('gives the bundled department one row, a column per year', () => {
    const datasets = twoYears()
    const table = departmentYears(datasets, datasets.flatMap((d) => d.rows))
    expect(table.years).toEqual([2018, 2019])
    expect(table.departments.map((d) => [d.label, d.cells.map((c) => c?.gradeCounts)])).toEqual([
      [
        '中国共产党上海市委员会组织部',
        [
          { 优: 5, 良: 3, 中: 0, 差: 0 },
          { 优: 4, 良: 3, 中: 1, 差: 0 },
        ],
      ],
    ])
  })
})
