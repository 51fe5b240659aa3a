import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { DatasetRecord } from '../../src/domain/dataset-record.ts'
import type { Project } from '../../src/domain/types.ts'
import { ALL_DATASETS, useAppStore } from '../../src/store/app-store.ts'
import { makeProject, XSS_ESCAPED, XSS_NAME } from '../support/project.ts'
import { DrawerFromStore } from './drawer-from-store.tsx'
import { YEAR_2018, YEAR_2019 } from './two-years.ts'

const CAPTION = '同一项目在各数据集中的记录，按年度排列；分值旁为较上一年度的变化。'
const LABEL_2018 = '中国共产党上海市委员会组织部 2018'

/** The two years loaded, the given one in view, the given record open in the drawer. */
function openRecord(id: string, records: DatasetRecord[] = [YEAR_2018, YEAR_2019], active = id.split('/')[0]!) {
  act(() => {
    useAppStore.getState().addDatasets(records, { activate: active })
    useAppStore.getState().openProject(id)
  })
  render(<DrawerFromStore />)
}

const cellTexts = (row: HTMLElement): string[] => [...row.children].map((c) => c.textContent ?? '')
const seriesRows = () => within(screen.getByRole('table', { name: CAPTION })).getAllByRole('row')
const decisions = () => useAppStore.getState().linkDecisions
const click = (name: string) => act(() => fireEvent.click(screen.getByRole('button', { name })))
/** The items of the list under a heading (its own numbered list), without their notes. */
const itemsUnder = (heading: string): string[] =>
  [...(screen.getByRole('heading', { name: heading }).parentElement?.querySelector('ol')?.children ?? [])].map(
    (li) => li.children[1]?.textContent ?? '',
  )

/** A form of the given year, with the code the series links it by. */
const form = (year: number, fields: Partial<Project>): DatasetRecord => ({
  id: `f${year}`,
  meta: { origin: 'imported', fileName: `form-${year}.xlsx`, kind: 'xlsx', importedAt: null },
  dataset: {
    title: `${year}年度项目支出绩效自评表`,
    department: '某某局',
    year,
    sourceName: `form-${year}.xlsx`,
    projects: [makeProject({ form: 'project-self-evaluation', code: '51000021R000000019951', ...fields })],
  },
  diagnostics: [],
  sourceText: '',
})

