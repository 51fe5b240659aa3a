/** Words of the generated self-evaluation forms: who publishes them, what the projects are, what they say. */

/** A 主管部门 and the unit code some forms write before it (219-池州市贵池区水利局). */
export type CodedName = readonly [code: string, name: string]

/** 主管部门 of the national template's users (Anhui, Hubei). */
export const NATIONAL_DEPARTMENTS: readonly CodedName[] = [
  ['219', '池州市贵池区水利局'],
  ['101', '天长市水利局'],
  ['305', '鄂州市教育局'],
  ['412', '宿州市埇桥区卫生健康委员会'],
  ['207', '六安市金安区民政局'],
  ['118', '黄冈市交通运输局'],
]

export const SICHUAN_DEPARTMENTS: readonly CodedName[] = [
  ['301001', '四川省教育厅'],
  ['510923', '遂宁市大英县农业农村局'],
  ['510603', '德阳市旌阳区卫生健康局'],
  ['510703', '绵阳市涪城区住房和城乡建设局'],
  ['510105', '成都市青羊区民政局'],
  ['332001', '四川省林业和草原局'],
]

/** Division codes that start a Sichuan project code. */
export const SICHUAN_DIVISIONS = ['510000', '510923', '510603', '510703', '510105']

export const UNITS = [
  '区水利工程管理站', '棠溪镇人民政府', '区农村饮水安全管理站', '区疾病预防控制中心', '区教育体育局', '区社会福利院',
  '县农业技术推广中心', '县动物疫病预防控制中心', '区城乡建设服务中心', '县林业和草原服务中心', '区退役军人服务中心', '市教育考试院',
]

export const PROJECT_NAMES = [
  '农村饮水安全巩固提升工程', '高标准农田建设项目', '义务教育学生营养改善计划', '城乡居民基本医疗保险补助', '困难群众救助补助资金',
  '乡村振兴衔接资金项目', '工资性支出', '公用经费', '河道清淤疏浚工程', '中小学校舍维修改造', '基层医疗卫生机构运行补助',
  '森林草原防灭火专项经费', '农业技术推广服务', '城市道路维护', '信息化运维', '干部教育培训', '农村公路养护', '养老服务体系建设',
  '重大动物疫病防控', '残疾人康复救助', '小型水库除险加固', '城镇老旧小区改造', '学前教育发展资金', '退役军人优抚经费',
]

export const GOALS = [
  '按计划完成年度建设任务，保障项目区群众安全饮水',
  '完成年度培训任务，提升基层干部履职能力',
  '及时足额发放补助资金，保障困难群众基本生活',
  '完成维修改造任务，改善办学条件',
  '保障机构正常运转，按时足额发放人员工资',
  '完成年度养护任务，路况水平稳中有升',
  '加强疫病监测和防控，全年不发生区域性重大疫情',
]

export const ACHIEVEMENTS = [
  '全面完成年度目标任务，项目区群众饮水条件明显改善',
  '基本完成年度目标，培训质量和参训满意度较上年提高',
  '补助资金全部按时发放到位，受益群众反映良好',
  '年度目标已完成，工程通过竣工验收并投入使用',
  '人员工资和公用经费保障到位，机构运转正常',
  '大部分目标已完成，个别指标受客观因素影响未达预期',
]

export const IMPLEMENTATIONS = [
  '项目年初启动，按照实施方案分阶段组织实施，年底完成验收',
  '严格执行项目管理制度，资金按进度拨付，实施过程规范有序',
  '成立项目工作专班，定期调度推进，按期完成各项任务',
]

/** What a filled 评价结论 says about results, before it states the score. */
export const RESULTS = [
  '项目按计划实施，较好完成了年度绩效目标',
  '项目实施取得了预期成效，社会效益明显',
  '资金使用规范，项目管理有序，达到了预期目标',
]

/** 存在问题 items. */
export const PROBLEMS = [
  '项目前期论证不够充分',
  '绩效目标设置不够细化，部分指标难以量化',
  '资金拨付进度滞后于工程进度',
  '部分项目档案资料不完整',
  '宣传力度不够，群众知晓率有待提高',
  '受雨季影响工期延后',
  '部分设备采购流程较长，到货时间推迟',
]

/** Items that start with a number, which numbering can collide with: "2.2个项目…". */
export const NUMBER_LED_PROBLEMS = ['2个项目受用地规划调整影响开工推迟', '3个乡镇配套资金到位较晚', '1名工作人员调离，台账交接不及时']

