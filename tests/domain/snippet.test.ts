import { describe, expect, it } from 'vitest'
import { searchTerms } from '../../src/domain/search-text.ts'
import { searchSnippet } from '../../src/domain/snippet.ts'
import { bundledRows } from '../support/bundled.ts'
import { makeProject } from '../support/project.ts'

const bundled = (index: number) => bundledRows[index]!.project
/** The snippet as one string, hits in [brackets], cuts as …. */
const shown = (snippet: ReturnType<typeof searchSnippet>): string | null =>
  snippet === null
    ? null
    : `${snippet.cutBefore ? '…' : ''}${snippet.segments.map((s) => (s.match ? `[${s.text}]` : s.text)).join('')}${snippet.cutAfter ? '…' : ''}`

describe('searchSnippet on the bundled report', () => {
  it('finds 台账 in the fourth problem of 2018年党建服务工作经费项目, the whole item within 20 characters', () => {
    const snippet = searchSnippet(bundled(4), searchTerms('台账'))
    expect(snippet).toMatchObject({ field: 'problems', item: 4, cutBefore: false, cutAfter: false })
    expect(shown(snippet)).toBe('服务热线和网站维修等业务[台账]资料不完善。')
  })

  it('shows the first field with a hit, 20 characters either side, every hit in the window marked', () => {
    const snippet = searchSnippet(bundled(5), searchTerms('满意度 OR 基层党建'))
    expect(snippet).toMatchObject({ field: 'performance', item: null })
    expect(shown(snippet)).toBe('…满足需求，系统使用便捷、运行稳定，受益者[满意度]82.4%，管理者[满意度]较高。')
    expect(shown(searchSnippet(bundled(4), searchTerms('满意度 OR 基层党建')))).toBe(
      '…“春风、夏花、秋收、冬暖”四季公益活动，[基层党建]网与微信公众号专岗专编工作人员到位，内容…',
    )
  })

  it.each([
    ['a hit in the name', 0, '基层党建'],
    ['only excluded terms', 1, '-合同'],
    ['no query', 1, ''],
    ['no hit at all', 1, '台账'],
  ])('gives none for %s', (_case, index, query) => expect(searchSnippet(bundled(index), searchTerms(query))).toBeNull())
})

describe('searchSnippet on texts of its own', () => {
  it('names the list and the item of the first hit, in the order problems, suggestions, rectifications', () => {
    const project = makeProject({ name: '甲', problems: ['无'], suggestions: ['规范合同'], rectifications: ['合同已签'] })
    expect(searchSnippet(project, ['合同'])).toMatchObject({ field: 'suggestions', item: 1 })
    expect(searchSnippet({ ...project, unit: '合同科' }, ['合同'])).toMatchObject({ field: 'unit', item: null })
  })

  it('cuts at the radius on both sides', () => {
    const project = makeProject({ performance: '一二三四五六七八九十合同甲乙丙丁戊己庚辛壬癸' })
    expect(shown(searchSnippet(project, ['合同'], 3))).toBe('…八九十[合同]甲乙丙…')
    expect(shown(searchSnippet(project, ['合同'], 10))).toBe('一二三四五六七八九十[合同]甲乙丙丁戊己庚辛壬癸')
  })

  it('marks what the search matched across a line break and full width, in the raw text', () => {
    const project = makeProject({ problems: ['部分合\n同未按期验收，ＥＲＰ系统'] })
    expect(shown(searchSnippet(project, searchTerms('合同 erp')))).toBe('部分[合\n同]未按期验收，[ＥＲＰ]系统')
  })

  it('never splits a character written with two UTF-16 units', () => {
    const project = makeProject({ performance: '𠀀𠀀𠀀𠀀合同𠀀𠀀𠀀𠀀' })
    expect(shown(searchSnippet(project, ['合同'], 3))).toBe('…𠀀𠀀𠀀[合同]𠀀𠀀𠀀…')
    expect(shown(searchSnippet({ ...project, performance: '合同𠀀' }, ['合同'], 1))).toBe('[合同]𠀀')
  })
})
