import { describe, expect, it } from 'vitest'
import { AUDIT_FLAG_IDS } from '../../src/domain/audit-flags.ts'
import type { ImportLoss } from '../../src/domain/import-summary.ts'
import { THEME_IDS } from '../../src/domain/problem-themes.ts'
import { localized, messagesFor } from '../../src/i18n/catalogue.ts'
import { count, en } from '../../src/i18n/en.ts'
import type { Messages } from '../../src/i18n/messages.ts'
import { wrapLabel, zh } from '../../src/i18n/zh.ts'

/** Every plain string of a catalogue, by path. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]]
  if (typeof value !== 'object' || value === null) return []
  return Object.entries(value).flatMap(([key, child]) => strings(child, path === '' ? key : `${path}.${key}`))
}

const HAN = /\p{Script=Han}/u

const NOTHING_LACKING = { name: 0, amountWan: 0, score: 0, grade: 0, problems: 0 }
const LOST_NAME_AND_PROBLEMS: ImportLoss = { projects: 3, byField: { ...NOTHING_LACKING, name: 2, problems: 3 }, errors: 0 }
const LOST_SCORE_AND_ERRORS: ImportLoss = { projects: 1, byField: { ...NOTHING_LACKING, amountWan: 1, score: 1, grade: 1 }, errors: 2 }
const ERRORS_ONLY: ImportLoss = { projects: 0, byField: NOTHING_LACKING, errors: 1 }

describe('the catalogues', () => {
  it('name every problem theme and audit flag in both languages', () => {
    for (const t of [zh, en] as Messages[]) {
      expect(Object.keys(t.themes)).toEqual([...THEME_IDS])
      expect(Object.keys(t.flags).toSorted()).toEqual([...AUDIT_FLAG_IDS].toSorted())
    }
    expect(THEME_IDS.map((id) => en.themes[id].label)).toEqual([
      'Budget preparation',
      'Budget execution',
      'Use of funds and accounting',
      'Contract management',
      'Performance targets and indicators',
      'Rules and records',
      'Procurement',
      'Satisfaction',
      'Other',
    ])
    expect(AUDIT_FLAG_IDS.map((id) => en.flags[id].label)).toEqual([
      'Score outside its grade band',
      'Suggestions ≠ problems',
      'Rectifications ≠ problems',
      'No execution rate',
      'Missing field',
      'Parsing doubt',
      'Score fell',
      'Problem recurred',
      'Total ≠ sum of scores',
      'Execution score ≠ rate',
      'Rate ≠ spent ÷ budget',
      'Target missed, full marks',
      'Template instructions left',
    ])
    // The Chinese interface shows the domain's own tables.
    expect(zh.themes.funds).toEqual({
      label: '资金使用与核算',
      short: '资金使用\n与核算',
      description: '资金使用不规范，核算或列支不当，项目与公用经费或不同项目之间的支出混淆。',
    })
    expect(zh.flags['no-execution-rate'].label).toBe('未披露执行率')
  })

  it('write English only in English, but for the Chinese a reader must match against the report', () => {
    const withHan = strings(en).filter(([, text]) => HAN.test(text))
    expect(withHan.map(([path]) => path)).toEqual([
      'language.switchLabel',
      'language.switchTitle',
      'themes.budgeting.description',
      'flags.grade-band-mismatch.description',
      'flags.template-text.description',
      'page.brand',
      'page.documentTitle',
    ])
  })

  it('gives each language its own tag and a switch labelled in the other language', () => {
    expect([zh.lang, zh.language.switchLabel, zh.language.switchLang]).toEqual(['zh-CN', 'English', 'en'])
    expect([en.lang, en.language.switchLabel, en.language.switchLang]).toEqual(['en', '中文', 'zh-CN'])
    expect(messagesFor('zh')).toBe(zh)
    expect(messagesFor('en')).toBe(en)
  })
})

describe('messages with numbers and names', () => {
  it.each([
    [0, '0 projects'],
    [1, '1 project'],
    [2, '2 projects'],
  ])('count(%i, project) = %s', (n, text) => expect(count(n, 'project')).toBe(text))

  it('states amounts in 万元 and 亿元 in Chinese, in 10k CNY and CNY millions in English', () => {
    expect([zh.keyFigures.total, zh.keyFigures.totalValue('3,678.47'), zh.keyFigures.totalApprox(3678.47)]).toEqual([
      '决算金额合计',
      '3,678.47 万元',
      '约 0.37 亿元',
    ])
    expect([en.keyFigures.total, en.keyFigures.totalValue('3,678.47'), en.keyFigures.totalApprox(3678.47)]).toEqual([
      'Total final amount (10k CNY)',
      '3,678.47',
      '≈ CNY 36.78 million',
    ])
    expect(en.table.headers.amount).toBe('Final amount (10k CNY)')
    expect(en.charts.scatter.xAxis).toBe('Final amount (10k CNY)')
    expect(zh.charts.scatter.xAxis).toBe('决算金额（万元）')
  })

  it.each([
    ['zh', zh.keyFigures.noAmount(1), '（1 个项目未披露金额）'],
    ['en', en.keyFigures.noAmount(1), ' (1 project states no amount)'],
    ['en', en.keyFigures.noAmount(2), ' (2 projects state no amount)'],
    ['zh', zh.keyFigures.ratesValue(2, 8), '2 / 8 个项目'],
    ['en', en.keyFigures.ratesValue(2, 8), '2 of 8 projects'],
    ['zh', zh.keyFigures.commonThemeDetail(6, 8, 6), '6 / 8 个项目，6 条问题'],
    ['en', en.keyFigures.commonThemeDetail(6, 8, 6), '6 of 8 projects, 6 problems'],
    ['en', en.keyFigures.commonThemeDetail(1, 1, 1), '1 of 1 project, 1 problem'],
    ['zh', zh.keyFigures.gradeCounts({ 优: 5, 良: 3, 中: 0, 差: 0 }), '优 5 · 良 3 · 中 0 · 差 0'],
    ['en', en.keyFigures.gradeCounts({ 优: 5, 良: 3, 中: 0, 差: 0 }), '优 Excellent 5 · 良 Good 3 · 中 Fair 0 · 差 Poor 0'],
    ['zh', zh.search.count(8, 5), '8 个项目中显示 5 个'],
    ['en', en.search.count(8, 5), 'Showing 5 of 8 projects'],
    ['en', en.search.count(1, 1), 'Showing 1 of 1 project'],
    ['zh', zh.grades.label('良'), '良'],
    ['en', en.grades.label('良'), '良 Good'],
    ['zh', zh.filters.grades(['优', '良']), '评价结论：优、良'],
    ['en', en.filters.grades(['优', '良']), 'Grade: 优 Excellent, 良 Good'],
    ['zh', zh.filters.amount('≥ 100.00'), '决算金额 ≥ 100.00 万元'],
    ['en', en.filters.amount('≥ 100.00'), 'Final amount ≥ 100.00 (10k CNY)'],
    ['zh', zh.filters.themes(['budgeting', 'contracts']), '问题主题：预算编制、合同管理'],
    ['zh', zh.ranges.unreadableAmount('abc'), '无法识别“abc”：请输入数字，可带单位 元、万元、亿元。'],
    ['en', en.ranges.unreadableAmount('abc'), 'Cannot read “abc”: enter a number, optionally with a unit: 元, 万元 or 亿元.'],
    ['zh', zh.ranges.unreadableScore('abc'), '无法识别“abc”：请输入 0 到 100 之间的数字。'],
    ['en', en.ranges.unreadableScore('abc'), 'Cannot read “abc”: enter a number from 0 to 100.'],
    ['zh', zh.ranges.negativeAmount('-5'), '“-5”小于 0：金额不能为负数。'],
    ['en', en.ranges.negativeAmount('-5'), '“-5” is below 0: an amount cannot be negative.'],
    ['zh', zh.ranges.scoreOutOfRange('120'), '“120”不在 0 到 100 之间：评价分值满分 100。'],
    ['en', en.ranges.scoreOutOfRange('120'), '“120” is not between 0 and 100: scores are out of 100.'],
    ['zh', zh.ranges.minAboveMax, '最低值大于最高值，没有项目可以符合。'],
    ['en', en.ranges.minAboveMax, 'The minimum is above the maximum: no project can match.'],
    ['en', en.filters.themes(['budgeting', 'contracts']), 'Problem theme: Budget preparation, Contract management'],
    ['zh', zh.filters.flags(['no-execution-rate']), '审计提示：未披露执行率'],
    ['en', en.filters.flags(['no-execution-rate']), 'Audit flag: No execution rate'],
    ['zh', zh.filters.brush({ amount: [100, 400], score: [85, 95] }), '框选：金额 100.00–400.00 万元，分值 85.00–95.00'],
    ['en', en.filters.brush({ amount: [100, 400], score: [85, 95] }), 'Chart area: amount 100.00–400.00 (10k CNY), score 85.00–95.00'],
    ['zh', zh.table.sortOrder(2, true), '（第 2 排序，降序）'],
    ['en', en.table.sortOrder(2, false), ' (sort key 2, ascending)'],
    ['zh', zh.drawer.itemsCaption(4, 3, 4), '存在问题 4 条 · 整改建议 3 条 · 整改情况 4 条'],
    ['en', en.drawer.itemsCaption(4, 1, 4), '4 problems · 1 suggestion · 4 rectifications'],
    ['zh', zh.drawer.facts.sourceWhere('a.pdf', 3, 40, 2), 'a.pdf，第 2 页，第 3–40 行'],
    ['en', en.drawer.facts.sourceWhere('a.pdf', 3, 40, 2), 'a.pdf, page 2, lines 3–40'],
    ['en', en.drawer.facts.sourceWhere('a.txt', 3, 40, undefined), 'a.txt, lines 3–40'],
    ['zh', zh.citation('标题', '项目', 'a.txt', 3, 40, undefined), '标题，“项目”，a.txt 第3–40行'],
    ['en', en.citation('标题', '项目', 'a.txt', 3, 40, undefined), '标题, “项目”, a.txt, lines 3–40'],
    ['en', en.citation('标题', '项目', 'a.pdf', 3, 40, 2), '标题, “项目”, a.pdf, page 2'],
    ['zh', zh.imports.reading('a.pdf', 1, 3, 2, 9), '正在读取 第 2/3 个文件 a.pdf，第 2/9 页…'],
    ['en', en.imports.reading('a.pdf', 1, 3, 2, 9), 'Reading file 2 of 3, a.pdf, page 2 of 9…'],
    ['en', en.imports.reading('a.txt', 0, 1, null, null), 'Reading a.txt…'],
    ['zh', zh.imports.imported('a.txt', 8, 0), '已导入 a.txt：8 个项目。'],
    ['en', en.imports.imported('a.txt', 8, 1), 'Imported a.txt: 8 projects, 1 parser note.'],
    [
      'zh',
      zh.imports.importedWithLoss('X', 8, 5, LOST_NAME_AND_PROBLEMS),
      '已导入 X：8 个项目，其中 3 个缺少数值（项目名称 2 个、存在问题 3 个），5 条解析提示。请在“审计提示 › 缺少字段”中核对。',
    ],
    [
      'en',
      en.imports.importedWithLoss('X', 8, 5, LOST_NAME_AND_PROBLEMS),
      'Imported X: 8 projects; 3 of them lack values (project name 2, problems 3); 5 parser notes. Check them under Audit flags › Missing field.',
    ],
    [
      'zh',
      zh.imports.importedWithLoss('a.json', 1, 0, LOST_SCORE_AND_ERRORS),
      '已导入 a.json：1 个项目，其中 1 个缺少数值（决算金额 1 个、评价分值 1 个、评价结论 1 个）。请在“审计提示 › 缺少字段”中核对。',
    ],
    [
      'en',
      en.imports.importedWithLoss('a.txt', 1, 3, LOST_SCORE_AND_ERRORS),
      'Imported a.txt: 1 project; 1 of them lacks values (final amount 1, score 1, grade 1); 3 parser notes (2 errors). Check them under Audit flags › Missing field.',
    ],
    [
      'zh',
      zh.imports.importedWithLoss('a.csv', 4, 2, ERRORS_ONLY),
      '已导入 a.csv：4 个项目，2 条解析提示（1 条为错误）。请在“解析诊断”中核对。',
    ],
    ['en', en.imports.importedWithLoss('a.csv', 4, 2, ERRORS_ONLY), 'Imported a.csv: 4 projects; 2 parser notes (1 error). Check them under Parser diagnostics.'],
    ['zh', zh.imports.tooLarge('big.txt', '100.0 MB', '100.0 MB'), 'big.txt：文件大小为 100.0 MB，超过 100.0 MB 的上限，未导入。'],
    ['en', en.imports.tooLarge('big.txt', '100.0 MB', '100.0 MB'), 'big.txt: the file is 100.0 MB, over the limit of 100.0 MB; not imported.'],
    ['zh', zh.charts.grade.barLabel(5, '54.7%'), '5项\n占金额 54.7%'],
    ['en', en.charts.grade.barLabel(1, '4.9%'), '1 project\n4.9%'],
    ['en', en.charts.scatter.unplotted(1), ' 1 project lacks an amount or a score and is not drawn.'],
    ['en', en.charts.scatter.unplotted(3), ' 3 projects lack an amount or a score and are not drawn.'],
    ['zh', zh.charts.rate.undisclosed(6), '未披露（6个项目）'],
    ['en', en.charts.rate.undisclosed(6), 'Not disclosed (6 projects)'],
    ['en', en.charts.theme.barSummary(30, '62.5', 42), ': 30 projects (62.5%), 42 problems'],
    ['zh', zh.storage.full('a.txt'), 'a.txt：浏览器存储空间已满，数据只在本次打开期间可用，关闭页面后不会保留。'],
    ['en', en.storage.corruptDataset('a.txt', null), 'The saved dataset a.txt is damaged and was skipped.'],
  ])('%s: %j', (_, actual, expected) => expect(actual).toBe(expected))

  it('describes the grade chart in words, in each language', () => {
    const bars = [
      { grade: '优', count: 5, share: '54.7%' },
      { grade: '良', count: 3, share: '45.3%' },
      { grade: '中', count: 0, share: '0%' },
      { grade: '差', count: 0, share: '0%' },
    ] as const
    expect(zh.charts.grade.description(bars, 1)).toBe(
      '柱状图：各评价等级的项目数与决算金额占比。优5项（占金额54.7%），良3项（占金额45.3%），中0项，差0项；另有1项未注明等级。',
    )
    expect(en.charts.grade.description(bars, 1)).toBe(
      'Bar chart: projects per grade and their share of the final amount. 优 Excellent: 5 projects (54.7% of amount), 良 Good: 3 projects (45.3% of amount), 中 Fair: 0 projects, 差 Poor: 0 projects; 1 project states no grade.',
    )
  })

  it('describes the theme chart in words, in English', () => {
    expect(
      en.charts.theme.description('heatmap', 8, [{ theme: 'budgeting', projects: 6, items: 6 }, { theme: 'contracts', projects: 1, items: 1 }], ['other']),
    ).toBe('Heat map: problem items per theme in each of 8 projects. Budget preparation in 6 projects, 6 items; Contract management in 1 project, 1 item. Not found: Other.')
    expect(en.charts.theme.description('bars', 41, [], [])).toBe('Bar chart: how many of 41 projects each problem theme occurs in. No problems are listed.')
  })

  it('keeps a notice in every language', () => {
    expect(localized((t) => t.imports.empty('空.txt'))).toEqual({
      zh: '空.txt：文件是空的，未导入。',
      en: '空.txt: the file is empty; not imported.',
    })
  })
})

describe('wrapLabel (the Chinese heat-map columns)', () => {
  it.each([
    ['采购', '采购'],
    ['预算编制', '预算编制'],
    ['制度与台账', '制度\n与台账'],
    ['资金使用与核算', '资金使用\n与核算'],
    ['其他很长的主题名', '其他很长\n的主题名'],
  ])('%s → %j', (label, expected) => expect(wrapLabel(label)).toBe(expected))
})
