import { act, render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { EMPTY_FILTERS, filterRows } from '../../src/domain/view.ts'
import { useAppStore } from '../../src/store/app-store.ts'
import { ProjectTable } from '../../src/table/ProjectTable.tsx'
import { bundledRows } from '../support/bundled.ts'
import { rowsOf, XSS_ESCAPED, XSS_NAME } from '../support/project.ts'

/** Each row header: the name, and the snippet's field and text when there is one, hits in [brackets]. */
const headers = () =>
  screen.getAllByRole('rowheader').map((th) => {
    const snippet = th.querySelector('.search-snippet')
    const field = snippet?.querySelector('.snippet-field')?.textContent
    const text = [...(snippet?.lastElementChild?.childNodes ?? [])]
      .map((n) => (n.nodeName === 'MARK' ? `[${n.textContent}]` : n.textContent))
      .join('')
    return snippet === null ? th.textContent : `${th.firstElementChild?.textContent} | ${field} | ${text}`
  })

function search(query: string, rows = bundledRows) {
  act(() => useAppStore.getState().setQuery(query))
  return filterRows(rows, { ...EMPTY_FILTERS, query })
}

describe('search hits as snippets under the name', () => {
  it('shows where a hit outside the name is, with the field and the item number', () => {
    render(<ProjectTable rows={search('台账 OR 队伍教育管理')} />)
    expect(headers()).toEqual([
      '2018年基层党建及队伍教育管理',
      '2018年党建服务工作经费项目 | 存在问题（4） | 服务热线和网站维修等业务[台账]资料不完善。',
    ])
  })

  it('cuts the text 20 characters either side of the first hit, and marks every hit in it', () => {
    render(<ProjectTable rows={search('满意度 -合同')} />)
    expect(headers()).toEqual([
      '2018年度领导干部培训经费项目 | 主要绩效 | …进行报名、审核、录取、培训课程浏览、在线[满意度]调查及数据分析等。',
    ])
  })

  it('follows the query: none without a search, none for excluded terms only', () => {
    const { rerender } = render(<ProjectTable rows={search('合同')} />)
    expect(headers()[0]).toBe('2018年基层党建及队伍教育管理 | 存在问题（3） | [合同]管理存在潜在风险，部分[合同]的支付方式为一…')
    rerender(<ProjectTable rows={search('')} />)
    expect(document.querySelector('.search-snippet')).toBeNull()
    rerender(<ProjectTable rows={search('-合同')} />)
    expect(document.querySelector('.search-snippet')).toBeNull()
  })

  it('names a form’s fields as the form does, and in English', () => {
    const rows = rowsOf({ name: '甲', form: 'project-self-evaluation', suggestions: ['加强台账管理'], unit: '某单位' })
    render(<ProjectTable rows={search('台账', rows)} />)
    expect(headers()).toEqual(['甲 | 改进措施（1） | 加强[台账]管理'])
    act(() => useAppStore.setState({ locale: 'en' }))
    expect(headers()).toEqual(['甲 | Measure (1) | 加强[台账]管理'])
    act(() => useAppStore.getState().setQuery('单位'))
    expect(headers()).toEqual(['甲 | Implementing unit | 某[单位]'])
  })

  it('renders report text as text, never as HTML', () => {
    const rows = rowsOf({ name: '甲', problems: [`合同${XSS_NAME}`] })
    render(<ProjectTable rows={search('合同', rows)} />)
    const th = screen.getByRole('rowheader')
    expect(th.querySelector('img')).toBeNull()
    expect(th.innerHTML).toContain(`<mark>合同</mark>${XSS_ESCAPED.slice(0, 23)}…`)
    expect(within(th).getByText('合同').tagName).toBe('MARK')
  })
})
