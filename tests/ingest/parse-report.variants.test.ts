import { describe, expect, it } from 'vitest'
import type { Project } from '../../src/domain/types.ts'
import { findExecutionRate } from '../../src/ingest/field-values.ts'
import { matchLabel } from '../../src/ingest/labels.ts'
import { parseReport } from '../../src/ingest/parse-report.ts'
import { parseTitle } from '../../src/ingest/parse-title.ts'

const TITLE = ['上海市某某局2019年度财政支出', '项目绩效评价结果']

const BASE_FIELDS: Record<string, string> = {
  项目名称: '2019年测试项目',
  决算金额: '338.62万元',
  评价分值: '93.17',
  评价结论: '优',
  主要绩效: '完成了年度任务。',
  存在问题: '（1）预算编制不够精确。（2）合同管理不规范。',
  整改建议: '（1）加强预算管理。（2）加强合同管理。',
  整改情况: '（1）已调整预算。（2）已完善合同。',
}

/** A one-block report in the published layout, with some fields replaced by other lines. */
function report(overrides: Record<string, string | null> = {}, extraLines: string[] = []): string {
  const fields = { ...BASE_FIELDS, ...overrides }
  const lines = [...TITLE, '绩效评价结果信息表']
  for (const [label, value] of Object.entries(fields)) {
    if (value !== null) lines.push(`${label} ${value}`)
  }
  return [...lines, ...extraLines].join('\n\n')
}

function only(text: string): { project: Project; codes: string[] } {
  const { dataset, diagnostics } = parseReport(text, { sourceName: 't.txt' })
  expect(dataset.projects).toHaveLength(1)
  const project = dataset.projects[0]
  if (project === undefined) throw new Error('no project')
  return { project, codes: diagnostics.map((d) => `${d.level}:${d.code}`) }
}

describe('labels other departments use', () => {
  it.each([
    ['决算数 338.62万元', '决算金额', 'amountWan', 338.62],
    ['预算金额 338.62万元', '决算金额', 'amountWan', 338.62],
    ['决算金额：338.62万元', '决算金额', 'amountWan', 338.62],
    ['决算金额:338.62万元', '决算金额', 'amountWan', 338.62],
    ['决算金额338.62万元', '决算金额', 'amountWan', 338.62],
    ['决算金额（万元） 338.62', '决算金额', 'amountWan', 338.62],
    ['评价得分 93.17', '评价分值', 'score', 93.17],
    ['得分 93.17分', '评价分值', 'score', 93.17],
    ['评价分值：93.17', '评价分值', 'score', 93.17],
    ['评价等级 优秀', '评价结论', 'grade', '优'],
    ['评价结论：优', '评价结论', 'grade', '优'],
    ['项目名称：2019年测试项目', '项目名称', 'name', '2019年测试项目'],
    ['存在的问题：（1）甲。（2）乙。', '存在问题', 'problems', ['甲。', '乙。']],
    ['项目单位 上海市某某中心', null, 'unit', '上海市某某中心'],
    ['主管部门：上海市某某局', null, 'unit', '上海市某某局'],
  ] as const)('%s (instead of %s) → %s = %o', (line, replaced, key, value) => {
    const text = report(replaced === null ? {} : { [replaced]: null }, [line])
    const { project, codes } = only(text)
    expect(project[key]).toEqual(value)
    expect(codes).toEqual([])
  })

  it.each([
    ['决算数338.62万元', { field: 'amount', rest: '338.62万元', unit: null }],
    ['决算数（万元）338.62', { field: 'amount', rest: '338.62', unit: '万元' }],
    ['预算金额338.62万元', { field: 'amount', rest: '338.62万元', unit: null }],
    ['决算金额３３８.６２万元', { field: 'amount', rest: '３３８.６２万元', unit: null }],
    ['评价得分93.17', { field: 'score', rest: '93.17', unit: null }],
    ['评价分值９３.１７', { field: 'score', rest: '９３.１７', unit: null }],
    ['决算数', { field: 'amount', rest: '', unit: null }],
    ['得分 93.17分', { field: 'score', rest: '93.17分', unit: null }],
    ['得分：９３.１７', { field: 'score', rest: '９３.１７', unit: null }],
    ['得分92.5分。', null],
    ['得分 较上年提高。', null],
    ['得分：优秀', null],
    ['得分', null],
  ] as const)('matchLabel(%j) → %o: amount and score labels run into digits; 得分 needs a separator and a number', (line, match) => {
    expect(matchLabel(line)).toEqual(match)
  })

  it.each([
    ['决算数338.62万元', 'amountWan', 338.62],
    ['决算数3,386,200元', 'amountWan', 338.62],
    ['决算金额３３８.６２万元', 'amountWan', 338.62],
    ['评价得分９３.１７', 'score', 93.17],
  ] as const)('%s with no separator → %s = %s', (line, key, value) => {
    const replaced = key === 'amountWan' ? '决算金额' : '评价分值'
    const { project, codes } = only(report({ [replaced]: null }, [line]))
    expect(project[key]).toBe(value)
    expect(codes).toEqual([])
  })

  it.each([
    ['优秀', 95, '优'],
    ['良好', 85, '良'],
    ['中等', 70, '中'],
    ['较差', 50, '差'],
    ['优（93.17分）', 93.17, '优'],
  ] as const)('grade word %s maps to %s', (word, score, grade) => {
    const { project, codes } = only(report({ 评价分值: String(score), 评价结论: word }))
    expect(project.grade).toBe(grade)
    expect(codes).toEqual([])
  })
})

