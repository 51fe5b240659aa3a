import { describe, expect, it } from 'vitest'
import {
  itemHasTheme,
  mostCommonTheme,
  projectHasAnyTheme,
  projectThemeCounts,
  projectThemes,
  THEME_IDS,
  THEMES,
  type ThemeId,
  themeIdsOf,
  themeMatches,
  themeMatrix,
  themesOf,
  themeTotals,
} from '../../src/domain/problem-themes.ts'
import { bundled, bundledRows } from '../support/bundled.ts'
import { makeProject, rowsOf } from '../support/project.ts'

const labels = (item: string): string[] => themesOf(item).map((t) => t.label)

/**
 * The bundled report's 26 problem items, project by project, with the themes an auditor gives them.
 * Judgement calls: 评审和验收环节制度落实不够 is 合同管理 (acceptance of contracted work; its
 * rectification is about contract terms and 验收要求) as well as 制度与台账; 与预算编制相比较，项目实施
 * 内容调整较多，部分计划内容未执行 is 预算执行 and 预算编制 (its suggestion is 加强项目预算编制管理);
 * 对服务单位进行监督管理，但未留存相关考核结果 is a records problem (nothing was kept), not a contract one;
 * 个别项目还没有实施完成，资金已经拨付 is framed by the report as 合同管理.
 */
const BUNDLED_ITEMS: [string, string[]][] = [
  // 0 2018年基层党建及队伍教育管理
  ['预算编制有待进一步优化，二级项目编制不尽合理。', ['预算编制']],
  ['资金使用有待进一步规范。', ['资金使用与核算']],
  ['合同管理存在潜在风险，部分合同的支付方式为一次性支付，不利于风险控制。', ['合同管理']],
  // 1 2018年党代表工作经费
  ['预算编制有待进一步优化。', ['预算编制']],
  ['绩效目标指标存在部分不合理，产出指标与预算不匹配，效果类指标较单薄。', ['绩效目标与指标']],
  // 2 2018年干部考评和人才发展工作经费
  ['预算执行率为83.63%，执行率偏低，预算编制不够精确。', ['预算编制', '预算执行']],
  ['评审和验收环节制度落实不够。', ['合同管理', '制度与台账']],
  // 3 2018年度领导干部培训经费项目
  ['预算执行率为80.21%，预算执行率偏低。', ['预算执行']],
  ['项目绩效指标不够细化，可衡量性、明确性欠佳。', ['绩效目标与指标']],
  ['在项目的实施过程中对服务单位进行监督管理，但未留存相关考核结果。', ['制度与台账']],
  ['未制定相应的计划调整制度，管理制度亟待健全。', ['制度与台账']],
  // 4 2018年党建服务工作经费项目
  ['项目申报表中缺乏明确的绩效目标，部分绩效目标不够合理、明确、可量化。', ['绩效目标与指标']],
  ['与预算编制相比较，项目实施内容调整较多，部分计划内容未执行。', ['预算编制', '预算执行']],
  [
    '个别经费核算不适当，同一主题内容在两个项目中均有拨款支出，不符合预算管理的要求，经费核算也不适当。',
    ['资金使用与核算'],
  ],
  ['服务热线和网站维修等业务台账资料不完善。', ['制度与台账']],
  // 5 2018年度在线学习工作经费项目
  ['项目申报表中缺乏明确的绩效目标，部分绩效目标不够合理、明确、可量化。', ['绩效目标与指标']],
  ['运维合同签订晚于项目启动时间，合同约定服务时间与实际服务时间不一致。', ['合同管理']],
  ['部分课件开发合同未细化约定分批分阶段提交时间。', ['合同管理']],
  ['课件开发合同支付条款不适应实际工作开展情况。', ['合同管理']],
  ['课程使用者对课程的内容形式以及系统体验感不是很高。', ['满意度']],
  // 6 2018年上海市党员干部现代远程教育工作经费
  ['部分绩效目标不够合理、明确、可量化。', ['绩效目标与指标']],
  [
    '个别项目支出内容与预算内容存在差异，预算编制口径较为模糊，存在其他预算项目的支出在本项目支出的情况以及属本项目的支出却在其他预算项目支出的混淆情况。',
    ['预算编制', '资金使用与核算'],
  ],
  ['远程课件制作合同约定要素不够完善。', ['合同管理']],
  // 7 2018年组织部门建设和管理工作
  ['预算编制分类不尽合理。', ['预算编制']],
  ['资金使用有待进一步规范。部分项目支出与公用经费的边界不清晰。', ['资金使用与核算']],
  [
    '合同条款不完善，履行执行有偏差。个别项目还没有实施完成，资金已经拨付，不符合合同管理和项目管理的规范要求。',
    ['合同管理'],
  ],
]

