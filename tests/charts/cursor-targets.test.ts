import { describe, expect, it } from 'vitest'
import { gradeCursor, rateCursor, scatterCursor, themeBarCursor, themeCellCursor } from '../../src/charts/cursor-targets.ts'
import { gradeBars } from '../../src/charts/grade-option.ts'
import { rateBars } from '../../src/charts/rate-option.ts'
import { buildScatterOption } from '../../src/charts/scatter-option.ts'
import { buildThemeOption } from '../../src/charts/theme-option.ts'
import { toRows } from '../../src/domain/project-row.ts'
import { bundled, bundledRows } from '../support/bundled.ts'
import { rowsOf } from '../support/project.ts'
import { messagesFor } from '../../src/i18n/catalogue.ts'

const UNNAMED = messagesFor('zh').common.unnamed

const ENV = { reducedMotion: false, dark: false, locale: 'zh' } as const
const scatterModel = buildScatterOption(bundledRows, null, ENV)

describe('scatterCursor', () => {
  const { targets, layout } = scatterCursor(scatterModel, false, 'zh')

  it('walks the points left to right, by amount', () => {
    expect(targets.map((t) => t.key)).toEqual([
      'bundled/2', // 139.30
      'bundled/3', // 267.36
      'bundled/6', // 269.59
      'bundled/1', // 278.31
      'bundled/4', // 336.18
      'bundled/0', // 338.62
      'bundled/5', // 989.28
      'bundled/7', // 1,059.83
    ])
    expect(targets.map((t) => t.rowId)).toEqual(targets.map((t) => t.key))
  })

  it('walks them up and down by score: the order of Up, lowest score first', () => {
    // 85.12, 89.60, 89.81, 90.13, 90.61, 92.83, 93.17, 94.51.
    expect(layout).toEqual({ kind: 'ranks', count: 8, upOrder: [4, 2, 7, 1, 6, 3, 5, 0] })
  })

  it('points at each project’s data item in its grade’s series (优 is series 0, 良 series 1)', () => {
    expect(targets.map((t) => [t.seriesIndex, t.dataIndex])).toEqual([
      [0, 2],
      [0, 3],
      [1, 1],
      [0, 1],
      [1, 0],
      [0, 0],
      [0, 4],
      [1, 2],
    ])
  })

  it('says the project, amount with unit, score, grade and place, in Chinese', () => {
    expect(targets.slice(0, 3).map((t) => t.text)).toEqual([
      '2018年干部考评和人才发展工作经费，决算金额 139.30 万元，评价分值 94.51，评价结论 优，1 / 8',
      '2018年度领导干部培训经费项目，决算金额 267.36 万元，评价分值 90.13，评价结论 优，2 / 8',
      '2018年上海市党员干部现代远程教育工作经费，决算金额 269.59 万元，评价分值 89.60，评价结论 良，3 / 8',
    ])
    expect(targets[7]?.text).toBe('2018年组织部门建设和管理工作，决算金额 1,059.83 万元，评价分值 89.81，评价结论 良，8 / 8')
    expect(targets[0]?.reportText).toBe('2018年干部考评和人才发展工作经费')
    expect(targets[0]?.action).toEqual({ kind: 'open', rowId: 'bundled/2' })
  })

  it('says it in English, the name as published', () => {
    const en = scatterCursor(scatterModel, false, 'en').targets
    expect(en[0]?.text).toBe('2018年干部考评和人才发展工作经费, final amount 139.30 (10k CNY), score 94.51, grade 优 Excellent, 1 / 8')
    expect(en[2]?.text).toBe('2018年上海市党员干部现代远程教育工作经费, final amount 269.59 (10k CNY), score 89.60, grade 良 Good, 3 / 8')
  })

  it('names the dataset when several are compared, and an unnamed or ungraded project as such', () => {
    const rows = [
      ...toRows('a', [{ ...bundled.dataset.projects[0]!, name: null, grade: null }], '甲局 2018'),
      ...toRows('b', bundled.dataset.projects.slice(1, 2), '乙局 2019'),
    ]
    const model = buildScatterOption(rows, null, ENV, [
      { id: 'a', label: '甲局 2018' },
      { id: 'b', label: '乙局 2019' },
    ])
    const zh = scatterCursor(model, true, 'zh').targets
    expect(zh.map((t) => t.text)).toEqual([
      '2018年党代表工作经费，决算金额 278.31 万元，评价分值 92.83，评价结论 优，数据集 乙局 2019，1 / 2',
      '（未注明项目名称），决算金额 338.62 万元，评价分值 93.17，评价结论 未披露，数据集 甲局 2018，2 / 2',
    ])
    expect(zh.map((t) => t.reportText)).toEqual(['2018年党代表工作经费', null])
    // The ungraded point is in the series after the four grades.
    expect(zh[1]).toMatchObject({ seriesIndex: 4, dataIndex: 0 })
    expect(scatterCursor(model, true, 'en').targets[1]?.text).toBe(
      '(project name not stated), final amount 338.62 (10k CNY), score 93.17, grade not disclosed, dataset 甲局 2018, 2 / 2',
    )
  })

  it('orders equal amounts by score, then by document order', () => {
    const rows = rowsOf(
      { name: '甲', amountWan: 10, score: 80, grade: '良' },
      { name: '乙', amountWan: 10, score: 70, grade: '中' },
      { name: '丙', amountWan: 10, score: 80, grade: '良' },
      { name: '丁', amountWan: 5, score: 95, grade: '优' },
    )
    const { targets: ts, layout: l } = scatterCursor(buildScatterOption(rows, null, ENV), false, 'zh')
    expect(ts.map((t) => t.key)).toEqual(['t/3', 't/1', 't/0', 't/2'])
    expect(l).toEqual({ kind: 'ranks', count: 4, upOrder: [1, 2, 3, 0] })
  })
})

