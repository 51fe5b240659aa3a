import { describe, expect, it } from 'vitest'
import { recogniseForms } from '../../../src/ingest/forms/recognise-forms.ts'
import { gridTable, tablePart, textPart } from '../../support/cell-table.ts'

const CONCLUSION = '结合自评情况，说明项目自评总分，说明项目实施取得的成效或成果。（200字以内）'
const PROBLEMS = '结合自评情况，分析存在的问题及原因。（200字以内）'
const MEASURES = '针对项目自评中发现的问题，提出下一步改进完善的意见及有关政策性建议。（200字以内）'
const ACHIEVED = '对照年度目标，说明相关任务目标的完成情况（100字以内）'
const REASON = '1.预算执行率=预算执行数/调整后预算数×100%；2.偏差原因分析需说明预算执行率偏低的原因。'

/** A national (V2) form whose funds total row states `weight` under 分值 and `score` under 得分. */
const national = (weight: string, score: string, note = ''): string[][] => [
  ['项目名称', '农村饮水安全巩固提升工程', '<', '<', '<', '<', '<', '<', '<'],
  ['项目资金（万元）', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分', '<'],
  ['^', '年度资金总额', '120', '150', '141', weight, '94%', score, '<'],
  ['^', '其中：当年财政拨款', '120', '150', '141', '—', '—', '—', '<'],
  ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
  ['^', '产出指标（50分）', '数量指标', '改造供水工程', '3处', '3处', '50', '50', ''],
  ['^', '^', '时效指标', '按期完工率', '≥95%', '90%', '40', '36', note],
  ['总分', '<', '<', '<', '<', '<', '100', '94', ''],
]

const readOne = (rows: string[][]) => recogniseForms({ parts: [tablePart(gridTable(rows))] }, 'form.html').dataset.projects[0]

describe('the funds table’s 分值 and 得分 of budget execution', () => {
  it.each([
    ['the template’s 10 and a score', '10', '8.6', 10, 8.6],
    ['points written with 分', '10分', '9.40分', 10, 9.4],
    ['鄂州’s form totals, read as stated', '100', '98', 100, 98],
    ['a slash and an empty cell', '/', '', null, null],
    ['dashes', '—', '-', null, null],
    ['a word', '十', '优', null, null],
  ])('%s', (_, weight, score, executionWeight, executionScore) => {
    const p = readOne(national(weight, score))
    expect([p?.executionWeight, p?.executionScore, p?.amountWan, p?.score]).toEqual([executionWeight, executionScore, 141, 94])
    expect([p?.source.fieldCells?.executionWeight, p?.source.fieldCells?.executionScore]).toEqual([
      executionWeight === null ? undefined : 'F3',
      executionScore === null ? undefined : 'H3:I3',
    ])
  })

  it('reads 执行率权重 / 执行率得分（分） (Chongqing) and 分值（10分） (Guizhou)', () => {
    const chongqing = readOne([
      ['部门整体绩效自评表', '<', '<', '<', '<', '<', '<'],
      ['主管部门', '重庆市某某局', '自评总分（分）', '97.6', '部门联系人', '王五', '<'],
      ['部门预算执行情况（万元）', '年初预算数', '全年（调整）预算数', '全年执行数', '执行率（%）', '执行率权重', '执行率得分（分）'],
      ['^', '1856.40', '2143.85', '1629.33', '76%', '10', '7.6'],
    ])
    const guizhou = readOne([
      ['部门（单位）名称', '绥阳县太白镇人民政府', '<', '<', '<', '<'],
      ['部门（单位）总体资金（万元）', '资金来源', '年初预算数（A）', '全年执行数（B）', '分值（10分）', '得分'],
      ['^', '年度资金总额：', '1172.55', '1268.72', '10', '10'],
      ['^', '基本支出', '865.20', '902.36', '9', '9'],
    ])
    expect([chongqing?.executionWeight, chongqing?.executionScore, chongqing?.executionRate]).toEqual([10, 7.6, 76])
    expect([guizhou?.executionWeight, guizhou?.executionScore, guizhou?.amountWan]).toEqual([10, 10, 1268.72])
  })

  it('is null where the funds table has neither column (银川), and an indicator table’s 分值 / 得分 never stand in', () => {
    const p = readOne([
      ['项目名称', '城市道路维修', '<', '<', '<', '<'],
      ['项目资金（万元）', '年初预算数', '调整预算数（A）', '全年执行数（B）', '执行率（B/A）', '<'],
      ['^', '64.80', '68.50', '66.32', '96.82%', '<'],
      ['一级指标', '二级指标', '三级指标', '参考分值', '得分', '未完成原因分析及改进措施'],
      ['项目管理（25分）', '投入管理', '预算执行率', '10', '9', '年末部分维修项目未完成结算。'],
    ])
    expect([p?.executionWeight, p?.executionScore, p?.indicators.map((i) => [i.weight, i.score])]).toEqual([null, null, [[10, 9]]])
  })
})

/** A Sichuan form (510000_0013zp) with the given texts, the 原因 cell holding the template's instructions. */
const sichuan = (achieved: string, conclusion: string, problems: string, measures: string, note = ''): string[][] => [
  ['项目名称', '51000021R000000019951-干部教育培训', '<', '<', '<', '<', '<', '<', '<', '<'],
  ['项目基本情况', '项目年度目标', '<', '<', '<', '年度目标完成情况', '<', '<', '<', '<'],
  ['^', '完成干部培训500人次。', '<', '<', '<', achieved, '<', '<', '<', '<'],
  ['预算执行情况（10分）', '年度预算数（万元）', '<', '年初预算', '调整后预算数', '预算执行数', '预算执行率', '权重', '得分', '原因'],
  ['^', '总额', '<', '0.00', '1,138.52', '1,020.40', '89.63%', '10', '', REASON],
  ['^', '其中：财政资金', '<', '0.00', '1,138.52', '1,020.40', '/', '/', '/', '^'],
  ['绩效指标（90分）', '一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '完成值', '权重', '未完成原因分析'],
  ['^', '产出指标', '数量指标', '培训人次', '≥', '500', '人次', '', '45', ''],
  ['^', '效益指标', '社会效益指标', '满意度', '≥', '90', '%', '', '45', note],
  ['合计', '<', '<', '<', '<', '<', '<', '<', '100', ''],
  ['评价结论', conclusion, '<', '<', '<', '<', '<', '<', '<', '<'],
  ['存在问题', problems, '<', '<', '<', '<', '<', '<', '<', '<'],
  ['改进措施', measures, '<', '<', '<', '<', '<', '<', '<', '<'],
]

describe('template instructions left in a form’s cells (templateText)', () => {
  it('lists each instruction an unfilled Sichuan form still holds, in the form’s order, with its label and cell', () => {
    const p = readOne(sichuan(ACHIEVED, CONCLUSION, PROBLEMS, MEASURES, '对照指标值说明未完成原因（50字以内）'))
    expect(p?.templateText).toEqual([
      { field: '年度目标完成情况', cell: 'F3:J3', text: ACHIEVED },
      { field: '未完成原因分析（满意度）', cell: 'J9', text: '对照指标值说明未完成原因（50字以内）' },
      { field: '评价结论', cell: 'B11:J11', text: CONCLUSION },
      { field: '存在问题', cell: 'B12:J12', text: PROBLEMS },
      { field: '改进措施', cell: 'B13:J13', text: MEASURES },
    ])
    // The instructions are still no content.
    expect([p?.performance, p?.problems, p?.suggestions, p?.indicators.map((i) => i.note)]).toEqual([null, [], [], [null, null]])
    expect([p?.executionWeight, p?.executionScore]).toEqual([10, null])
  })

  it('never lists the funds table’s 原因 instructions, which filled forms keep, nor placeholders', () => {
    const p = readOne(sichuan('完成培训520人次。', '项目按计划实施。', '暂无', '无', '/'))
    expect(p?.templateText).toEqual([])
    const dashes = readOne(sichuan('—', '项目按计划实施。', '/', '—'))
    expect(dashes?.templateText).toEqual([])
  })

  it('labels an indicator’s deviation cell with the form’s column header and the indicator', () => {
    const p = readOne(national('10', '9.4', '结合实际说明偏差原因及改进措施（100字以内）'))
    expect(p?.templateText).toEqual([{ field: '偏差原因分析及改进措施（按期完工率）', cell: 'I7', text: '结合实际说明偏差原因及改进措施（100字以内）' }])
    expect(p?.problems).toEqual([])
  })

  it('gives no cell for a text outside the form’s table (a standalone label’s text in a paragraph)', () => {
    const page1 = gridTable(
      [
        ['项目名称', '信息化运维', '<', '<', '<', '<'],
        ['预算执行情况', '年初预算', '调整后预算数', '预算执行数', '权重', '得分'],
        ['总额', '10', '12', '11', '10', '9.2'],
        ['存在问题', '<', '<', '<', '<', '<'],
      ],
      { index: 1, page: 3 },
    )
    const { projects } = recogniseForms({ parts: [tablePart(page1), textPart(PROBLEMS, 4)] }, 'broken.pdf').dataset
    expect(projects.map((p) => [p.templateText, p.executionWeight, p.executionScore])).toEqual([
      [[{ field: '存在问题', cell: null, text: PROBLEMS }], 10, 9.2],
    ])
  })
})
