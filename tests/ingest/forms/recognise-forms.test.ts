import { describe, expect, it } from 'vitest'
import { recogniseForms } from '../../../src/ingest/forms/recognise-forms.ts'
import { gridTable, tablePart, textPart } from '../../support/cell-table.ts'

/** The 财政部 2020 template (财预〔2020〕10号 附件1), filled as a county would. */
const V2_ROWS = [
  ['项目名称', '农村饮水安全巩固提升工程', '<', '<', '<', '<', '<', '<', '<'],
  ['主管部门', '219-池州市贵池区水利局', '<', '<', '实施单位', '池州市贵池区棠溪镇人民政府', '<', '<', '<'],
  ['项目资金（万元）', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分', '<'],
  ['^', '年度资金总额', '120', '150.5', '129.72', '10', '86.19%', '8.6', '<'],
  ['^', '其中：当年财政拨款', '120', '150.5', '129.72', '—', '—', '—', '<'],
  ['^', '上年结转资金', '', '', '', '—', '—', '—', '<'],
  ['^', '其他资金', '', '', '', '—', '—', '—', '<'],
  ['年度总体目标', '预期目标', '<', '<', '<', '实际完成情况', '<', '<', '<'],
  ['^', '完成3处供水工程改造，受益人口1.2万人。', '<', '<', '<', '完成3处供水工程改造，受益人口1.25万人。', '<', '<', '<'],
  ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
  ['^', '产出指标（50分）', '数量指标', '指标1：改造供水工程', '3处', '3处', '20', '20', ''],
  ['^', '^', '质量指标', '工程质量合格率', '100%', '100%', '15', '15', '无'],
  ['^', '^', '时效指标', '按期完工率', '≥95%', '90%', '15', '12', '雨季影响工期，下一步加强调度。'],
  ['^', '效益指标（30分）', '社会效益指标', '受益人口', '1.2万人', '1.25万人', '30', '30', ''],
  ['^', '^', '^', '指标2：', '', '', '', '', ''],
  ['^', '满意度指标（10分）', '服务对象满意度指标', '群众满意度', '≥90%', '93%', '10', '10', '/'],
  ['总分', '<', '<', '<', '<', '<', '100', '95.6', ''],
]

describe('recogniseForms: the 2020 national template', () => {
  const document = {
    parts: [textPart('附件1'), textPart('项目支出绩效自评表'), textPart('（2022年度）'), tablePart(gridTable(V2_ROWS))],
  }
  const { dataset, diagnostics } = recogniseForms(document, 'anhui.html')

  it('reads one project with its stated values', () => {
    expect(dataset.projects).toHaveLength(1)
    const [p] = dataset.projects
    expect(p).toMatchObject({
      form: 'project-self-evaluation',
      name: '农村饮水安全巩固提升工程',
      code: null,
      department: '池州市贵池区水利局',
      unit: '池州市贵池区棠溪镇人民政府',
      initialBudgetWan: 120,
      budgetWan: 150.5,
      amountWan: 129.72,
      executionRate: 86.19,
      score: 95.6,
      grade: null,
      goals: '完成3处供水工程改造，受益人口1.2万人。',
      performance: '完成3处供水工程改造，受益人口1.25万人。',
      problems: ['雨季影响工期，下一步加强调度。'],
      suggestions: [],
      rectifications: [],
    })
  })

  it('reads the indicators, placeholders skipped, merged levels carried down', () => {
    const indicators = dataset.projects[0]?.indicators ?? []
    expect(indicators.map((i) => [i.level1, i.level2, i.name, i.target, i.actual, i.weight, i.score, i.note])).toEqual([
      ['产出指标（50分）', '数量指标', '改造供水工程', '3处', '3处', 20, 20, null],
      ['产出指标（50分）', '质量指标', '工程质量合格率', '100%', '100%', 15, 15, null],
      ['产出指标（50分）', '时效指标', '按期完工率', '≥95%', '90%', 15, 12, '雨季影响工期，下一步加强调度。'],
      ['效益指标（30分）', '社会效益指标', '受益人口', '1.2万人', '1.25万人', 30, 30, null],
      ['满意度指标（10分）', '服务对象满意度指标', '群众满意度', '≥90%', '93%', 10, 10, null],
    ])
  })

  it('names the dataset from the title and the cells each value came from', () => {
    expect(dataset).toMatchObject({ title: '项目支出绩效自评表（2022年度）', year: 2022, department: '池州市贵池区水利局' })
    expect(dataset.projects[0]?.source).toEqual({
      startLine: 2,
      endLine: 20,
      table: 1,
      cells: 'A1:I17',
      fieldCells: {
        name: 'B1:I1',
        department: 'B2:D2',
        unit: 'F2:I2',
        initialBudgetWan: 'C4',
        budgetWan: 'D4',
        amountWan: 'E4',
        executionWeight: 'F4',
        executionScore: 'H4:I4',
        executionRate: 'G4',
        score: 'H17',
        goals: 'B9:E9',
        performance: 'F9:I9',
      },
    })
    expect(diagnostics).toEqual([])
  })
})

/** Sichuan 510000_0013zp: several forms in one sheet, a code before the name, a weight-only 合计 row. */
const sichuan = (name: string, conclusion: string, problems: string, measures: string, total: string): string[][] => [
  ['报表编号：510000_0013zp', '<', '<', '<', '<', '<', '<', '<', '<', '<'],
  ['部门预算项目支出绩效自评表（2023年度）', '<', '<', '<', '<', '<', '<', '<', '<', '<'],
  ['项目名称', name, '<', '<', '<', '<', '<', '<', '<', '<'],
  ['主管部门', '四川省某某厅', '<', '<', '<', '实施单位（盖章）', '四川省某某中心', '<', '<', '<'],
  ['预算执行情况（10分）', '年度预算数（万元）', '<', '年初预算', '调整后预算数', '预算执行数', '预算执行率', '权重', '得分', '原因'],
  ['^', '总额', '<', '0.00', '1,138.52', '1,020.40', '89.63%', '10', '9', '1.预算执行率=预算执行数/调整后预算数×100%'],
  ['^', '其中：财政资金', '<', '0.00', '1,138.52', '1,020.40', '/', '/', '/', '^'],
  ['绩效指标（90分）', '一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '完成值', '权重', '得分'],
  ['^', '产出指标', '数量指标', '培训人次', '≥', '500', '人次', '520', '45', '45'],
  ['^', '效益指标', '社会效益指标', '满意度', '≥', '90', '%', '92', '45', '42'],
  ['合计', '<', '<', '<', '<', '<', '<', '<', '100', total],
  ['评价结论', conclusion, '<', '<', '<', '<', '<', '<', '<', '<'],
  ['存在问题', problems, '<', '<', '<', '<', '<', '<', '<', '<'],
  ['改进措施', measures, '<', '<', '<', '<', '<', '<', '<', '<'],
  ['项目负责人：张三', '<', '<', '<', '<', '财务负责人：李四', '<', '<', '<', '<'],
]

describe('recogniseForms: Sichuan forms in one sheet', () => {
  const filled = sichuan(
    '51000021R000000019951-干部教育培训',
    '项目按计划实施，自评总分96分，评价等级为优。',
    '1.培训需求调研不够深入；2.2个班次受场地调整影响推迟。',
    '一是加强需求调研；二是提前落实场地。',
    '',
  )
  const unfilled = sichuan(
    '51092324T000000123456-信息化运维',
    '结合自评情况，说明项目自评总分，说明项目实施取得的成效或成果。（200字以内）',
    '结合自评情况，分析存在的问题及原因。（200字以内）',
    '针对项目自评中发现的问题，提出下一步改进完善的意见及有关政策性建议。（200字以内）',
    '',
  )
  const sheet = gridTable([...filled, ...unfilled], { sheet: '项目自评' })
  const { dataset } = recogniseForms({ parts: [tablePart(sheet)] }, 'sichuan.xlsx')

  it('splits the sheet into its two forms', () => {
    expect(dataset.projects.map((p) => [p.code, p.name, p.source.cells])).toEqual([
      ['51000021R000000019951', '干部教育培训', 'A1:J15'],
      ['51092324T000000123456', '信息化运维', 'A16:J30'],
    ])
    expect(dataset).toMatchObject({ year: 2023, department: '四川省某某厅' })
  })

  it('reads the score and grade the conclusion states, never the weight total', () => {
    expect(dataset.projects.map((p) => [p.score, p.grade, p.executionRate, p.budgetWan, p.initialBudgetWan, p.amountWan])).toEqual([
      [96, '优', 89.63, 1138.52, 0, 1020.4],
      [null, null, 89.63, 1138.52, 0, 1020.4],
    ])
  })

  it('reads problems and measures as items, and template instructions as nothing', () => {
    expect(dataset.projects.map((p) => [p.problems, p.suggestions, p.performance])).toEqual([
      [['培训需求调研不够深入', '2个班次受场地调整影响推迟。'], ['加强需求调研', '提前落实场地。'], '项目按计划实施，自评总分96分，评价等级为优。'],
      [[], [], null],
    ])
  })

  it('keeps direction and unit apart from the value', () => {
    expect(dataset.projects[0]?.indicators[0]).toEqual({
      level1: '产出指标',
      level2: '数量指标',
      name: '培训人次',
      direction: '≥',
      target: '500',
      actual: '520',
      unit: '人次',
      weight: 45,
      score: 45,
      note: null,
    })
  })
})

describe('recogniseForms: amounts in 元 and a department-as-a-whole form', () => {
  it('converts 元 to 万元', () => {
    const table = gridTable([
      ['财政项目支出绩效自评表', '<', '<', '<', '<', '<'],
      ['项目名称', '全民健身活动', '<', '<', '<', '<'],
      ['项目资金 (元)', '年初预算数', '全年预算数', '全年执行数', '执行率', '得分'],
      ['年度资金总额', '250000.00', '250,000.00', '215,457.6', '86.18%', '8.62'],
      ['绩效指标', '一级指标', '三级指标', '年度指标值', '实际完成值', '得分'],
      ['^', '产出指标', '活动场次', '12', '12', '50'],
    ])
    const [p] = recogniseForms({ parts: [tablePart(table)] }, 'putuo.pdf').dataset.projects
    expect([p?.initialBudgetWan, p?.budgetWan, p?.amountWan, p?.executionRate]).toEqual([25, 25, 21.54576, 86.18])
  })

  it('reads 部门整体 with its header score and no 全年预算数', () => {
    const table = gridTable([
      ['部门整体绩效自评表', '<', '<', '<', '<', '<'],
      ['主管部门', '重庆市某某局', '自评总分（分）', '97.6', '部门联系人', '王五'],
      ['部门预算执行情况（万元）', '年初预算数', '全年执行数', '执行率（%）', '执行率权重', '执行率得分（分）'],
      ['^', '1172.55', '1268.72', '', '10', '10'],
      ['指标名称', '计量单位', '指标性质', '年初指标值', '全年完成值', '指标得分（分）'],
      ['播发稿件数量', '篇', '≥', '2500', '2859', '10'],
    ])
    const [p] = recogniseForms({ parts: [tablePart(table)] }, 'cq.docx').dataset.projects
    expect(p).toMatchObject({
      form: 'department-self-evaluation',
      name: '重庆市某某局',
      department: '重庆市某某局',
      score: 97.6,
      budgetWan: null,
      initialBudgetWan: 1172.55,
      amountWan: 1268.72,
      executionRate: null,
    })
    expect(p?.indicators.map((i) => [i.name, i.unit, i.direction, i.target, i.actual, i.score])).toEqual([
      ['播发稿件数量', '篇', '≥', '2500', '2859', 10],
    ])
  })
})

describe('recogniseForms: a university form and a department rubric', () => {
  it('reads empty-bracket funds labels (预算数（）) and the values row under them', () => {
    const table = gridTable([
      ['学生资助项目绩效目标自评表', '<', '<', '<', '<'],
      ['项目名称', '国家助学金', '<', '填报日期', '2021年1月10日'],
      ['预算执行情况（万元）（分）', '预算数（）', '执行数（）', '执行率（）', '得分（分*执行率）'],
      ['^', '312.5', '300', '96%', '9.6'],
      ['一级指标', '二级指标', '三级指标', '分值', '得分'],
      ['产出指标', '数量指标', '资助学生人数', '30', '30'],
      ['总分', '<', '<', '100', '97.6'],
    ])
    const [p] = recogniseForms({ parts: [tablePart(table)] }, 'hbeu.html').dataset.projects
    expect([p?.name, p?.budgetWan, p?.amountWan, p?.executionRate, p?.score, p?.indicators.length]).toEqual(['国家助学金', 312.5, 300, 96, 97.6, 1])
  })

  it('reads a 部门整体支出绩效评价自评表 rubric: its indicators and total, and no amount it does not state', () => {
    const table = gridTable([
      ['部门整体支出绩效评价自评表', '<', '<', '<', '<', '<'],
      ['部门（单位）名称', '寿县财政局', '<', '<', '<', '<'],
      ['序号', '一级指标', '二级指标', '三级指标', '指标分值', '自评得分'],
      ['1', '规划（15分）', '目标制定', '目标合理性', '5', '5'],
      ['2', '^', '^', '目标明确性', '10', '9'],
      ['合计', '<', '<', '<', '100', '94'],
    ])
    const { dataset, diagnostics } = recogniseForms({ parts: [tablePart(table)] }, 'shouxian.html')
    expect(dataset.projects.map((p) => [p.form, p.name, p.amountWan, p.score, p.indicators.map((i) => [i.level1, i.name, i.weight, i.score])])).toEqual([
      ['department-self-evaluation', '寿县财政局', null, 94, [['规划（15分）', '目标合理性', 5, 5], ['规划（15分）', '目标明确性', 10, 9]]],
    ])
    expect(diagnostics.map((d) => d.message)).toEqual(['自评表“寿县财政局”缺少“全年执行数”'])
  })
})

describe('recogniseForms: a page break between the goals header and its texts', () => {
  it('takes the texts of the next table in order when its columns are its own', () => {
    const page1 = gridTable(
      [
        ['项目名称', '信息化运维', '<', '<', '<', '<'],
        ['项目基本情况', '项目年度目标', '<', '<', '年度目标完成情况', '<'],
      ],
      { index: 1, page: 3 },
    )
    const page2 = gridTable(
      [
        ['', '保障系统稳定运行', '<', '系统全年稳定运行，故障及时处置'],
        ['预算执行情况', '年初预算', '调整后预算数', '预算执行数'],
        ['总额', '10', '12', '11'],
      ],
      { index: 2, page: 4 },
    )
    const [p] = recogniseForms({ parts: [tablePart(page1), tablePart(page2)] }, 'broken.pdf').dataset.projects
    expect([p?.goals, p?.performance, p?.amountWan]).toEqual(['保障系统稳定运行', '系统全年稳定运行，故障及时处置', 11])
  })
})