describe('themesOf on the bundled report, item by item', () => {
  it('covers exactly the 26 problem items of the report, in order', () => {
    expect(bundled.dataset.projects.flatMap((p) => p.problems)).toEqual(BUNDLED_ITEMS.map(([item]) => item))
  })

  it.each(BUNDLED_ITEMS)('%s → %j', (item, expected) => expect(labels(item)).toEqual(expected))

  it('leaves no bundled item to 其他', () => {
    expect(BUNDLED_ITEMS.filter(([item]) => themeIdsOf(item).includes('other'))).toEqual([])
  })
})

describe('themesOf on other wording', () => {
  it.each<[string, string[]]>([
    ['未按规定实行政府采购，个别服务未经招标直接委托。', ['采购']],
    ['受益群众满意度82.4%，低于目标值。', ['绩效目标与指标', '满意度']],
    ['项目结余资金较大，资金沉淀。', ['预算执行']],
    ['会议费超标准列支。', ['资金使用与核算']],
    ['项目宣传效果不明显。', ['其他']],
    ['', ['其他']],
    // A Kangxi radical (⼀ U+2F00 for 一) or a line-break space does not hide a keyword.
    ['部分合 同约定不明，⼀次性支付。', ['合同管理']],
  ])('%s → %j', (item, expected) => expect(labels(item)).toEqual(expected))

  it('names the keywords that gave each theme, as the table writes them', () => {
    expect(themeMatches('合同管理存在潜在风险，部分合同的支付方式为一次性支付，不利于风险控制。')).toEqual([
      { theme: THEMES.find((t) => t.id === 'contracts'), keywords: ['合同', '支付方式', '一次性支付'] },
    ])
    expect(themeMatches('宣传不足')).toEqual([{ theme: THEMES.find((t) => t.id === 'other'), keywords: [] }])
  })

  it('tells whether an item has one of the selected themes', () => {
    expect(itemHasTheme('预算编制分类不尽合理。', ['budgeting', 'contracts'])).toBe(true)
    expect(itemHasTheme('预算编制分类不尽合理。', ['contracts'])).toBe(false)
    expect(itemHasTheme('预算编制分类不尽合理。', [])).toBe(false)
  })
})

describe('the theme table', () => {
  it('lists every theme once, in id order, with a label, a description, and keywords except 其他', () => {
    expect(THEMES.map((t) => t.id)).toEqual([...THEME_IDS])
    expect(THEMES.map((t) => t.label)).toEqual([
      '预算编制',
      '预算执行',
      '资金使用与核算',
      '合同管理',
      '绩效目标与指标',
      '制度与台账',
      '采购',
      '满意度',
      '其他',
    ])
    for (const t of THEMES) {
      expect(t.description).not.toBe('')
      expect(t.keywords.length === 0).toBe(t.id === 'other')
      expect(new Set(t.keywords).size).toBe(t.keywords.length)
    }
  })
})

const countsOf = (theme: ThemeId) => bundledRows.map((r) => projectThemeCounts(r.project)[theme])
const having = (themes: ThemeId[]) => bundledRows.filter((r) => projectHasAnyTheme(r.project, themes)).map((r) => r.index)