describe('amounts', () => {
  it.each([
    ['338.62万元', 338.62],
    ['1,059.83万元', 1059.83],
    ['3,386,200元', 338.62],
    ['3386200.5元', 338.62005],
    ['0.0338亿元', 338],
    ['1.5亿元', 15000],
    ['338.62 万元', 338.62],
    ['5元', 0.0005],
  ] as const)('%s is %s 万元', (raw, wan) => {
    const { project, codes } = only(report({ 决算金额: raw }))
    expect(project.amountWan).toBe(wan)
    expect(codes).toEqual([])
  })

  it.each([
    ['决算金额', '３３８.６２万元', 'amountWan', 338.62],
    ['决算金额', '３３８．６２万元', 'amountWan', 338.62],
    ['决算金额', '３，３８６，２００元', 'amountWan', 338.62],
    ['评价分值', '９３.１７', 'score', 93.17],
    ['评价分值', '９３.１７分', 'score', 93.17],
  ] as const)('reads full-width digits: %s %s → %s = %s', (label, raw, key, value) => {
    const { project, codes } = only(report({ [label]: raw }))
    expect(project[key]).toBe(value)
    expect(codes).toEqual([])
  })

  it('takes the unit from the label when the value has none', () => {
    const { project, codes } = only(report({ 决算金额: null }, ['决算金额（元） 3386200']))
    expect(project.amountWan).toBe(338.62)
    expect(codes).toEqual([])
  })

  it('assumes 万元 when no unit is stated anywhere, and says so', () => {
    const { project, codes } = only(report({ 决算金额: '338.62' }))
    expect(project.amountWan).toBe(338.62)
    expect(codes).toEqual(['warning:amount-unit-assumed'])
  })

  it('keeps the project with a null amount when the amount cannot be read', () => {
    const { project, codes } = only(report({ 决算金额: '约三百万元' }))
    expect(project.amountWan).toBeNull()
    expect(project.name).toBe('2019年测试项目')
    expect(codes).toEqual(['error:amount-unparseable'])
  })
})

