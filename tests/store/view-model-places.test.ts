import { describe, expect, it } from 'vitest'
import { EMPTY_FILTERS } from '../../src/domain/view.ts'
import { ALL_DATASETS } from '../../src/store/app-store.ts'
import { bundledAnd2019 } from '../support/report-record.ts'
import { deriveFiltered, deriveScope } from '../../src/store/view-model.ts'

const datasets = bundledAnd2019()
const names = (rows: readonly { project: { name: string | null } }[]) => rows.map((r) => r.project.name)

describe('the department and year facets across two years of the bundled department', () => {
  const all = deriveScope(datasets, ALL_DATASETS)

  it('offers the two years and the one department of the projects in view', () => {
    expect(all.years).toEqual([2018, 2019])
    expect(all.departments).toEqual([{ key: '中国共产党上海市委员会组织部', label: '中国共产党上海市委员会组织部' }])
  })

  it('offers one year when one dataset is in view', () => {
    expect(deriveScope(datasets, 'bundled').years).toEqual([2018])
  })

  it('filters by year, and counts the year facet without its own filter', () => {
    const view = deriveFiltered(all, { ...EMPTY_FILTERS, years: [2019], grades: ['优'] })
    expect(names(view.filteredRows)).toEqual(['2019年度党代表工作经费', '2019年干部考评和人才发展工作经费'])
    expect(view.yearRows.map((r) => all.placeOf(r).year)).toEqual([2018, 2018, 2018, 2018, 2018, 2019, 2019])
    expect(view.departmentRows).toEqual(view.filteredRows)
  })

  it('filters by department as a link may write it, with a rate range', () => {
    const view = deriveFiltered(all, { ...EMPTY_FILTERS, departments: ['中国共产党 上海市委员会组织部'], rate: { min: 90, max: null } })
    expect(names(view.filteredRows)).toEqual(['2019年基层党建及队伍教育管理'])
    expect(names(view.departmentRows)).toEqual(['2019年基层党建及队伍教育管理'])
  })
})