describe('projects and the themes × projects matrix', () => {

  it('gives each bundled project its themes', () => {
    expect(bundledRows.map((r) => projectThemes(r.project))).toEqual([
      ['budgeting', 'funds', 'contracts'],
      ['budgeting', 'targets'],
      ['budgeting', 'execution', 'contracts', 'records'],
      ['execution', 'targets', 'records'],
      ['budgeting', 'execution', 'funds', 'targets', 'records'],
      ['contracts', 'targets', 'satisfaction'],
      ['budgeting', 'funds', 'contracts', 'targets'],
      ['budgeting', 'funds', 'contracts'],
    ])
    expect(projectThemes(makeProject())).toEqual([])
  })

  it('counts items per theme and project', () => {
    expect(countsOf('contracts')).toEqual([1, 0, 1, 0, 0, 3, 1, 1])
    expect(countsOf('records')).toEqual([0, 0, 1, 2, 1, 0, 0, 0])
    const { themes, rows, counts: matrix, totals } = themeMatrix(bundledRows)
    expect(themes).toEqual(THEME_IDS)
    expect(rows).toBe(bundledRows)
    expect(matrix).toEqual([
      [1, 1, 1, 0, 1, 0, 1, 1], // 预算编制
      [0, 0, 1, 1, 1, 0, 0, 0], // 预算执行
      [1, 0, 0, 0, 1, 0, 1, 1], // 资金使用与核算
      [1, 0, 1, 0, 0, 3, 1, 1], // 合同管理
      [0, 1, 0, 1, 1, 1, 1, 0], // 绩效目标与指标
      [0, 0, 1, 2, 1, 0, 0, 0], // 制度与台账
      [0, 0, 0, 0, 0, 0, 0, 0], // 采购
      [0, 0, 0, 0, 0, 1, 0, 0], // 满意度
      [0, 0, 0, 0, 0, 0, 0, 0], // 其他
    ])
    expect(totals).toEqual(themeTotals(bundledRows))
    expect(totals.map((t) => [t.theme, t.projects, t.items])).toEqual([
      ['budgeting', 6, 6],
      ['execution', 3, 3],
      ['funds', 4, 4],
      ['contracts', 5, 7],
      ['targets', 5, 5],
      ['records', 3, 4],
      ['procurement', 0, 0],
      ['satisfaction', 1, 1],
      ['other', 0, 0],
    ])
  })

  it('filters projects having any of the themes', () => {
    expect(having(['records'])).toEqual([2, 3, 4])
    expect(having(['records', 'satisfaction'])).toEqual([2, 3, 4, 5])
    expect(having(['procurement'])).toEqual([])
    expect(having([])).toEqual([])
  })
})

describe('mostCommonTheme', () => {
  it('is 预算编制 in the bundled report: 6 of 8 projects', () => {
    expect(mostCommonTheme(bundledRows)).toEqual({ theme: 'budgeting', label: '预算编制', projects: 6, items: 6 })
  })

  it('breaks a tie on projects by items, then by table order, and is null without problems', () => {
    const rows = rowsOf(
      { problems: ['合同签订滞后。', '合同条款不全。'] },
      { problems: ['预算编制粗放。'] },
      { problems: ['宣传不足。'] },
    )
    expect(mostCommonTheme(rows)).toMatchObject({ theme: 'contracts', projects: 1, items: 2 })
    expect(mostCommonTheme(rowsOf({ problems: ['宣传不足。'] }, { problems: ['预算编制粗放。'] }))).toMatchObject({
      theme: 'budgeting',
    })
    expect(mostCommonTheme(rowsOf({ problems: ['宣传不足。'] }))).toMatchObject({ theme: 'other', label: '其他' })
    expect(mostCommonTheme(rowsOf({}, {}))).toBeNull()
    expect(mostCommonTheme([])).toBeNull()
  })
})
