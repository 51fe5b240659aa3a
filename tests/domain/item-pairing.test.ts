import { describe, expect, it } from 'vitest'
import { inferPairs, listsDifferInCount } from '../../src/domain/item-pairing.ts'
import { makeProject } from '../support/project.ts'

const items = (n: number) => Array.from({ length: n }, (_, i) => `第${i}条`)

describe('listsDifferInCount', () => {
  it.each([
    [[1, 1, 1], false],
    [[2, 2, 0], false],
    [[4, 3, 4], true],
    [[0, 0, 0], false],
  ])('%j → %s', ([p, s, r], differ) => {
    expect(listsDifferInCount(makeProject({ problems: items(p!), suggestions: items(s!), rectifications: items(r!) }))).toBe(differ)
  })
})

describe('inferPairs', () => {
  it('pairs each suggestion and rectification with the problem it shares most phrases with', () => {
    const project = makeProject({
      problems: ['预算编制不够细化', '资金核算不够规范', '绩效目标设置不合理', '合同约定一次性支付'],
      suggestions: ['细化预算编制', '规范资金核算', '合同约定一次性支付改为分期支付'],
      rectifications: ['已修订合同，不再一次性支付'],
    })
    expect(inferPairs(project)).toEqual([
      { list: 'suggestions', item: 1, problem: 1, phrases: ['预算编制'] },
      { list: 'suggestions', item: 2, problem: 2, phrases: ['资金核算'] },
      { list: 'suggestions', item: 3, problem: 4, phrases: ['合同约定一次性支付'] },
      { list: 'rectifications', item: 1, problem: 4, phrases: ['一次性支付'] },
    ])
  })
})