export const MEASURES = [
  '加强项目前期论证，提高预算编制的科学性',
  '细化量化绩效指标，完善绩效目标管理',
  '加快资金拨付进度，提高资金使用效益',
  '健全项目档案管理制度，做好资料归档',
  '加大宣传力度，提高群众知晓率',
  '加强施工调度，确保工程按期完工',
]

/** Deviation notes of an indicator that missed its target. */
export const DEVIATIONS = [
  '受雨季影响工期延后，下一步加强施工调度。',
  '部分农户外出务工，入户核查推迟，下一步提前对接。',
  '设备采购流程较长，已督促供应商加快供货。',
  '年中政策调整，部分任务顺延至下年度实施。',
]

/** Sichuan's instructions in the cells a filler should replace (510000_0013zp). */
export const SICHUAN_INSTRUCTIONS = {
  conclusion: '结合自评情况，说明项目自评总分，说明项目实施取得的成效或成果。（200字以内）',
  problems: '结合自评情况，分析存在的问题及原因。（200字以内）',
  measures: '针对项目自评中发现的问题，提出下一步改进完善的意见及有关政策性建议。（200字以内）',
  reason: '1.预算执行率=预算执行数/调整后预算数×100%；2.偏差原因分析需说明预算执行率偏低的原因。',
}

export const NATIONAL_FOOTNOTE =
  '注：1.一级指标分值统一设置为：产出指标50分、效益指标30分、服务对象满意度指标10分、预算资金执行率10分。2.绩效指标得分按完成比例计算。'

/** The 指标 a form can draw, by 一级 and 二级: name, 指标性质, value (a number, or words for a qualitative one), unit. */
export interface IndicatorSeed {
  name: string
  direction: '≥' | '=' | '≤' | '定性'
  value: number | string
  unit: string
}

export interface IndicatorGroup {
  level1: '产出指标' | '效益指标' | '满意度指标'
  level2: string
  seeds: readonly IndicatorSeed[]
}

const seed = (name: string, direction: IndicatorSeed['direction'], value: number | string, unit: string): IndicatorSeed => ({ name, direction, value, unit })

export const INDICATOR_GROUPS: readonly IndicatorGroup[] = [
  {
    level1: '产出指标',
    level2: '数量指标',
    seeds: [
      seed('培训人次', '≥', 500, '人次'), seed('改造供水工程', '=', 3, '处'), seed('发放补助资金户数', '≥', 1200, '户'),
      seed('新建高标准农田面积', '≥', 2, '万亩'), seed('维修校舍面积', '≥', 3500, '平方米'), seed('保障在职人员数', '=', 86, '人'),
    ],
  },
  {
    level1: '产出指标',
    level2: '质量指标',
    seeds: [seed('工程质量合格率', '=', 100, '%'), seed('验收合格率', '≥', 95, '%'), seed('资金使用合规率', '=', 100, '%'), seed('设备完好率', '≥', 98, '%')],
  },
  {
    level1: '产出指标',
    level2: '时效指标',
    seeds: [seed('按期完工率', '≥', 95, '%'), seed('资金拨付及时率', '=', 100, '%'), seed('项目完成时间', '≤', 12, '月')],
  },
  {
    level1: '产出指标',
    level2: '成本指标',
    seeds: [seed('人均培训成本', '≤', 800, '元'), seed('项目成本控制率', '≤', 100, '%'), seed('每公里养护成本', '≤', 1.5, '万元')],
  },
  { level1: '效益指标', level2: '经济效益指标', seeds: [seed('带动农户增收', '≥', 1500, '元/户'), seed('节约运行成本', '≥', 20, '万元')] },
  { level1: '效益指标', level2: '社会效益指标', seeds: [seed('受益人口', '≥', 1.2, '万人'), seed('群众安全饮水保障水平', '定性', '有效提升', '')] },
  { level1: '效益指标', level2: '生态效益指标', seeds: [seed('水土流失治理面积', '≥', 5, '平方公里'), seed('农村生活污水处理率', '≥', 60, '%')] },
  { level1: '效益指标', level2: '可持续影响指标', seeds: [seed('工程设计使用年限', '≥', 20, '年'), seed('长效管护机制', '定性', '健全', '')] },
  {
    level1: '满意度指标',
    level2: '服务对象满意度指标',
    seeds: [seed('群众满意度', '≥', 90, '%'), seed('受训人员满意度', '≥', 95, '%'), seed('服务对象满意度', '≥', 85, '%')],
  },
]

/** 一级 weights of the 2020 template; the funds row holds the other 10. */
export const LEVEL1_WEIGHTS: Readonly<Record<IndicatorGroup['level1'], number>> = { 产出指标: 50, 效益指标: 30, 满意度指标: 10 }