describe('numbered lists', () => {
  it.each([
    ['（1）甲。（2）乙。（3）丙。', ['甲。', '乙。', '丙。']],
    ['(1)甲。(2)乙。(3)丙。', ['甲。', '乙。', '丙。']],
    ['1.甲。2.乙。3.丙。', ['甲。', '乙。', '丙。']],
    ['1、甲。2、乙。', ['甲。', '乙。']],
    ['①甲。②乙。', ['甲。', '乙。']],
    ['一、甲。二、乙。', ['甲。', '乙。']],
    ['1.2019年预算执行率4.5%，低于2.5%的目标。2.第3.1条未落实。', ['2019年预算执行率4.5%，低于2.5%的目标。', '第3.1条未落实。']],
    ['（1）对照（3）号文件整改。（2）乙。', ['对照（3）号文件整改。', '乙。']],
    ['仅一条问题，没有编号。', ['仅一条问题，没有编号。']],
  ] as const)('%s', (raw, items) => {
    const { project } = only(report({ 存在问题: raw }))
    expect(project.problems).toEqual(items)
  })

  it('finds numbering that falls at the end of a line', () => {
    const text = report({ 存在问题: '（1）预算编制不够精确。（2）\n\n合同管理不规范。' })
    expect(only(text).project.problems).toEqual(['预算编制不够精确。', '合同管理不规范。'])
  })

  it('keeps text before the first number, in the first item, and says so', () => {
    const { project, codes } = only(report({ 存在问题: '主要问题如下：（1）甲。（2）乙。' }))
    expect(project.problems).toEqual(['主要问题如下：甲。', '乙。'])
    expect(codes).toEqual(['warning:list-preamble'])
  })
})

describe('extraction damage', () => {
  const damaged = [
    '\uFEFF上海市某某局2019年度财政支出',
    '项目绩效评价结果 ',
    '   ',
    '\f',
    '绩效评价结果信息表 ',
    '项目名称 2019年在沪十九大代',
    '第3页 共9页',
    '— 3 —',
    '  ',
    '表联络工作经费 ',
    '决算金额 338.62万元 ',
    '评价分值 93.17 ',
    '评价结论 优 ',
    '主要绩效 升级 ERP system 和',
    'Office 365 平台， 完成12',
    '371热线改造。',
    '存在问题 （1）合同条款， 细化项目履约。（2）做到 “付款进度”与“项目进度”匹配。',
    '整改建议 （1）甲。（2）乙。',
    '整改情况 （1）丙。（2）丁。',
  ]

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
    ['LF with blank lines', '\n\n'],
  ])('undoes line breaks, page markers and stray spaces (%s)', (_name, eol) => {
    const { dataset, diagnostics } = parseReport(damaged.join(eol), { sourceName: 't.txt' })
    expect(diagnostics).toEqual([])
    expect(dataset.title).toBe('上海市某某局2019年度财政支出项目绩效评价结果')
    expect(dataset.department).toBe('上海市某某局')
    const project = dataset.projects[0]
    expect(project?.name).toBe('2019年在沪十九大代表联络工作经费')
    expect(project?.performance).toBe('升级ERP system和Office 365平台，完成12371热线改造。')
    expect(project?.problems).toEqual(['合同条款，细化项目履约。', '做到“付款进度”与“项目进度”匹配。'])
  })

  it('gives 1-based line ranges of the block in the input', () => {
    const { dataset } = parseReport(damaged.join('\n'), { sourceName: 't.txt' })
    expect(dataset.projects[0]?.source).toEqual({ startLine: 5, endLine: 19 })
  })
})

