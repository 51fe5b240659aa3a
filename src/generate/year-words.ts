/**
 * Words of the generated years of one department (generate-years.ts): who publishes them, what the
 * projects are called, and the problems and rectifications whose recurrence is planted or avoided.
 */

/** A department, and the file-name slug its files get. */
export type YearsDepartment = readonly [name: string, slug: string]

/** Publishers of 绩效评价结果 reports: the title names them before the year. */
export const REPORT_DEPARTMENTS: readonly YearsDepartment[] = [
  ['上海市民政局', 'shanghai-civil-affairs'],
  ['上海市体育局', 'shanghai-sports'],
  ['上海市文化和旅游局', 'shanghai-culture-tourism'],
  ['上海市生态环境局', 'shanghai-ecology-environment'],
]

/** 主管部门 of the national self-evaluation forms; the prefix starts their project codes. */
export const FORM_DEPARTMENTS: readonly (readonly [name: string, slug: string, division: string])[] = [
  ['池州市贵池区水利局', 'guichi-water', '341702'],
  ['天长市水利局', 'tianchang-water', '341181'],
  ['六安市金安区民政局', 'jinan-civil-affairs', '341502'],
  ['黄冈市交通运输局', 'huanggang-transport', '421100'],
]

/** What a project is about: each is used by one project only, so two names never fold alike by chance. */
export const TOPICS = [
  '社区养老服务', '基层党建阵地', '公共文化配送', '全民健身设施', '社区治理创新', '困难群众帮扶', '儿童福利机构',
  '残疾人康复', '婚姻登记服务', '殡葬设施改造', '慈善事业促进', '志愿服务推广', '档案数字化', '政务信息系统',
  '数据资源共享', '应急物资储备', '河道综合整治', '农村饮水安全', '小型水库维护', '水土保持治理', '城市道路养护',
  '公交场站建设', '古籍保护', '非遗传承', '群众体育赛事', '青少年体育培训', '生态环境监测', '大气污染防治',
  '土壤污染防治', '固体废物监管', '法律援助', '人才发展', '干部教育培训', '退役军人服务', '养老机构补贴',
  '社会组织培育', '地名标志设置', '智慧社区建设', '防汛抗旱', '农田水利建设',
] as const

export const KINDS = ['经费', '专项经费', '运行维护经费', '补助资金', '工作经费', '项目'] as const

/**
 * Problems of the ordinary projects. No two say the same by the shared-phrase rule, and a
 * project's problems of one year are never those of the year before: none of them recurs.
 */
export const PROBLEMS = [
  '预算编制不够精细，测算依据不充分',
  '绩效目标设置偏笼统，量化指标较少',
  '项目实施进度滞后于计划安排',
  '固定资产未及时登记入账',
  '第三方服务质量考核机制不健全',
  '信息系统运行维护记录不完整',
  '宣传推广力度不足，社会知晓度有待提高',
  '专项资金存在结余，未及时清理',
  '业务台账资料不完善',
  '评审和验收环节制度落实不够',
  '个别开支未严格按照预算科目列支',
  '效果类指标较单薄',
  '培训需求调研不够深入，课程针对性不强',
  '项目档案归集不及时，过程资料缺失',
] as const

/** Rectifications that say the work was done (nothing pending). */
export const RECTIFICATIONS = [
  '已细化预算测算标准，按明细编制年度预算',
  '已修订绩效目标，补充可量化的产出和效益指标',
  '已建立进度台账，每月调度实施情况',
  '已完成资产清查并补登入账',
  '已制定服务单位考核办法，按季度考核',
  '已补充完善运维日志',
  '已加大宣传投入，开展专题宣传活动',
  '已将结余资金按规定上缴财政',
  '已建立业务台账，专人负责更新',
  '已完善评审验收流程',
] as const

/** The planted recurrence: a contract paid in one go, "rectified" by instalments, and the same matter in other words the next year. */
export const CONTRACT_PROBLEM = '合同约定一次性支付全部款项，未按进度付款，不利于资金风险控制'
export const CONTRACT_RECTIFICATION = '已修订合同条款，采取分期付款，明确验收要求后再支付尾款'
export const CONTRACT_AGAIN = '合同款项一次性支付，未按进度付款'

/**
 * The new problem beside the planted recurrence, and the previous year's problem it must not be
 * taken for: both open with words every kind of problem uses (部分项目未及时), and say nothing else alike.
 */
export const UNRELATED_BEFORE = '部分项目未及时办理竣工结算'
export const UNRELATED_NEW = '部分项目未及时组织验收'

/** The planted recurrence that must not be flagged: its rectification says the work is still under way. */
export const PROCUREMENT_PROBLEM = '政府采购程序执行不够规范，部分项目未履行采购审批手续'
export const PROCUREMENT_PENDING = '正在修订政府采购内部管理办法，尚未印发'
export const PROCUREMENT_AGAIN = '政府采购程序不够规范，部分项目未履行采购审批手续'

/** A self-evaluation form's 实际完成情况 left with the template's instruction. */
export const TEMPLATE_ACHIEVED = '结合自评情况，说明年度总体目标完成情况。（200字以内）'

/** The planted scores of the project whose score falls and rises, year after year. */
export const PLANTED_SCORES = [91.35, 86.2, 88.75, 88.75, 79.4, 84.6, 93.1, 90.05, 95.5, 87.25] as const