describe('gradeCursor', () => {
  it('walks 优 良 中 差 left to right, says count, share and whether the grade filters, and toggles it on Enter', () => {
    const { targets, layout } = gradeCursor(gradeBars(bundledRows), ['良'], 'zh')
    expect(layout).toEqual({ kind: 'line', count: 4 })
    expect(targets.map((t) => t.text)).toEqual([
      '优：5 个项目，占决算金额 54.7%，1 / 4',
      '良：3 个项目，占决算金额 45.3%，筛选中，2 / 4',
      '中：0 个项目，占决算金额 0%，3 / 4',
      '差：0 个项目，占决算金额 0%，4 / 4',
    ])
    expect(targets.map((t) => [t.key, t.seriesIndex, t.dataIndex, t.rowId])).toEqual([
      ['优', 0, 0, null],
      ['良', 0, 1, null],
      ['中', 0, 2, null],
      ['差', 0, 3, null],
    ])
    expect(targets[1]?.action).toEqual({ kind: 'grade', grade: '良' })
  })

  it('says it in English', () => {
    expect(gradeCursor(gradeBars(bundledRows), ['良'], 'en').targets.map((t) => t.text)).toEqual([
      '优 Excellent: 5 projects, 54.7% of the final amount, 1 / 4',
      '良 Good: 3 projects, 45.3% of the final amount, filter on, 2 / 4',
      '中 Fair: 0 projects, 0% of the final amount, 3 / 4',
      '差 Poor: 0 projects, 0% of the final amount, 4 / 4',
    ])
  })
})

describe('rateCursor', () => {
  it('walks the bars top to bottom (highest first) and opens the project on Enter', () => {
    const { targets, layout } = rateCursor('bars', rateBars(bundledRows, UNNAMED), 'zh')
    expect(layout).toEqual({ kind: 'line', count: 2 })
    expect(targets).toEqual([
      {
        key: 'bundled/2',
        seriesIndex: 0,
        dataIndex: 0,
        rowId: 'bundled/2',
        text: '2018年干部考评和人才发展工作经费，预算执行率 83.63%，1 / 2',
        reportText: '2018年干部考评和人才发展工作经费',
        action: { kind: 'open', rowId: 'bundled/2' },
      },
      {
        key: 'bundled/3',
        seriesIndex: 0,
        dataIndex: 1,
        rowId: 'bundled/3',
        text: '2018年度领导干部培训经费项目，预算执行率 80.21%，2 / 2',
        reportText: '2018年度领导干部培训经费项目',
        action: { kind: 'open', rowId: 'bundled/3' },
      },
    ])
    expect(rateCursor('bars', rateBars(bundledRows, UNNAMED), 'en').targets.map((t) => t.text)).toEqual([
      '2018年干部考评和人才发展工作经费, budget execution rate 83.63%, 1 / 2',
      '2018年度领导干部培训经费项目, budget execution rate 80.21%, 2 / 2',
    ])
  })

  it('walks the bands of rates when there are too many bars; Enter does nothing there', () => {
    const rows = rowsOf(...Array.from({ length: 41 }, (_, i) => ({ name: `项目${i}`, executionRate: i < 40 ? 95 : 40 })))
    const { targets, layout } = rateCursor('bins', rateBars(rows, UNNAMED), 'zh')
    expect(layout).toEqual({ kind: 'line', count: 8 })
    expect(targets.map((t) => t.text)).toEqual([
      '预算执行率 <50%：1 个项目，1 / 8',
      '预算执行率 50–60%：0 个项目，2 / 8',
      '预算执行率 60–70%：0 个项目，3 / 8',
      '预算执行率 70–80%：0 个项目，4 / 8',
      '预算执行率 80–90%：0 个项目，5 / 8',
      '预算执行率 90–95%：0 个项目，6 / 8',
      '预算执行率 95–<100%：40 个项目，7 / 8',
      '预算执行率 100%：0 个项目，8 / 8',
    ])
    expect(new Set(targets.map((t) => JSON.stringify([t.rowId, t.reportText, t.action])))).toEqual(
      new Set([JSON.stringify([null, null, { kind: 'none' }])]),
    )
    expect(rateCursor('bins', rateBars(rows, UNNAMED), 'en').targets[6]?.text).toBe('Budget execution rate 95–<100%: 40 projects, 7 / 8')
  })
})