describe('execution rates', () => {
  it.each([
    ['预算执行率为83.63%，执行率偏低。', 83.63],
    ['预算执行率100%。', 100],
    ['预算执行率偏低，仅为60%。', 60],
    ['受益者满意度82.4%，管理者满意度较高。', null],
    ['预算执行率偏低。完成率95%。', null],
  ] as const)('%s → %s', (sentence, rate) => {
    const { project } = only(report({ 存在问题: `（1）${sentence}（2）乙。` }))
    expect(project.executionRate).toBe(rate)
  })

  it('reads a rate stated in the main performance', () => {
    expect(only(report({ 主要绩效: '项目预算执行率为97.5%。' })).project.executionRate).toBe(97.5)
  })

  it.each([
    ['预算执行率为83.63%，执行率偏低。', 83.63],
    ['预算执行率100%。', 100],
    ['预算执行率偏低，仅为60%。', 60],
    ['预算执行率较低，只有45%。', 45],
    ['项目预算执行率达到97.5%。', 97.5],
    ['预算执行率已达98%。', 98],
    ['预算执行率是91.2%。', 91.2],
    ['预算执行率：88%。', 88],
    ['预算执行率为８３.６３％。', 83.63],
    ['预算执行率低于90%，实际预算执行率为83.63%。', 83.63],
    ['预算执行率未达到90%。', null],
    ['预算执行率未达90%。', null],
    ['预算执行率低于90%。', null],
    ['预算执行率高于80%。', null],
    ['预算执行率不足60%。', null],
    ['预算执行率超过80%。', null],
    ['提高预算执行率至95%以上。', null],
    ['预算执行率提高至95%。', null],
    ['预算执行率应达到95%。', null],
    ['确保预算执行率达到95%。', null],
    ['力争预算执行率达到95%。', null],
    ['预算执行率目标为95%。', null],
    ['预算执行率达到95%以上。', null],
    ['预算执行率在90%以下。', null],
    ['预算执行率为90%左右。', null],
    ['未实现预算执行率100%的目标。', null],
    ['受益者满意度82.4%。', null],
  ] as const)('findExecutionRate(%j) → %s: a stated value, not a target or comparison', (text, rate) => {
    expect(findExecutionRate(text)).toBe(rate)
  })

  it.each([
    [{ 整改建议: '（1）确保预算执行率达到95%以上。（2）乙。' }, null],
    [{ 整改建议: '（1）2020年预算执行率为95%。（2）乙。' }, null],
    [{ 整改情况: '（1）2019年预算执行率为96%。（2）丁。' }, null],
    [{ 主要绩效: '完成了年度任务，预算执行率达到97.5%。' }, 97.5],
    [{ 存在问题: '（1）预算执行率偏低，仅为60%。（2）乙。', 整改建议: '（1）确保预算执行率达到95%以上。' }, 60],
  ] as const)('reads the rate from the main performance and problems only: %o → %s', (overrides, rate) => {
    expect(only(report(overrides)).project.executionRate).toBe(rate)
  })
})

describe('diagnostics', () => {
  it.each([
    [{ 评价分值: null }, ['error:missing-field'], { score: null }],
    [{ 项目名称: null }, ['error:missing-field'], { name: null }],
    [{ 整改情况: null }, ['warning:missing-field'], { rectifications: [] }],
    [{ 评价分值: '105' }, ['error:score-out-of-range'], { score: null }],
    [{ 评价分值: '九十' }, ['error:score-unparseable'], { score: null }],
    [{ 评价结论: '合格以上' }, ['error:grade-unrecognised'], { grade: null }],
    [{ 评价分值: '85' }, ['warning:grade-band-mismatch'], { score: 85, grade: '优' }],
    [{ 评价分值: '89.99', 评价结论: '优' }, ['warning:grade-band-mismatch'], { grade: '优' }],
    [{ 评价分值: '90', 评价结论: '优' }, [], { grade: '优' }],
    [{ 评价分值: '80', 评价结论: '良' }, [], { grade: '良' }],
    [{ 评价分值: '60', 评价结论: '中' }, [], { grade: '中' }],
    [{ 评价分值: '59.9', 评价结论: '差' }, [], { grade: '差' }],
    [{ 整改情况: '（1）已调整预算。' }, ['warning:count-mismatch'], { rectifications: ['已调整预算。'] }],
    [{ 整改建议: '（1）加强预算管理。' }, [], { suggestions: ['加强预算管理。'] }],
  ] as const)('%o → %o', (overrides, codes, fields) => {
    const result = only(report(overrides))
    expect(result.codes).toEqual(codes)
    expect(result.project).toMatchObject(fields)
  })

  it('writes messages people understand, naming the project', () => {
    const { diagnostics } = parseReport(report({ 评价分值: '85' }), { sourceName: 't.txt' })
    expect(diagnostics).toEqual([
      {
        level: 'warning',
        code: 'grade-band-mismatch',
        message: '项目“2019年测试项目”评价分值85对应“良”，但评价结论为“优”（优≥90，良80–<90，中60–<80，差<60）',
        line: 13,
      },
    ])
  })

  it('flags text after the last block that belongs to no field, and keeps it out of the record', () => {
    const { project, codes } = only(report({}, ['备注：本表数据未经审计。', '2019年12月31日']))
    expect(project.rectifications).toEqual(['已调整预算。', '已完善合同。'])
    expect(codes).toEqual(['warning:unassigned-text'])
  })

  it('flags text between the block header and the first label', () => {
    const text = ['绩效评价结果信息表', '（单位：万元）', '项目名称 甲项目', '决算金额 1万元'].join('\n')
    const { dataset, diagnostics } = parseReport(text, { sourceName: 't.txt' })
    expect(dataset.projects.map((p) => p.name)).toEqual(['甲项目'])
    expect(diagnostics.find((d) => d.code === 'unassigned-text')).toEqual({
      level: 'warning',
      code: 'unassigned-text',
      message: '这段文字不属于任何字段，未计入项目：“（单位：万元）”',
      line: 2,
    })
  })

  it.each([
    ['', 'empty text'],
    ['这是一段没有任何表格的文字。\n第二行。', 'prose'],
    ['\u0000\u0001\uFFFD'.repeat(50), 'binary garbage'],
  ])('gives no project and one error for text with no block (%s → %s)', (text) => {
    const { dataset, diagnostics } = parseReport(text, { sourceName: 'x.txt' })
    expect(dataset.projects).toEqual([])
    expect(diagnostics.map((d) => `${d.level}:${d.code}`)).toEqual(['error:no-blocks'])
  })
})

