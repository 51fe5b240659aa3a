import { describe, expect, it } from 'vitest'
import { comparePinyin, pinyinRanks } from '../../src/domain/pinyin-order.ts'

describe('comparePinyin', () => {
  it('orders by pinyin, reading 长宁 as cháng and numbers by value', () => {
    const names = ['张江项目', '长宁区项目', '常熟项目', '阿里项目', '中心项目', '第10期', '第9期']
    expect(names.toSorted(comparePinyin)).toEqual(['阿里项目', '长宁区项目', '常熟项目', '第9期', '第10期', '张江项目', '中心项目'])
  })
})

describe('pinyinRanks', () => {
  it('numbers names in the order comparePinyin gives', () => {
    const names = ['中心项目', '第10期', '长宁区项目', '阿里项目', '第9期']
    const ranks = pinyinRanks(names)
    expect(names.toSorted((a, b) => ranks.get(a)! - ranks.get(b)!)).toEqual(names.toSorted(comparePinyin))
  })

  it('reuses the ranking for names it already holds, and ranks new names among the old', () => {
    const first = pinyinRanks(['张江项目', '阿里项目', '中心项目'])
    expect(pinyinRanks(['中心项目', '阿里项目'])).toBe(first)
    const grown = pinyinRanks(['常熟项目'])
    expect(grown).not.toBe(first)
    const order = ['张江项目', '常熟项目', '阿里项目', '中心项目'].toSorted((a, b) => grown.get(a)! - grown.get(b)!)
    expect(order).toEqual(['阿里项目', '常熟项目', '张江项目', '中心项目'])
  })
})

describe('pinyinRanks at the edges', () => {
  it('gives names the collator holds equal one rank, so they tie', () => {
    const ranks = pinyinRanks(['第1批', '第01批', '第2批'])
    expect(ranks.get('第1批')).toBe(ranks.get('第01批'))
    expect(ranks.get('第2批')).toBeGreaterThan(ranks.get('第1批')!)
  })

  it('rebuilds from every name asked about, known or new, when the kept ranking would pass the cap', () => {
    pinyinRanks(['甲', '乙', '丙'], 4)
    const ranks = pinyinRanks(['甲', '丁', '戊'], 4)
    expect([...ranks.keys()].toSorted()).toEqual(['丁', '戊', '甲'].toSorted())
    expect(['戊', '甲', '丁'].toSorted((a, b) => ranks.get(a)! - ranks.get(b)!)).toEqual(['丁', '甲', '戊'].toSorted(comparePinyin))
  })
})
