import { describe, expect, it } from 'vitest'
import { alignItems } from '../../src/domain/aligned-items.ts'
import { sourceExcerpt } from '../../src/domain/source-excerpt.ts'
import { bundled, bundledText } from '../support/bundled.ts'

describe('alignItems', () => {
  it('shows the 4/3/4 project with an empty suggestion slot at (4), not a shifted list', () => {
    const project = bundled.dataset.projects[4]!
    const aligned = alignItems(project)
    expect(aligned.map((a) => [a.n, a.problem !== null, a.suggestion !== null, a.rectification !== null])).toEqual([
      [1, true, true, true],
      [2, true, true, true],
      [3, true, true, true],
      [4, true, false, true],
    ])
    expect(aligned[3]).toEqual({
      n: 4,
      problem: '服务热线和网站维修等业务台账资料不完善。',
      suggestion: null,
      rectification: '2019年已启动“12371党员服务热线”改造项目，将对服务热线系统进行升级，更新后台功能。',
    })
  })
})

describe('sourceExcerpt', () => {
  it('gives the block exactly as it stands in the source', () => {
    const excerpt = sourceExcerpt(bundledText.split('\n'), bundled.dataset.projects[1]!)
    expect(excerpt.split('\n')[0]).toBe('绩效评价结果信息表 ')
    expect(excerpt.split('\n').at(-1)).toBe('目标与工作计划、预算安排之间的关系。 ')
    expect(excerpt.split('\n')).toHaveLength(116 - 70 + 1)
  })
})