describe('text that looks like a label but is not', () => {
  it.each([
    ['考核\n\n得分92.5分。', '考核得分92.5分。'],
    ['考核\n\n得分\n\n92.5分。', '考核得分92.5分。'],
    ['任务全部完成。\n\n具体包括：培训3期。', '任务全部完成。具体包括：培训3期。'],
    ['完成比例为\n\n9/0', '完成比例为9/0'],
  ])('keeps %j in the main performance', (raw, performance) => {
    const { project, codes } = only(report({ 主要绩效: raw }))
    expect(project.performance).toBe(performance)
    expect(project.score).toBe(93.17)
    expect(codes).toEqual([])
  })

  it.each([
    ['项目综合考核\n\n得分 92.5分，较上年提高。', '项目综合考核得分92.5分，较上年提高。'],
    ['项目按年度计划推进，由各\n\n项目单位 按计划实施。', '项目按年度计划推进，由各项目单位按计划实施。'],
    ['项目按年度计划推进，由各\n\n项目单位：按计划实施。', '项目按年度计划推进，由各项目单位：按计划实施。'],
    ['完成了年度任务（详见附表）\n\n项目单位 市某中心', '完成了年度任务（详见附表）项目单位市某中心'],
    ['完成了年度任务，\n\n存在问题 较多。', '完成了年度任务，存在问题较多。'],
    ['完成了年度任务\n\n项目单位', '完成了年度任务项目单位'],
  ])('keeps %j in the main performance, and says the label-like line was read as text', (raw, performance) => {
    const { project, codes } = only(report({ 主要绩效: raw }))
    expect(project.performance).toBe(performance)
    expect(project).toMatchObject({ score: 93.17, unit: null, problems: ['预算编制不够精确。', '合同管理不规范。'] })
    expect(codes).toEqual(['warning:label-in-text'])
  })

  it.each([
    ['完成了年度任务。\n\n项目单位 市某中心', '完成了年度任务。', '市某中心'],
    ['完成了年度任务（详见附表。）\n\n项目单位 市某中心', '完成了年度任务（详见附表。）', '市某中心'],
    ['完成了“年度任务。”\n\n主管部门：市某局', '完成了“年度任务。”', '市某局'],
  ])('opens a field after a finished sentence: %j', (raw, performance, unit) => {
    const { project } = only(report({ 主要绩效: raw }))
    expect(project.performance).toBe(performance)
    expect(project.unit).toBe(unit)
  })

  it.each(['（1）甲。（2）乙。', '（\n\n1）甲。（2）乙。', '（1\n\n）甲。（2）乙。', '1.甲。2.乙。'])(
    'opens a list whose first item number follows its label, even after an unfinished sentence: %j',
    (problems) => {
      const { project, codes } = only(report({ 主要绩效: '完成了年度任务', 存在问题: problems }))
      expect(project.performance).toBe('完成了年度任务')
      expect(project.problems).toEqual(['甲。', '乙。'])
      expect(codes).toEqual([])
    },
  )

  it('keeps a wrapped line that starts with a label word and a bracket in the list it continues', () => {
    const lines = [
      '绩效评价结果信息表',
      '项目名称 甲项目',
      '决算金额 10万元',
      '评价分值 92',
      '评价结论 优',
      '主要绩效 完成了年度任务。',
      '存在问题 （1）问题一。（2）问题二。',
      '整改建议 （1）建立问题清单，定期跟踪',
      '整改情况（每季度一次）。（2）建议二。',
      '整改情况 （1）整改一。（2）整改二。',
    ]
    const { dataset, diagnostics } = parseReport(lines.join('\n'), { sourceName: 't.txt' })
    expect(dataset.projects).toHaveLength(1)
    expect(dataset.projects[0]).toMatchObject({
      suggestions: ['建立问题清单，定期跟踪整改情况（每季度一次）。', '建议二。'],
      rectifications: ['整改一。', '整改二。'],
    })
    expect(diagnostics).toEqual([])
  })

  it('keeps a wrapped line that starts with a label and a space in the field it continues, and says so', () => {
    const lines = [
      '绩效评价结果信息表',
      '项目名称 甲项目',
      '整改建议 （1）建立问题清单，定期跟踪',
      '整改情况 每季度一次。（2）建议二。',
      '整改情况 （1）整改一。（2）整改二。',
      '主要绩效 项目按年度计划推进，由各',
      '项目单位 按计划实施。',
    ]
    const { dataset, diagnostics } = parseReport(lines.join('\n'), { sourceName: 't.txt' })
    expect(dataset.projects).toHaveLength(1)
    expect(dataset.projects[0]).toMatchObject({
      suggestions: ['建立问题清单，定期跟踪整改情况每季度一次。', '建议二。'],
      rectifications: ['整改一。', '整改二。'],
      performance: '项目按年度计划推进，由各项目单位按计划实施。',
      unit: null,
    })
    expect(diagnostics.filter((d) => d.code === 'label-in-text')).toEqual([
      {
        level: 'warning',
        code: 'label-in-text',
        message: '这一行以“整改情况”开头，但上一行的句子尚未结束，已按“整改建议”的续行读入：“整改情况 每季度一次。（2）建议二。”',
        line: 4,
      },
      {
        level: 'warning',
        code: 'label-in-text',
        message: '这一行以“项目单位”开头，但上一行的句子尚未结束，已按“主要绩效”的续行读入：“项目单位 按计划实施。”',
        line: 7,
      },
    ])
  })

  it('names a label met again in the message', () => {
    const { diagnostics } = parseReport(report({ 主要绩效: '项目综合考核\n\n得分 92.5分，较上年提高。' }), { sourceName: 't.txt' })
    expect(diagnostics).toEqual([
      {
        level: 'warning',
        code: 'label-in-text',
        message: '这一行以“得分”开头，但本项目已有“评价分值”，已按“主要绩效”的续行读入：“得分 92.5分，较上年提高。”',
        line: 17,
      },
    ])
  })

  it.each(['3/9', '第3页', '第 3 页 共 9 页', '共9页 第3页', '- 3 -', '— 3 —'])('drops the page marker %s', (marker) => {
    const { project } = only(report({ 主要绩效: `完成了\n${marker}\n年度任务。` }))
    expect(project.performance).toBe('完成了年度任务。')
  })
})

