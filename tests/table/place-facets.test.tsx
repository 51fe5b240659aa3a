import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { contentHash, type DatasetRecord } from '../../src/domain/dataset-record.ts'
import { EMPTY_FILTERS } from '../../src/domain/view.ts'
import { parseReport } from '../../src/ingest/parse-report.ts'
import { ALL_DATASETS, type LoadedDataset, useAppStore } from '../../src/store/app-store.ts'
import { DepartmentFacet } from '../../src/table/DepartmentFacet.tsx'
import { YearFacet } from '../../src/table/YearFacet.tsx'
import { rowsOf } from '../support/project.ts'
import { viewOf } from '../support/view.ts'

const store = () => useAppStore.getState()
const pressed = (group: HTMLElement) =>
  within(group)
    .getAllByRole('button')
    .map((b) => `${b.textContent?.replace(/\s+/g, '')}:${b.getAttribute('aria-pressed')}`)
const button = (group: HTMLElement, name: RegExp) => within(group).getByRole('button', { name })

const record = (path: string, id: string): DatasetRecord => {
  const text = readFileSync(path, 'utf8')
  const { dataset, diagnostics } = parseReport(text, { sourceName: path.split('/').pop() as string })
  return { id, meta: { origin: 'imported', fileName: dataset.sourceName, kind: 'txt', importedAt: null }, dataset, diagnostics, sourceText: text }
}
const twoYears = [
  record('public/data/shanghai-organization-department-2018.txt', 'bundled'),
  record('tests/fixtures/series/shanghai-2019.txt', contentHash('2019')),
]

/** Two departments in one dataset: forms whose 主管部门 differ, one record stating none (its dataset's). */
const forms = {
  id: 'f',
  dataset: { year: 2020, department: '上海市财政局' },
  rows: rowsOf({ name: '甲', department: '上海市教育委员会', grade: '优' }, { name: '乙', grade: '优' }, { name: '丙', department: '上海市教育委员会' }),
  diagnostics: [],
} as unknown as LoadedDataset

/** The facets as the app feeds them, from the store's datasets, switcher and filters. */
function FacetsOfStore() {
  const { datasets, activeDatasetId, filters } = useAppStore()
  const view = viewOf(datasets, activeDatasetId, filters)
  return (
    <>
      <DepartmentFacet rows={view.departmentRows} options={view.departments} placeOf={view.placeOf} />
      <YearFacet rows={view.yearRows} years={view.years} placeOf={view.placeOf} />
    </>
  )
}

describe('the year facet', () => {
  it('offers each year of the datasets compared, with its projects, and toggles the year filter', () => {
    act(() => store().addDatasets(twoYears, { activate: ALL_DATASETS }))
    render(<FacetsOfStore />)
    const group = screen.getByRole('group', { name: '按年度筛选' })
    expect(pressed(group)).toEqual(['全部12:true', '20188:false', '20194:false'])
    fireEvent.click(button(group, /^2019/))
    expect(store().filters.years).toEqual([2019])
    expect(pressed(group)).toEqual(['全部12:false', '20188:false', '20194:true'])
    fireEvent.click(button(group, /^2018/))
    expect(store().filters.years).toEqual([2018, 2019])
    fireEvent.click(button(group, /^2019/))
    expect(store().filters.years).toEqual([2018])
    fireEvent.click(button(group, /^全部/))
    expect(store().filters.years).toEqual([])
  })

  it('counts under the other filters, and is hidden with one year in view unless its filter is on', () => {
    act(() => store().addDatasets(twoYears, { activate: ALL_DATASETS }))
    act(() => useAppStore.setState({ filters: { ...EMPTY_FILTERS, grades: ['优'], years: [2019] } }))
    render(<FacetsOfStore />)
    expect(pressed(screen.getByRole('group', { name: '按年度筛选' }))).toEqual(['全部7:false', '20185:false', '20192:true'])
    act(() => store().setActiveDataset('bundled'))
    expect(pressed(screen.getByRole('group', { name: '按年度筛选' }))).toEqual(['全部5:false', '20185:false', '20190:true'])
    act(() => store().setYears([]))
    expect(screen.queryByRole('group', { name: '按年度筛选' })).toBeNull()
  })

  it('is not shown for one department: the two years of the bundled department offer no department choice', () => {
    act(() => store().addDatasets(twoYears, { activate: ALL_DATASETS }))
    render(<FacetsOfStore />)
    expect(screen.queryByRole('group', { name: '按主管部门筛选' })).toBeNull()
  })
})

describe('the department facet', () => {
  it('offers the departments in view, a record’s 主管部门 else its dataset’s, and toggles the filter', () => {
    useAppStore.setState({ datasets: [forms], activeDatasetId: 'f' })
    render(<FacetsOfStore />)
    const group = screen.getByRole('group', { name: '按主管部门筛选' })
    expect(pressed(group)).toEqual(['全部3:true', '上海市教育委员会2:false', '上海市财政局1:false'])
    fireEvent.click(button(group, /^上海市财政局/))
    expect(store().filters.departments).toEqual(['上海市财政局'])
    fireEvent.click(button(group, /^上海市教育委员会/))
    expect(store().filters.departments).toEqual(['上海市财政局', '上海市教育委员会'])
    fireEvent.click(button(group, /^上海市财政局/))
    expect(store().filters.departments).toEqual(['上海市教育委员会'])
    expect(screen.queryByRole('group', { name: '按年度筛选' })).toBeNull()
  })

  it('takes a link’s department written another way as the same, and shows one not in view so it can be switched off', () => {
    useAppStore.setState({ datasets: [forms], activeDatasetId: 'f', filters: { ...EMPTY_FILTERS, departments: ['上海市 财政局', '上海市审计局'] } })
    render(<FacetsOfStore />)
    const group = screen.getByRole('group', { name: '按主管部门筛选' })
    expect(pressed(group)).toEqual(['全部3:false', '上海市教育委员会2:false', '上海市财政局1:true', '上海市审计局0:true'])
    fireEvent.click(button(group, /^上海市财政局/))
    expect(store().filters.departments).toEqual(['上海市审计局'])
  })

  it('speaks English', () => {
    useAppStore.setState({ datasets: [forms], activeDatasetId: 'f', locale: 'en' })
    render(<FacetsOfStore />)
    expect(screen.getByRole('group', { name: 'Filter by department' })).toBeTruthy()
  })
})
