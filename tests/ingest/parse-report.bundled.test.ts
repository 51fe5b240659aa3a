import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseReport } from '../../src/ingest/parse-report.ts'

const SOURCE = 'shanghai-organization-department-2018.txt'
const text = readFileSync(new URL(`../../public/data/${SOURCE}`, import.meta.url), 'utf8')
const { dataset, diagnostics } = parseReport(text, { sourceName: SOURCE })

/** One item of each list per project: where a list crosses a page break, the item that crosses it. */
const EXPECTED = [
  {
    name: "2018年基层党建及队伍教育管理",
    amountWan: 338.62,
    score: 93.17,
    grade: '优',
    counts: [3, 3, 3],
    executionRate: null,
    source: { startLine: 10, endLine: 60 },
    problem: [2, "合同管理存在潜在风险，部分合同的支付方式为一次性支付，不利于风险控制。"],
    suggestion: [0, "优化预算结构，结合项目特性，提升预算管理精细化水平。"],
    rectification: [2, "优化合同条款，采取分期付款，明确质量要求和验收要求，控制合同履约风险。"],
  },
  {
    name: "2018年党代表工作经费",
    amountWan: 278.31,
    score: 92.83,
    grade: '优',
    counts: [2, 2, 2],
    executionRate: null,
    source: { startLine: 70, endLine: 116 },
    problem: [1, "绩效目标指标存在部分不合理，产出指标与预算不匹配，效果类指标较单薄。"],
    suggestion: [1, "深化绩效管理，强化绩效目标与工作计划、预算的关系，提升绩效目标值合理性。"],
    rectification: [0, "2019年项目预算编制时已对“在沪十九大代表联络工作经费”进行归并调整，不再单独列示。"],
  },
  {
    name: "2018年干部考评和人才发展工作经费",
    amountWan: 139.3,
    score: 94.51,
    grade: '优',
    counts: [2, 2, 2],
    executionRate: 83.63,
    source: { startLine: 126, endLine: 168 },
    problem: [0, "预算执行率为83.63%，执行率偏低，预算编制不够精确。"],
    suggestion: [1, "进一步完善项目评审和验收机制。"],
    rectification: [1, "在重点课题和题库开发合同签订和具体实施过程中，细化服务条款和责任人，明确验收要求。"],
  },
  {
    name: "2018年度领导干部培训经费项目",
    amountWan: 267.36,
    score: 90.13,
    grade: '优',
    counts: [4, 4, 4],
    executionRate: 80.21,
    source: { startLine: 178, endLine: 256 },
    problem: [3, "未制定相应的计划调整制度，管理制度亟待健全。"],
    suggestion: [3, "根据项目受实际政策情况影响大的特性，建议完善项目管理制度，建立项目调整计划制度。"],
    rectification: [2, "严格执行“满意度测评”制度，将测评结果作为改进培训工作提升培训质量和遴选合作办学单位的重要依据。"],
  },
  {
    name: "2018年党建服务工作经费项目",
    amountWan: 336.18,
    score: 85.12,
    grade: '良',
    counts: [4, 3, 4],
    executionRate: null,
    source: { startLine: 266, endLine: 340 },
    problem: [2, "个别经费核算不适当，同一主题内容在两个项目中均有拨款支出，不符合预算管理的要求，经费核算也不适当。"],
    suggestion: [2, "建议升级党员服务热线的硬件配置以及电脑端软件，增加留存电话记录功能，完善基层党建网业务台账。"],
    rectification: [3, "2019年已启动“12371党员服务热线”改造项目，将对服务热线系统进行升级，更新后台功能。"],
  },
  {
    name: "2018年度在线学习工作经费项目",
    amountWan: 989.28,
    score: 90.61,
    grade: '优',
    counts: [5, 5, 5],
    executionRate: null,
    source: { startLine: 350, endLine: 450 },
    problem: [4, "课程使用者对课程的内容形式以及系统体验感不是很高。"],
    suggestion: [3, "进一步明确合同条款，细化项目履约内容、时间和考核标准，完成项目验收工作后结算项目余款，避免资金使用风险。"],
    rectification: [3, "不断加强合同合法合规性审查，通过第三方法律咨询等方式，进一步提升合同条款设定、执行和履约保证的水平。"],
  },
  {
    name: "2018年上海市党员干部现代远程教育工作经费",
    amountWan: 269.59,
    score: 89.6,
    grade: '良',
    counts: [3, 3, 3],
    executionRate: null,
    source: { startLine: 460, endLine: 508 },
    problem: [1, "个别项目支出内容与预算内容存在差异，预算编制口径较为模糊，存在其他预算项目的支出在本项目支出的情况以及属本项目的支出却在其他预算项目支出的混淆情况。"],
    suggestion: [2, "完善合同条款，细化履约内容、时间和考核标准。"],
    rectification: [2, "加强合同管理，对于远教课件制作合同，进一步完善合同条款、时间节点、考核标准等合同要素。"],
  },
  {
    name: "2018年组织部门建设和管理工作",
    amountWan: 1059.83,
    score: 89.81,
    grade: '良',
    counts: [3, 3, 3],
    executionRate: null,
    source: { startLine: 518, endLine: 570 },
    problem: [2, "合同条款不完善，履行执行有偏差。个别项目还没有实施完成，资金已经拨付，不符合合同管理和项目管理的规范要求。"],
    suggestion: [2, "加强合同管理，优化合同条款，控制合同履约风险。做到“付款进度”与“项目进度”匹配、“预算安排”与“项目跨年”匹配；根据跨年度合同的付款进度，分年度安排预算。"],
    rectification: [2, "加强合同管理和支付审核，做到“付款进度”与“项目进度”匹配、“预算安排”与“项目跨年”匹配。"],
  },] as const