describe('the series section of the drawer', () => {
  it('lists the project in each year: amount, score with its change, grade moved, rate; the open year marked', () => {
    openRecord('y2019/0')
    expect(screen.getByRole('heading', { name: '历年（2 个年度）' })).toBeTruthy()
    expect(seriesRows().map(cellTexts)).toEqual([
      ['年度', '决算金额（万元）', '评价分值', '等级', '执行率'],
      ['2018', '338.62', '93.17', '优', '—'],
      ['2019', '338.62', '85.50 ↓下降7.67', '优→良', '—'],
    ])
    expect(seriesRows().map((r) => r.getAttribute('aria-current'))).toEqual([null, null, 'true'])
    expect(within(seriesRows()[2]!).queryByRole('button')).toBeNull()
  })

  it('opens another year’s record from its row, in the dataset that holds it', () => {
    openRecord('y2019/0')
    click('打开 2018 的记录')
    expect(useAppStore.getState().openId).toBe('y2018/0')
    expect(useAppStore.getState().activeDatasetId).toBe('y2018')
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('2018年基层党建及队伍教育管理')
    expect(seriesRows().map((r) => r.getAttribute('aria-current'))).toEqual([null, 'true', null])
    expect(within(seriesRows()[2]!).getByRole('button', { name: '打开 2019 的记录' })).toBeTruthy()
  })

  it('keeps the view when all datasets are compared', () => {
    openRecord('y2019/0', [YEAR_2018, YEAR_2019], ALL_DATASETS)
    click('打开 2018 的记录')
    expect(useAppStore.getState().openId).toBe('y2018/0')
    expect(useAppStore.getState().activeDatasetId).toBe(ALL_DATASETS)
  })

  it('says why each record is linked, and confirms an automatic link as the user’s decision', () => {
    openRecord('y2019/0')
    expect(screen.getByText('2018：名称相同')).toBeTruthy()
    expect(screen.getByText('2019（本记录）：名称相同')).toBeTruthy()
    click('确认 2018 是同一项目')
    expect(decisions()).toEqual([{ op: 'join', row: 'y2018/0', with: 'y2019/0' }])
    expect(screen.getByText('2018：已确认')).toBeTruthy()
    expect(screen.queryByRole('button', { name: '确认 2018 是同一项目' })).toBeNull()
  })

  it('takes another record out with 不是同一项目, offers it back as a candidate, and links it again', () => {
    openRecord('y2019/0')
    click('不是同一项目：2018')
    expect(decisions()).toEqual([{ op: 'detach', row: 'y2018/0' }])
    expect(screen.queryByRole('heading', { name: /^历年/ })).toBeNull()
    const candidates = screen.getByRole('heading', { name: '可能是同一项目（未关联）' }).closest('section')!
    expect(within(candidates).getAllByRole('listitem').map((li) => [...li.querySelectorAll('span')].map((s) => s.textContent))).toEqual([
      ['2018年基层党建及队伍教育管理', `${LABEL_2018} · 名称相同`],
    ])
    click(`关联：2018年基层党建及队伍教育管理（${LABEL_2018}）`)
    expect(decisions()).toEqual([
      { op: 'detach', row: 'y2018/0' },
      { op: 'join', row: 'y2019/0', with: 'y2018/0' },
    ])
    expect(screen.getByRole('heading', { name: '历年（2 个年度）' })).toBeTruthy()
    expect(screen.getByText('2018：已确认')).toBeTruthy()
  })

  it('offers a record of a similar name that was not linked, with its likeness, and links it on 关联', () => {
    openRecord('y2019/1')
    expect(screen.queryByRole('heading', { name: /^历年/ })).toBeNull()
    const candidates = screen.getByRole('heading', { name: '可能是同一项目（未关联）' }).closest('section')!
    expect(within(candidates).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      `2018年党代表工作经费${LABEL_2018} · 名称相似度 86%关联`,
    ])
    click(`关联：2018年党代表工作经费（${LABEL_2018}）`)
    expect(decisions()).toEqual([{ op: 'join', row: 'y2019/1', with: 'y2018/1' }])
    expect(screen.getByText('2018：已确认')).toBeTruthy()
    expect(screen.queryByRole('heading', { name: '可能是同一项目（未关联）' })).toBeNull()
  })

  it('sets this year’s problems beside last year’s rectifications, each by its own numbers, and marks what recurred', () => {
    openRecord('y2019/0')
    const pair = screen.getByText('2019 年存在问题 · 2018 年整改情况').closest('details')!
    expect(pair.open).toBe(true)
    expect(itemsUnder('（2018）整改情况')).toEqual([
      '根据职能调整对二级项目明细进行梳理优化，进一步提升预算结构合理性。',
      '严格规范资金核算，有效控制资金管理风险。',
      '优化合同条款，采取分期付款，明确质量要求和验收要求，控制合同履约风险。',
    ])
    expect(itemsUnder('（2019）存在问题')).toEqual([
      '预算编制有待进一步优化，二级项目编制不尽合理。',
      '资金使用有待进一步规范。',
      '合同管理仍存在潜在风险，部分合同的支付方式仍为一次性支付。',
    ])
    const problems = screen.getByRole('heading', { name: '（2019）存在问题' }).parentElement!
    const third = problems.querySelectorAll('ol > li')[2]!
    expect(third.querySelector('.recurred-note')?.textContent).toBe(
      '再现 与 2018 年问题（3）共有「合同的支付方式」「为一次性支付」「合同管理」「潜在风险」；其整改情况（3）称已整改。',
    )
    expect([...third.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['合同管理', '潜在风险', '合同的支付方式', '为一次性支付'])
    const rectifications = screen.getByRole('heading', { name: '（2018）整改情况' }).parentElement!
    expect(rectifications.querySelectorAll('ol > li')[2]!.querySelector('.recurred-note')?.textContent).toBe(
      '于 2019 年再现：问题（3）',
    )
  })

  it('says so where the previous year is a form: its 改进措施 instead of 整改情况; report text stays text', () => {
    openRecord('f2022/0', [
      form(2021, { name: '工资性支出', score: 95, problems: ['培训需求调研不够深入'], suggestions: ['加强需求调研', '提前确定场地'] }),
      form(2022, { name: '工资性支出', score: 96, problems: [XSS_NAME] }),
    ])
    expect(screen.getByText('2021：编码相同')).toBeTruthy()
    expect(seriesRows().map(cellTexts).slice(1)).toEqual([
      ['2021', '—', '95.00', '—', '—'],
      ['2022', '—', '96.00 ↑上升1.00', '—', '—'],
    ])
    expect(screen.getByText('2022 年存在问题 · 2021 年改进措施')).toBeTruthy()
    expect(screen.getByText('2021 年为自评表，没有整改情况，这里列出其改进措施。')).toBeTruthy()
    expect(itemsUnder('（2021）改进措施')).toEqual(['加强需求调研', '提前确定场地'])
    expect(itemsUnder('（2022）存在问题')).toEqual([XSS_NAME])
    expect(screen.getByRole('heading', { name: '（2022）存在问题' }).parentElement!.querySelector('ol')!.innerHTML).toContain(XSS_ESCAPED)
  })

  it('speaks English in the English interface', () => {
    act(() => useAppStore.setState({ locale: 'en' }))
    openRecord('y2019/0')
    expect(screen.getByRole('heading', { name: 'Across years (2 records)' })).toBeTruthy()
    expect(screen.getByText('2018: same name')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Not the same project: 2018' })).toBeTruthy()
    expect(screen.getByText('2019 problems · 2018 rectifications')).toBeTruthy()
    const third = screen.getByRole('heading', { name: '(2019) Problems' }).parentElement!.querySelectorAll('ol > li')[2]!
    expect(third.querySelector('.recurred-note')?.textContent).toBe(
      'recurred Shares “合同的支付方式”, “为一次性支付”, “合同管理”, “潜在风险” with problem (3) of 2018, whose rectification (3) said it was dealt with.',
    )
  })
})
