import { fireEvent, render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { auditFlagLookup, recordFlagsOf } from '../../src/domain/audit-flags.ts'
import { toRows } from '../../src/domain/project-row.ts'
import { AuditFlagFacet } from '../../src/table/AuditFlagFacet.tsx'
import { AuditFlagList } from '../../src/drilldown/AuditFlagList.tsx'
import { ThemeChips } from '../../src/drilldown/ThemeChips.tsx'
import { ThemeFacet } from '../../src/table/ThemeFacet.tsx'
import { useAppStore } from '../../src/store/app-store.ts'
import { bundled, bundledRows } from '../support/bundled.ts'
import { makeProject } from '../support/project.ts'

const store = () => useAppStore.getState()
const pressed = (group: HTMLElement) =>
  within(group)
    .getAllByRole('button')
    .map((b) => `${b.textContent?.replace(/\s+/g, '')}:${b.getAttribute('aria-pressed')}`)
const flagsOf = auditFlagLookup([{ id: 'bundled', rows: bundledRows, diagnostics: bundled.diagnostics }])

describe('ThemeChips', () => {
  it('lists an item’s themes, naming the keywords that gave each', () => {
    render(<ThemeChips item="预算执行率为83.63%，执行率偏低，预算编制不够精确。" />)
    const list = screen.getByRole('list', { name: '问题主题' })
    const chips = within(list).getAllByRole('listitem')
    expect(chips.map((c) => c.textContent)).toEqual(['预算编制', '预算执行'])
    expect(chips[1]?.getAttribute('title')).toBe(
      '执行率低、进度慢、资金结余或沉淀，实施内容与预算安排相比调整多或未执行。（关键词：预算执行、执行率）',
    )
  })

  it('marks the themes the filter selected, in words as well as style', () => {
    render(<ThemeChips item="评审和验收环节制度落实不够。" active={['records']} />)
    const chips = screen.getAllByRole('listitem')
    expect(chips.map((c) => [c.textContent, c.className])).toEqual([
      ['合同管理', 'theme-chip'],
      ['制度与台账（筛选中）', 'theme-chip is-active'],
    ])
  })

  it('shows 其他 for an item no keyword matches', () => {
    render(<ThemeChips item="宣传不足。" />)
    expect(screen.getByRole('listitem').textContent).toBe('其他')
  })
})

describe('ThemeFacet', () => {
  it('shows each theme with the number of projects having it, and toggles the theme filter', () => {
    render(<ThemeFacet rows={bundledRows} />)
    const group = screen.getByRole('group', { name: '按问题主题筛选' })
    expect(pressed(group)).toEqual([
      '全部8:true',
      '预算编制6:false',
      '预算执行3:false',
      '资金使用与核算4:false',
      '合同管理5:false',
      '绩效目标与指标5:false',
      '制度与台账3:false',
      '采购0:false',
      '满意度1:false',
      '其他0:false',
    ])
    fireEvent.click(within(group).getByRole('button', { name: /^制度与台账/ }))
    fireEvent.click(within(group).getByRole('button', { name: /^满意度/ }))
    expect(store().filters.themes).toEqual(['records', 'satisfaction'])
    expect(pressed(group).filter((p) => p.endsWith(':true'))).toEqual(['制度与台账3:true', '满意度1:true'])
    fireEvent.click(within(group).getByRole('button', { name: /^全部/ }))
    expect(store().filters.themes).toEqual([])
  })
})

describe('AuditFlagFacet', () => {
  it('counts the projects per flag in view and toggles the flag filter', () => {
    render(<AuditFlagFacet rows={bundledRows} flagsOf={flagsOf} />)
    const group = screen.getByRole('group', { name: '按审计提示筛选' })
    expect(pressed(group)).toEqual([
      '全部8:true',
      '评分与等级不符0:false',
      '整改建议与问题条数不一1:false',
      '整改情况与问题条数不一0:false',
      '未披露执行率6:false',
      '缺少字段0:false',
      '解析存疑0:false',
    ])
    const noRate = within(group).getByRole('button', { name: /^未披露执行率/ })
    expect(noRate.getAttribute('title')).toBe('项目文字中没有写明预算执行率。')
    fireEvent.click(noRate)
    expect(store().filters.flags).toEqual(['no-execution-rate'])
    expect(noRate.getAttribute('aria-pressed')).toBe('true')
    fireEvent.click(noRate)
    expect(store().filters.flags).toEqual([])
  })

  it('follows the rows it is given', () => {
    render(<AuditFlagFacet rows={bundledRows.slice(2, 5)} flagsOf={flagsOf} />)
    expect(pressed(screen.getByRole('group'))).toEqual([
      '全部3:true',
      '评分与等级不符0:false',
      '整改建议与问题条数不一1:false',
      '整改情况与问题条数不一0:false',
      '未披露执行率1:false',
      '缺少字段0:false',
      '解析存疑0:false',
    ])
  })
})

describe('AuditFlagFacet with the flags that compare years or check forms', () => {
  it('lists one only when a project in view has it, or when it is selected', () => {
    const form = toRows('f', [
      makeProject({
        form: 'project-self-evaluation',
        name: '自评表',
        amountWan: 1,
        score: 90,
        executionRate: 100,
        templateText: [{ field: '存在问题', cell: 'B14', text: '结合自评情况，分析存在的问题及原因。（200字以内）' }],
      }),
    ])
    const { rerender } = render(<AuditFlagFacet rows={[...bundledRows, ...form]} flagsOf={recordFlagsOf} />)
    expect(pressed(screen.getByRole('group'))).toEqual([
      '全部9:true',
      '评分与等级不符0:false',
      '整改建议与问题条数不一1:false',
      '整改情况与问题条数不一0:false',
      '未披露执行率6:false',
      '缺少字段0:false',
      '解析存疑0:false',
      '留有填表说明1:false',
    ])
    useAppStore.getState().setFlags(['score-fell'])
    rerender(<AuditFlagFacet rows={bundledRows} flagsOf={recordFlagsOf} />)
    expect(pressed(screen.getByRole('group')).slice(-1)).toEqual(['得分较上年下降0:true'])
  })
})

describe('AuditFlagList', () => {
  it('lists a project’s flags, or says there is none', () => {
    const { rerender } = render(<AuditFlagList flags={['suggestions-mismatch', 'rectifications-mismatch', 'no-execution-rate']} />)
    expect(within(screen.getByRole('list', { name: '审计提示' })).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '整改建议与问题条数不一',
      '整改情况与问题条数不一',
      '未披露执行率',
    ])
    rerender(<AuditFlagList flags={[]} />)
    expect(screen.getByText('没有审计提示。')).toBeTruthy()
  })
})