/** The lines of a short headed block: name, any extra lines, amount, score and grade. */
const block = (name: string, extra: string[] = []): string[] => [
  '绩效评价结果信息表',
  `项目名称 ${name}`,
  ...extra,
  '决算金额 10万元',
  '评价分值 92',
  '评价结论 优',
]

describe('labels in the title area of a report with block headers', () => {
  it.each([
    [['上海市某某局2019年度财政支出', '项目绩效评价结果', '主管部门：上海市某某局']],
    [['主管部门：上海市某某局', '上海市某某局2019年度财政支出', '项目绩效评价结果']],
    [['上海市某某局2019年度财政支出', '主管部门 上海市某某局', '项目绩效评价结果']],
  ])('keep the title to the other lines and give the unit to every project without one: %j', (cover) => {
    const text = [...cover, ...block('甲项目'), ...block('乙项目', ['项目单位 市某某中心']), ...block('丙项目')].join('\n')
    const { dataset, diagnostics } = parseReport(text, { sourceName: 't.txt' })
    expect(dataset.title).toBe('上海市某某局2019年度财政支出项目绩效评价结果')
    expect(dataset.department).toBe('上海市某某局')
    expect(dataset.projects.map((p) => [p.name, p.unit])).toEqual([
      ['甲项目', '上海市某某局'],
      ['乙项目', '市某某中心'],
      ['丙项目', '上海市某某局'],
    ])
    expect(diagnostics.filter((d) => d.code !== 'missing-field')).toEqual([])
  })

  it('reports other labels before the first block as text of no project, and makes no project of them', () => {
    const text = ['上海市某某局2019年度项目绩效评价结果', '项目名称 孤立项目', ...block('甲项目')].join('\n')
    const { dataset, diagnostics } = parseReport(text, { sourceName: 't.txt' })
    expect(dataset.title).toBe('上海市某某局2019年度项目绩效评价结果')
    expect(dataset.projects.map((p) => [p.name, p.unit])).toEqual([['甲项目', null]])
    expect(diagnostics.filter((d) => d.code !== 'missing-field')).toEqual([
      { level: 'warning', code: 'unassigned-text', message: '这段文字不属于任何字段，未计入项目：“项目名称 孤立项目”', line: 2 },
    ])
  })

  it('keeps the wrapped lines of a text cut in mid-block out of the title', () => {
    const text = ['上海市某某局2019年度项目绩效评价结果', '主要绩效 完成了年度', '任务。', '存在问题 （1）甲。', ...block('甲项目')]
    const { dataset, diagnostics } = parseReport(text.join('\n'), { sourceName: 't.txt' })
    expect(dataset.title).toBe('上海市某某局2019年度项目绩效评价结果')
    expect(dataset.projects.map((p) => [p.name, p.performance, p.problems])).toEqual([['甲项目', null, []]])
    expect(diagnostics.filter((d) => d.code === 'unassigned-text').map((d) => d.line)).toEqual([2, 4])
  })
})

