import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { DatasetRecord } from '../../src/domain/dataset-record.ts'
import { parseReport } from '../../src/ingest/parse-report.ts'
import { ALL_DATASETS, useAppStore } from '../../src/store/app-store.ts'
import { currentAnnouncement } from '../../src/ui/announcer.ts'
import { makeProject, XSS_ESCAPED, XSS_NAME } from '../support/project.ts'
import { DrawerFromStore } from './drawer-from-store.tsx'
import { YEAR_2018, YEAR_2019 } from './two-years.ts'

const LABEL_2018 = '中国共产党上海市委员会组织部 2018'
const RENAMED_2018 = '2018年党建服务工作经费项目'

/** The 2019 copy with 党建服务工作经费项目 renamed: no rule links it to 2018's, and no name is alike enough to offer it. */
const RENAMED_2019: DatasetRecord = (() => {
  const text = YEAR_2019.sourceText.replace('项目名称 2019年党建服务工作经费项目', '项目名称 2019年基层服务保障经费')
  return { ...YEAR_2019, dataset: parseReport(text, { sourceName: 'organization-2019.txt' }).dataset, sourceText: text }
})()

/** A third dataset whose one record has a code and a name that is markup. */
const OTHER: DatasetRecord = {
  id: 'other',
  meta: { origin: 'imported', fileName: 'other.json', kind: 'json', importedAt: null },
  dataset: { title: '其他', department: '某某局', year: 2017, sourceName: 'other.json', projects: [makeProject({ name: XSS_NAME, code: 'X-017' })] },
  diagnostics: [],
  sourceText: '',
}

function openRecord(id: string, records: DatasetRecord[] = [YEAR_2018, RENAMED_2019]) {
  act(() => {
    useAppStore.getState().addDatasets(records, { activate: ALL_DATASETS })
    useAppStore.getState().openProject(id)
  })
  render(<DrawerFromStore />)
}

const searchArea = () => screen.getByText('关联到其他数据集的项目…').closest('details')!
const box = () => within(searchArea()).getByRole('searchbox', { name: '项目名称或编码' })
const type = (text: string) => act(() => fireEvent.change(box(), { target: { value: text } }))
/** Each listed record as its name, then its dataset (and code). */
const listed = () => within(searchArea()).queryAllByRole('listitem').map((li) => [...li.querySelectorAll('span')].map((s) => s.textContent))
const note = () => searchArea().querySelector('p')?.textContent

describe('linking the open record to any record of another dataset', () => {
  it('finds a renamed project by part of its name, with its dataset, and joins it on 关联', async () => {
    openRecord('y2019/4')
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('2019年基层服务保障经费')
    expect(screen.queryByRole('heading', { name: /^历年/ })).toBeNull()
    act(() => fireEvent.click(screen.getByText('关联到其他数据集的项目…')))
    expect(searchArea().open).toBe(true)
    expect(listed()).toEqual([])
    expect(note()).toBe('输入名称或编码中的文字，列出其他数据集中尚未与本记录关联的项目（至多 10 条）；确认是同一项目（如更名的项目）后再关联。')
    type('党建服务')
    expect(listed()).toEqual([[RENAMED_2018, LABEL_2018]])
    expect(note()).toBeUndefined()
    act(() => fireEvent.click(within(searchArea()).getByRole('button', { name: `关联：${RENAMED_2018}（${LABEL_2018}）` })))
    expect(useAppStore.getState().linkDecisions).toEqual([{ op: 'join', row: 'y2019/4', with: 'y2018/4' }])
    expect(currentAnnouncement()?.text).toBe(`已关联“${RENAMED_2018}”。`)
    expect(screen.getByRole('heading', { name: '历年（2 个年度）' })).toBeTruthy()
    expect(screen.getByText('2018：已确认')).toBeTruthy()
    await waitFor(() => expect(document.activeElement?.id).toBe('series-heading'))
    // Now in the series: no longer listed.
    expect(listed()).toEqual([])
    expect(note()).toBe('其他数据集中没有名称或编码含此文字、且尚未关联的项目。')
  })

  it('never lists a record of the open record’s own dataset', () => {
    openRecord('y2019/4')
    type('经费')
    expect(listed().map(([name]) => name)).toEqual([
      '2018年党代表工作经费',
      '2018年干部考评和人才发展工作经费',
      '2018年度领导干部培训经费项目',
      RENAMED_2018,
      '2018年度在线学习工作经费项目',
      '2018年上海市党员干部现代远程教育工作经费',
    ])
  })

  it('never lists a record already in the open record’s series', () => {
    openRecord('y2019/0')
    expect(screen.getByRole('heading', { name: '历年（2 个年度）' })).toBeTruthy()
    type('基层党建')
    expect(listed()).toEqual([])
    type('党建')
    expect(listed()).toEqual([[RENAMED_2018, LABEL_2018]])
  })

  it('waits for an IME composition to end, and Escape clears the box without closing the drawer', () => {
    openRecord('y2019/4')
    act(() => fireEvent.compositionStart(box()))
    type('dangjian')
    expect(listed()).toEqual([])
    type('党建服务')
    expect(listed()).toEqual([])
    act(() => fireEvent.compositionEnd(box()))
    expect(listed()).toEqual([[RENAMED_2018, LABEL_2018]])
    act(() => fireEvent.keyDown(box(), { key: 'Escape' }))
    expect((box() as HTMLInputElement).value).toBe('')
    expect(listed()).toEqual([])
    expect(useAppStore.getState().openId).toBe('y2019/4')
  })

  it('matches the code, and shows report text as text', () => {
    openRecord('y2019/4', [YEAR_2018, RENAMED_2019, OTHER])
    type('x-017')
    expect(listed()).toEqual([[XSS_NAME, '某某局 2017 · 编码 X-017']])
    expect(searchArea().querySelector('ul')!.innerHTML).toContain(XSS_ESCAPED)
    expect(searchArea().querySelector('img')).toBeNull()
  })

  it('lists ten and says when more match', () => {
    const many: DatasetRecord = { ...OTHER, dataset: { ...OTHER.dataset, projects: Array.from({ length: 11 }, (_, i) => makeProject({ name: `培训${i}` })) } }
    openRecord('y2019/4', [YEAR_2018, RENAMED_2019, many])
    type('培训')
    expect(listed().map(([name]) => name)).toEqual(['2018年度领导干部培训经费项目', ...Array.from({ length: 9 }, (_, i) => `培训${i}`)])
    expect(note()).toBe('只列出前 10 条；输入更多文字以缩小范围。')
  })

  it('is not offered when no other dataset is loaded', () => {
    openRecord('y2019/4', [RENAMED_2019])
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('2019年基层服务保障经费')
    expect(screen.queryByText('关联到其他数据集的项目…')).toBeNull()
  })

  it('speaks English in the English interface', () => {
    act(() => useAppStore.setState({ locale: 'en' }))
    openRecord('y2019/4')
    const area = screen.getByText('Link to a project in another dataset…').closest('details')!
    fireEvent.change(within(area).getByRole('searchbox', { name: 'Project name or code' }), { target: { value: '不存在' } })
    expect(area.querySelector('p')?.textContent).toBe('No project of another dataset that is not linked yet has this in its name or code.')
    fireEvent.change(within(area).getByRole('searchbox', { name: 'Project name or code' }), { target: { value: '党建服务' } })
    act(() => fireEvent.click(within(area).getByRole('button', { name: `Link: ${RENAMED_2018} (${LABEL_2018})` })))
    expect(useAppStore.getState().linkDecisions).toEqual([{ op: 'join', row: 'y2019/4', with: 'y2018/4' }])
  })
})