describe('the bundled 2018 report of the Shanghai Organization Department', () => {
  it('reads the title, department and year, with no diagnostics', () => {
    expect(dataset.title).toBe('中国共产党上海市委员会组织部2018年度财政支出项目绩效评价结果')
    expect(dataset.department).toBe('中国共产党上海市委员会组织部')
    expect(dataset.year).toBe(2018)
    expect(dataset.sourceName).toBe(SOURCE)
    expect(diagnostics).toEqual([])
  })

  it('finds the eight projects in document order', () => {
    expect(dataset.projects.map((p) => p.name)).toEqual(EXPECTED.map((e) => e.name))
  })

  it.each(EXPECTED.map((e, index) => ({ ...e, index })))('project $index: $name', (expected) => {
    const project = dataset.projects[expected.index]
    expect(project).toBeDefined()
    if (project === undefined) return
    expect(project.name).toBe(expected.name)
    expect(project.amountWan).toBe(expected.amountWan)
    expect(project.score).toBe(expected.score)
    expect(project.grade).toBe(expected.grade)
    expect([project.problems.length, project.suggestions.length, project.rectifications.length]).toEqual(expected.counts)
    expect(project.executionRate).toBe(expected.executionRate)
    expect(project.unit).toBeNull()
    expect(project.source).toEqual(expected.source)
    expect(project.problems[expected.problem[0]]).toBe(expected.problem[1])
    expect(project.suggestions[expected.suggestion[0]]).toBe(expected.suggestion[1])
    expect(project.rectifications[expected.rectification[0]]).toBe(expected.rectification[1])
  })

  it('keeps the source verbatim, typos included, and joins the main performance into one string', () => {
    expect(dataset.projects[5]?.performance).toBe(
      '2018年按照合同要求完成了了网络培训内容建设、网络培训软硬件系统维护计划和学员联系服务计划，网络培训内容建设完成审核达标，网络培训软硬件系统维护验收达标，课程建设内容与形式满足需求，系统使用便捷、运行稳定，受益者满意度82.4%，管理者满意度较高。',
    )
  })

  it('reads all four suggestions of 2018年度领导干部培训经费项目', () => {
    expect(dataset.projects[3]?.suggestions).toEqual([
      '建议进一步加强绩效目标申报工作，将绩效管理贯穿于项目各个环节。',
      '对于未使用的资金或预计年度内确实无法开展的项目，建议及时进行预算调整。',
      '建议加强对服务单位考核结果的留存，进一步完善监督管理工作。',
      '根据项目受实际政策情况影响大的特性，建议完善项目管理制度，建立项目调整计划制度。',
    ])
  })

  it('counts 26 problem items in all', () => {
    expect(dataset.projects.reduce((n, p) => n + p.problems.length, 0)).toBe(26)
  })
})
