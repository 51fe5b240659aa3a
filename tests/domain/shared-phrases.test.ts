import { describe, expect, it } from 'vitest'
import { phraseMatch, phraseText, saysTheSame, sharedPhrases } from '../../src/domain/shared-phrases.ts'

const runs = (text: string) => phraseText(text).split('\u0002').filter((run) => run !== '')

describe('phraseText', () => {
  it('drops item numbers, generic words (不够) and spaces, folds width, and breaks at punctuation', () => {
    expect(runs('（2）合同 条款不够细化，ＡＢ。3. 验收；一、台账')).toEqual(['合同条款', '细化', 'ab', '验收', '台账'])
  })
  it('keeps the numbers of decimals and years', () => {
    expect(runs('预算执行率为80.21%，共3.2公里，2019年完成')).toEqual(['预算执行率为80.21', '共3.2公里', '2019年完成'])
  })
})

describe('sharedPhrases', () => {
  it.each([
    ['合同约定一次性支付全部款项，未按进度付款', '合同款项一次性支付，验收前已全部付清', ['一次性支付']],
    ['项目资金核算不够规范', '严格规范资金核算，有效控制风险', []],
    ['部分三级项目设置不够合理，预算编制不够细化', '预算编制不够细化，三级项目设置不合理', ['三级项目设置', '预算编制']],
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
    expect(sharedPhrases('存在潜在风险，部分合同的支付方式', '存在潜在风险部分合同的支付方式')).toEqual(['合同的支付方式', '潜在风险'])
    expect(sharedPhrases('预算执行率为80.21%', '预算执行率为90.21%')).toEqual(['预算执行率为'])
  })
})

describe('generic words and theme words are not a matter', () => {
  it.each([
    ['项目资金未按规定专款专用', '项目资金使用进度较慢'],
    ['资产管理制度不健全', '内部控制制度不健全'],
    ['部分项目未及时组织验收', '部分项目未及时办理结算'],
    ['绩效目标设置不合理', '绩效目标完成不佳'],
  ])('%s | %s do not say the same', (a, b) => {
    expect(saysTheSame(phraseMatch(a, b))).toBe(false)
  })

  it('takes a text written again as the same, however generic its words', () => {
    expect(saysTheSame(phraseMatch('资金使用有待进一步规范。', '（2）资金使用有待进一步规范'))).toBe(true)
  })
})

describe('phraseMatch and saysTheSame', () => {
  it('measures coverage of both texts (Dice) and applies the thresholds', () => {
    const same = phraseMatch('预算编制不够细化，三级项目设置不合理', '部分三级项目设置不够合理，预算编制不够细化')
    expect(same.coverage).toBeCloseTo(20 / 26, 10)
    expect(saysTheSame(same)).toBe(true)
    const long = phraseMatch('培训课程体系建设与需求调研结合不够紧密，部分课程重复', '课程体系建设与需求调研结合不够紧密')
    expect(saysTheSame(long)).toBe(true)
    const different = phraseMatch('合同约定一次性支付全部款项，未按项目进度付款，存在资金风险', '绩效目标设置不够量化，指标难以考核评价')
    expect(different).toEqual({ phrases: [], coverage: 0 })
    expect(saysTheSame(different)).toBe(false)
  })
})
