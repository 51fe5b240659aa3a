import { describe, expect, it } from 'vitest'
import { phraseMatch, phraseText, saysTheSame, sharedPhrases } from '../../src/domain/shared-phrases.ts'

const runs = (text: string) => phraseText(text).split('\u0002').filter((run) => run !== '')

describe('phraseText', () => {
  it('drops item numbers and spaces, folds width, and breaks at punctuation', () => {
    expect(runs('（2）合同 条款不够细化，ＡＢ。3. 验收；一、台账')).toEqual(['合同条款不够细化', 'ab', '验收', '台账'])
  })
  it('keeps the numbers of decimals and years', () => {
    expect(runs('预算执行率为80.21%，共3.2公里，2019年完成')).toEqual(['预算执行率为80.21', '共3.2公里', '2019年完成'])
  })
})

describe('sharedPhrases', () => {
  it.each([
    ['合同约定一次性支付全部款项，未按进度付款', '合同款项一次性支付，验收前已全部付清', ['一次性支付']],
    ['项目资金核算不够规范', '严格规范资金核算，有效控制风险', ['资金核算']],
    ['部分三级项目设置不够合理，预算编制不够细化', '预算编制不够细化，三级项目设置不合理', ['预算编制不够细化', '三级项目设置不']],
    ['进一步加强管理', '进一步加强宣传', []],
  ])('%s | %s → %j', (a, b, phrases) => {
    expect(sharedPhrases(a, b)).toEqual(phrases)
  })

  it('uses each character once: a phrase cut out is not found again', () => {
    expect(sharedPhrases('会议经费会议经费', '会议经费')).toEqual(['会议经费'])
  })

  it('names a phrase found twice once', () => {
    expect(sharedPhrases('绩效目标不明确，绩效目标偏低', '绩效目标设置，绩效目标考核')).toEqual(['绩效目标'])
  })

  it('never runs a phrase across punctuation, and tells rates apart', () => {
    expect(sharedPhrases('存在潜在风险，部分合同的支付方式', '存在潜在风险部分合同的支付方式')).toEqual(['部分合同的支付方式', '存在潜在风险'])
    expect(sharedPhrases('预算执行率为80.21%', '预算执行率为90.21%')).toEqual(['预算执行率为'])
  })
})

describe('phraseMatch and saysTheSame', () => {
  it('measures coverage of the shorter text and applies the two thresholds', () => {
    const same = phraseMatch('预算编制不够细化，三级项目设置不合理', '部分三级项目设置不够合理，预算编制不够细化')
    expect(same.coverage).toBeCloseTo(15 / 17, 10)
    expect(saysTheSame(same)).toBe(true)
    const long = phraseMatch('培训课程体系建设与需求调研结合不够紧密，部分课程重复', '课程体系建设与需求调研结合不够紧密')
    expect(saysTheSame(long)).toBe(true)
    const different = phraseMatch('合同约定一次性支付全部款项，未按项目进度付款，存在资金风险', '绩效目标设置不够量化，指标难以考核评价')
    expect(different).toEqual({ phrases: [], coverage: 0 })
    expect(saysTheSame(different)).toBe(false)
  })
})