describe('reports without block headers', () => {
  it('starts a project at each 项目名称 and at a repeated label', () => {
    const text = [
      '2020年度某区财政支出项目绩效评价结果',
      '主管部门 甲局',
      '项目名称 甲项目',
      '决算金额 10万元',
      '主管部门 乙局',
      '项目名称 乙项目',
      '决算金额 20万元',
      '项目名称 丙项目',
    ].join('\n')
    const { dataset } = parseReport(text, { sourceName: 't.txt' })
    expect(dataset.projects.map((p) => [p.unit, p.name, p.amountWan])).toEqual([
      ['甲局', '甲项目', 10],
      ['乙局', '乙项目', 20],
      [null, '丙项目', null],
    ])
    expect(dataset.year).toBe(2020)
    expect(dataset.department).toBe('某区')
  })
})

describe('titles', () => {
  it.each([
    ['中国共产党上海市委员会组织部2018年度财政支出项目绩效评价结果', '中国共产党上海市委员会组织部', 2018],
    [
      '根据《中华人民共和国预算法》有关规定，现将上海市某局2019年度项目绩效评价结果公开如下',
      '上海市某局',
      2019,
    ],
    ['关于公开上海市某局2019年度财政支出项目绩效评价结果的说明', '上海市某局', 2019],
    ['附件：上海市某区教育局2020年度项目绩效评价结果', '上海市某区教育局', 2020],
    ['按照要求，2020年度某区财政支出项目绩效评价结果', '某区', 2020],
    ['2020年度某区财政支出项目绩效评价结果', '某区', 2020],
    ['某局项目绩效评价结果', null, null],
  ] as const)('%s → department %s, year %s', (title, department, year) => {
    expect(parseTitle(title)).toEqual({ title, department, year })
  })

  it('takes the department from a long preamble, not the whole sentence', () => {
    const preamble = '根据《中华人民共和国预算法》有关规定，现将上海市某局2019年度项目绩效评价结果公开如下：'
    const text = [preamble, ...report().split('\n\n').slice(TITLE.length)].join('\n')
    const { dataset, diagnostics } = parseReport(text, { sourceName: 't.txt' })
    expect(dataset).toMatchObject({ title: preamble, department: '上海市某局', year: 2019 })
    expect(diagnostics).toEqual([])
  })
})
