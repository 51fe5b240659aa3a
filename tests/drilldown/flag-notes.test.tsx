import { act, render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { DatasetRecord } from '../../src/domain/dataset-record.ts'
import type { Project } from '../../src/domain/types.ts'
import { useAppStore } from '../../src/store/app-store.ts'
import { makeIndicator, makeProject } from '../support/project.ts'
import { DrawerFromStore } from './drawer-from-store.tsx'
import { YEAR_2018, YEAR_2019 } from './two-years.ts'

/**
 * A form that fails every check: its indicators (90 points) and execution (10) add up to 86 + 8 = 94,
 * not the stated 98; 8 for execution where 95% × 10 is 9.50; 95% where 37.24 ÷ 43.30 is 86.00%; full
 * marks for 10.6 km against ≥ 12 km; the template's instruction left under 存在问题.
 */
const FORM: Partial<Project> = {
  name: '农村公路建设',
  form: 'project-self-evaluation',
  budgetWan: 43.3,
  amountWan: 37.24,
  executionRate: 95,
  executionWeight: 10,
  executionScore: 8,
  score: 98,
  indicators: [
    makeIndicator({ level1: '产出指标', name: '新建道路长度', direction: '≥', target: '12', unit: '公里', actual: '10.6', weight: 10, score: 10 }),
    makeIndicator({ level1: '效益指标', name: '群众出行便利度', target: '≥90%', actual: '85%', weight: 80, score: 76 }),
  ],
  templateText: [{ field: '存在问题', cell: 'B14', text: '结合自评情况，分析存在的问题及原因。（200字以内）' }],
}

function openRecord(id: string, records: DatasetRecord[]) {
  act(() => {
    useAppStore.getState().addDatasets(records, { activate: id.split('/')[0]! })
    useAppStore.getState().openProject(id)
  })
  render(<DrawerFromStore />)
}

const formRecord = (project: Project): DatasetRecord => ({
  id: 'form',
  meta: { origin: 'imported', fileName: 'form.xlsx', kind: 'xlsx', importedAt: null },
  dataset: { title: '2022年度项目支出绩效自评表', department: '某某局', year: 2022, sourceName: 'form.xlsx', projects: [project] },
  diagnostics: [],
  sourceText: '',
})

/** Each flag of the drawer with the notes under it. */
const flagNotes = (listName: string): [string, string[]][] =>
  within(screen.getByRole('list', { name: listName }))
    .getAllByRole('listitem')
    .map((li) => [
      (li.matches('.audit-flag') ? li : li.querySelector('.audit-flag'))?.textContent ?? '',
      [...li.querySelectorAll('.flag-note')].map((p) => p.textContent ?? ''),
    ])

describe('the numbers under each audit flag', () => {
  it('explains score-fell and problem-recurred with the previous year’s figures and rectifications', () => {
    openRecord('y2019/0', [YEAR_2018, YEAR_2019])
    expect(flagNotes('审计提示')).toEqual([
      ['未披露执行率', []],
      ['得分较上年下降', ['2018 年 93.17 → 2019 年 85.50（−7.67）']],
      [
        '整改后问题再现',
        [
          '问题（1）与 2018 年问题（1）共有「二级项目编制不尽合理」「预算编制」，2018 年整改情况（1）：根据职能调整对二级项目明细进行梳理优化，进一步提升预算结构合理性。',
          '问题（2）与 2018 年问题（2）共有「资金使用」，2018 年整改情况（2）：严格规范资金核算，有效控制资金管理风险。',
          '问题（3）与 2018 年问题（3）共有「合同的支付方式」「为一次性支付」「合同管理」「潜在风险」，2018 年整改情况（3）：优化合同条款，采取分期付款，明确质量要求和验收要求，控制合同履约风险。',
        ],
      ],
    ])
  })

  it('gives a first year neither flag', () => {
    openRecord('y2018/0', [YEAR_2018, YEAR_2019])
    expect(flagNotes('审计提示')).toEqual([['未披露执行率', []]])
  })

  it('explains each self-evaluation check with the form’s numbers', () => {
    openRecord('form/0', [formRecord(makeProject(FORM))])
    expect(flagNotes('审计提示')).toEqual([
      ['总分与各项得分不符', ['自评得分 98，各指标得分之和 86（+ 执行得分 8 = 94）']],
      ['执行得分与执行率不符', ['执行得分 8，执行率 95.00% × 分值 10 = 9.50']],
      ['执行率与金额不符', ['执行率 95.00%，全年执行数 ÷ 全年预算数 = 37.24 ÷ 43.30 = 86.00%']],
      ['未达目标仍得满分', ['指标 新建道路长度：指标值 ≥12公里，实际 10.6公里，得满分 10']],
      ['留有填表说明', ['存在问题（B14）：结合自评情况，分析存在的问题及原因。（200字以内）']],
    ])
  })

  it('says when the rate × weight is above the weight, and a total of the indicators alone', () => {
    const project = makeProject({
      ...FORM,
      executionRate: 104,
      amountWan: 45.03,
      executionScore: 9,
      score: 90,
      indicators: [makeIndicator({ name: '新建道路长度', target: '≥12公里', actual: '12.5公里', weight: 100, score: 95 })],
      templateText: [{ field: '年度目标完成情况', cell: null, text: '（200字以内）' }],
    })
    openRecord('form/0', [formRecord(project)])
    expect(flagNotes('审计提示')).toEqual([
      ['总分与各项得分不符', ['自评得分 90，各指标得分之和 95']],
      ['执行得分与执行率不符', ['执行得分 9，执行率 104.00% × 分值 10 超过分值，以分值 10 为上限']],
      ['留有填表说明', ['年度目标完成情况：（200字以内）']],
    ])
  })

  it('explains them in English in the English interface', () => {
    act(() => useAppStore.setState({ locale: 'en' }))
    openRecord('form/0', [formRecord(makeProject(FORM))])
    expect(flagNotes('Audit flags')).toEqual([
      ['Total ≠ sum of scores', ['Self-evaluation score 98; indicator scores add up to 86 (+ execution score 8 = 94)']],
      ['Execution score ≠ rate', ['Execution score 8; rate 95.00% × weight 10 = 9.50']],
      ['Rate ≠ spent ÷ budget', ['Execution rate 95.00%; spent ÷ full-year budget = 37.24 ÷ 43.30 = 86.00%']],
      ['Target missed, full marks', ['Indicator 新建道路长度: target ≥12公里, actual 10.6公里, full marks 10']],
      ['Template instructions left', ['存在问题 (B14): 结合自评情况，分析存在的问题及原因。（200字以内）']],
    ])
  })

  it('explains the series flags in English', () => {
    act(() => useAppStore.setState({ locale: 'en' }))
    openRecord('y2019/0', [YEAR_2018, YEAR_2019])
    const [, fell, recurred] = flagNotes('Audit flags')
    expect(fell).toEqual(['Score fell', ['2018: 93.17 → 2019: 85.50 (−7.67)']])
    expect(recurred?.[1][1]).toBe(
      'Problem (2) shares “资金使用” with problem (2) of 2018; rectification (2) of 2018: 严格规范资金核算，有效控制资金管理风险。',
    )
  })
})
