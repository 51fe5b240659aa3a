import { describe, expect, it } from 'vitest'
import { comparePinyin } from '../../src/domain/pinyin-order.ts'

describe('comparePinyin', () => {
  it('orders by pinyin, reading 长宁 as cháng and numbers by value', () => {
    const names = ['张江项目', '长宁区项目', '常熟项目', '阿里项目', '中心项目', '第10期', '第9期']
    expect(names.toSorted(comparePinyin)).toEqual(['阿里项目', '长宁区项目', '常熟项目', '第9期', '第10期', '张江项目', '中心项目'])
  })
})
