import { describe, expect, it } from 'vitest'
import { claimsDealtWith, rectificationOf, recurrences } from '../../src/domain/recurrence.ts'
import { makeProject } from '../support/project.ts'

const year2018 = makeProject({
  problems: ['预算编制不够细化，三级项目设置不合理', '合同约定一次性支付全部款项，未按进度付款'],
  rectifications: ['已根据职能调整对三级项目进行梳理优化', '优化合同条款，采取分期付款，明确验收要求'],
})

describe('claimsDealtWith', () => {
  it.each([
    ['优化合同条款，采取分期付款', true],
    ['已对“在沪十九大代表联络工作经费”进行归并调整', true],
    ['正在修订合同管理办法', false],
    ['相关制度尚未出台', false],
    ['拟于2020年完成整改', false],
    ['待新系统上线后统一处理', false],
    ['无', false],
    ['—', false],
    ['未整改', false],
    ['暂未整改', false],
    ['整改中', false],
    ['部分整改', false],
    ['持续推进', false],
    ['下一步将规范合同管理', false],
    ['将在下年度完善', false],
  ])('%s → %s', (text, claims) => {
    expect(claimsDealtWith(text)).toBe(claims)
  })
})

describe('rectificationOf', () => {
  it('pairs by number when the lists are as long, else by shared phrases, else the only one', () => {
    expect(rectificationOf(year2018, 1)).toEqual({ index: 1, text: '优化合同条款，采取分期付款，明确验收要求' })
    const unequal = makeProject({ problems: ['甲问题', '合同款项一次性支付', '丙问题'], rectifications: ['其他事项已处理', '合同款项改为分期支付'] })
    expect(rectificationOf(unequal, 1)).toEqual({ index: 1, text: '合同款项改为分期支付' })
    expect(rectificationOf(unequal, 0)).toBeNull()
    const single = makeProject({ problems: ['甲问题', '乙问题'], rectifications: ['均已整改'] })
    expect(rectificationOf(single, 1)).toEqual({ index: 0, text: '均已整改' })
    expect(rectificationOf(makeProject({ problems: ['甲问题'] }), 0)).toBeNull()
  })
})

describe('recurrences', () => {
  it('finds a problem of this year that repeats one the previous year claimed dealt with, with the shared phrases', () => {
    const year2019 = makeProject({ problems: ['绩效目标不够量化', '合同款项仍一次性支付全部款项，未按进度付款'] })
    expect(recurrences(year2018, year2019)).toEqual([
      {
        problem: 2,
        previousProblem: 2,
        rectification: 2,
        match: { phrases: ['一次性支付全部款项', '未按进度付款'], coverage: 30 / 39 },
      },
    ])
  })

  it('does not count a problem whose rectification says it is still pending', () => {
    const pending = makeProject({ problems: ['合同约定一次性支付全部款项'], rectifications: ['正在修订合同范本'] })
    expect(recurrences(pending, makeProject({ problems: ['合同约定一次性支付全部款项'] }))).toEqual([])
  })

  it('does not count problems that only share a short phrase', () => {
    expect(recurrences(year2018, makeProject({ problems: ['档案管理不规范，合同归档不及时'] }))).toEqual([])
  })
})
