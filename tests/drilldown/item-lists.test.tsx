import { act, render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { AlignedItemsTable } from '../../src/drilldown/AlignedItemsTable.tsx'
import { useAppStore } from '../../src/store/app-store.ts'
import { bundled } from '../support/bundled.ts'

const project = (name: string) => bundled.dataset.projects.find((p) => p.name === name)!

/** The bundled report's project with 4 problems, 3 suggestions and 4 rectifications. */
const PARTY_SERVICE = project('2018年党建服务工作经费项目')

/** The item texts of the numbered list under a heading. */
const itemsUnder = (heading: string): string[] =>
  [...(screen.getByRole('heading', { name: heading }).parentElement?.querySelector('ol')?.children ?? [])].map(
    (li) => `${li.children[0]?.textContent}${li.children[1]?.textContent}`,
  )

const inferred = (heading: string): string[] =>
  within(screen.getByRole('heading', { name: heading }).closest('section')!)
    .getAllByRole('listitem')
    .map((li) => li.textContent ?? '')

describe('problems, suggestions and rectifications of different counts', () => {
  it('lists each by its own numbers, not lined up as if (n) answered (n)', () => {
    render(<AlignedItemsTable project={PARTY_SERVICE} terms={[]} />)
    expect(screen.queryByRole('table')).toBeNull()
    expect(screen.getByText('各列表条数不一，文件没有写明哪条对应哪条：下面按各自的编号分别列出。')).toBeTruthy()
    expect(itemsUnder('存在问题（4 条）')).toEqual([
      '（1）项目申报表中缺乏明确的绩效目标，部分绩效目标不够合理、明确、可量化。',
      '（2）与预算编制相比较，项目实施内容调整较多，部分计划内容未执行。',
      '（3）个别经费核算不适当，同一主题内容在两个项目中均有拨款支出，不符合预算管理的要求，经费核算也不适当。',
      '（4）服务热线和网站维修等业务台账资料不完善。',
    ])
    expect(itemsUnder('整改建议（3 条）')).toEqual([
      '（1）进一步提高部分绩效目标的细化、量化水平。',
      '（2）加强项目预算编制管理，明确资金支出内容，严格划分预算支出，确保子项目名称与实际支出内容相匹配，严格划分本项目支出与他预算项目支出，防止出现支出混乱情况。',
      '（3）建议升级党员服务热线的硬件配置以及电脑端软件，增加留存电话记录功能，完善基层党建网业务台账。',
    ])
    expect(itemsUnder('整改情况（4 条）')).toHaveLength(4)
  })

  it('offers the likely pairing by shared phrases, marked as inferred', () => {
    render(<AlignedItemsTable project={PARTY_SERVICE} terms={[]} />)
    expect(screen.getByText('按共有词句推断每条建议或整改最可能对应的问题，仅供核对，不是文件的内容。')).toBeTruthy()
    expect(inferred('推断的对应（非文件所列）')).toEqual([
      '建议（1）→ 问题（1）：共有「绩效目标」',
      '建议（2）→ 问题（2）：共有「预算编制」',
      '建议（3）→ 问题（4）：共有「服务热线」「业务台账」',
      '整改（1）→ 问题（1）：共有「绩效目标」',
      '整改（2）：与各条问题没有共有词句',
      '整改（3）→ 问题（3）：共有「同一主题内容在」',
      '整改（4）→ 问题（4）：共有「服务热线」',
    ])
  })

  it('marks the search terms and keeps the theme chips in the lists', () => {
    render(<AlignedItemsTable project={PARTY_SERVICE} terms={['台账']} themes={['records']} />)
    const problems = screen.getByRole('heading', { name: '存在问题（4 条）' }).parentElement!.querySelectorAll('ol > li')
    expect([...problems].map((li) => li.className)).toEqual(['', '', '', 'theme-hit'])
    expect(problems[3]!.querySelector('mark')?.textContent).toBe('台账')
    expect(within(problems[3] as HTMLElement).getByRole('list', { name: '问题主题' }).textContent).toBe('制度与台账（筛选中）')
  })

  it('keeps the aligned table when the counts are equal', () => {
    render(<AlignedItemsTable project={project('2018年度领导干部培训经费项目')} terms={[]} />)
    expect(screen.getByRole('table', { name: '存在问题 4 条 · 整改建议 4 条 · 整改情况 4 条' })).toBeTruthy()
    expect(screen.queryByRole('heading', { name: '推断的对应（非文件所列）' })).toBeNull()
  })

  it('says it in English in the English interface', () => {
    act(() => useAppStore.setState({ locale: 'en' }))
    render(<AlignedItemsTable project={PARTY_SERVICE} terms={[]} />)
    expect(itemsUnder('Suggestions (3)')).toHaveLength(3)
    expect(inferred('Inferred pairing (not in the document)').slice(2, 5)).toEqual([
      'Suggestion (3) → problem (4): shares “服务热线”, “业务台账”',
      'Rectification (1) → problem (1): shares “绩效目标”',
      'Rectification (2): shares no phrase with any problem',
    ])
  })
})