describe('themeCellCursor', () => {
  const model = buildThemeOption(bundledRows, [], ENV)
  const { targets, layout } = themeCellCursor(model.cells, bundledRows, ['contracts'], 'zh')

  it('walks the cells in reading order: project by project, theme by theme', () => {
    expect(targets).toHaveLength(27)
    expect(targets.slice(0, 6).map((t) => t.key)).toEqual([
      'budgeting bundled/0',
      'funds bundled/0',
      'contracts bundled/0',
      'budgeting bundled/1',
      'targets bundled/1',
      'budgeting bundled/2',
    ])
    // Each points at its item in the series' data, which goes theme by theme.
    expect(targets.slice(0, 6).map((t) => t.dataIndex)).toEqual([0, 9, 13, 1, 18, 2])
    if (layout.kind !== 'grid') throw new Error('a grid')
    expect(layout.cells.slice(0, 6)).toEqual([
      { row: 0, column: 0 },
      { row: 0, column: 2 },
      { row: 0, column: 3 },
      { row: 1, column: 0 },
      { row: 1, column: 4 },
      { row: 2, column: 0 },
    ])
  })

  it('says the project, the theme, its items there, whether the theme filters, and the place', () => {
    expect(targets[0]?.text).toBe('2018年基层党建及队伍教育管理，预算编制：1 条问题，1 / 27')
    expect(targets[2]?.text).toBe('2018年基层党建及队伍教育管理，合同管理：1 条问题，筛选中，3 / 27')
    expect(targets.find((t) => t.key === 'contracts bundled/5')?.text).toBe('2018年度在线学习工作经费项目，合同管理：3 条问题，筛选中，18 / 27')
    expect(targets[2]).toMatchObject({
      rowId: 'bundled/0',
      reportText: '2018年基层党建及队伍教育管理',
      action: { kind: 'theme', theme: 'contracts', rowId: 'bundled/0' },
    })
    const en = themeCellCursor(model.cells, bundledRows, ['contracts'], 'en').targets
    expect(en[0]?.text).toBe('2018年基层党建及队伍教育管理, Budget preparation: 1 item, 1 / 27')
    expect(en[17]?.text).toBe('2018年度在线学习工作经费项目, Contract management: 3 items, filter on, 18 / 27')
  })
})

describe('themeBarCursor', () => {
  it('walks the themes top to bottom and toggles the theme on Enter', () => {
    const rows = Array.from({ length: 6 }, (_, k) => toRows(`copy${k}`, bundled.dataset.projects)).flat()
    const { totals } = buildThemeOption(rows, [], ENV)
    const { targets, layout } = themeBarCursor(totals, ['funds'], 'zh')
    expect(layout).toEqual({ kind: 'line', count: 9 })
    expect(targets.slice(0, 3).map((t) => t.text)).toEqual([
      '预算编制：36 个项目，36 条问题，1 / 9',
      '预算执行：18 个项目，18 条问题，2 / 9',
      '资金使用与核算：24 个项目，24 条问题，筛选中，3 / 9',
    ])
    expect(targets[2]).toMatchObject({ key: 'funds', dataIndex: 2, rowId: null, action: { kind: 'theme', theme: 'funds', rowId: null } })
    expect(themeBarCursor(totals, ['funds'], 'en').targets[2]?.text).toBe('Use of funds and accounting: 24 projects, 24 problems, filter on, 3 / 9')
  })
})
