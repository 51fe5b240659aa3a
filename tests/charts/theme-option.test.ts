import type { BarSeriesOption, HeatmapSeriesOption } from 'echarts/charts'
import { describe, expect, it } from 'vitest'
import {
  buildThemeOption,
  HEAT_COLORS,
  HEATMAP_MAX_PROJECTS,
  themeAxisFit,
  themeClickOf,
} from '../../src/charts/theme-option.ts'
import { THEME_IDS, type ThemeId } from '../../src/domain/problem-themes.ts'
import { type ProjectRow, toRows } from '../../src/domain/project-row.ts'
import { bundled, bundledRows } from '../support/bundled.ts'
import { rowsOf, XSS_ESCAPED, XSS_NAME } from '../support/project.ts'

const ENV = { reducedMotion: false, dark: false, locale: 'zh' } as const

type Cell = {
  value: [number, number, number]
  theme: ThemeId
  rowId: string
  itemStyle: { opacity: number; borderWidth: number }
  label: { color: string }
}
type Bar = { id: ThemeId; value: number; itemStyle: { opacity: number; borderWidth: number }; label: { formatter: string } }
type Axis = { data: string[]; axisLabel: { formatter: (value: string) => string; rotate?: number }; triggerEvent?: boolean }

const cellsOf = (selected: readonly ThemeId[] = [], rows: readonly ProjectRow[] = bundledRows) =>
  ((buildThemeOption(rows, selected, ENV).option.series as HeatmapSeriesOption[])[0]?.data ?? []) as Cell[]
const tooltipOf = (rows: readonly ProjectRow[], dataIndex: number): string => {
  const tooltip = buildThemeOption(rows, [], ENV).option.tooltip as { formatter: (p: unknown) => string }
  return tooltip.formatter({ dataIndex })
}
const labelsOf = (axis: unknown): string[] => {
  const { data, axisLabel } = axis as Axis
  return data.map((v) => axisLabel.formatter(v))
}

const styles = (selected: ThemeId[]) => cellsOf(selected).map((c) => [c.theme, c.itemStyle.opacity, c.itemStyle.borderWidth])

/** The bundled projects copied `times` times, as if several years of the same report were compared. */
const copies = (times: number): ProjectRow[] =>
  Array.from({ length: times }, (_, k) => toRows(`copy${k}`, bundled.dataset.projects)).flat()

describe('buildThemeOption: heat map (up to 40 projects)', () => {
  it('draws one cell per theme and project that has items: [theme, project, items]', () => {
    const model = buildThemeOption(bundledRows, [], ENV)
    expect(model.mode).toBe('heatmap')
    expect(cellsOf().map((c) => c.value)).toEqual([
      [0, 0, 1], [0, 1, 1], [0, 2, 1], [0, 4, 1], [0, 6, 1], [0, 7, 1], // 预算编制
      [1, 2, 1], [1, 3, 1], [1, 4, 1], // 预算执行
      [2, 0, 1], [2, 4, 1], [2, 6, 1], [2, 7, 1], // 资金使用与核算
      [3, 0, 1], [3, 2, 1], [3, 5, 3], [3, 6, 1], [3, 7, 1], // 合同管理
      [4, 1, 1], [4, 3, 1], [4, 4, 1], [4, 5, 1], [4, 6, 1], // 绩效目标与指标
      [5, 2, 1], [5, 3, 2], [5, 4, 1], // 制度与台账
      [7, 5, 1], // 满意度
    ])
    expect(model.cells.map((c) => [c.theme, c.row.index, c.count])).toEqual(
      cellsOf().map((c) => [THEME_IDS[c.value[0]], c.value[1], c.value[2]]),
    )
    expect(cellsOf().find((c) => c.value[0] === 3 && c.value[1] === 5)).toMatchObject({
      theme: 'contracts',
      rowId: 'bundled/5',
      label: { color: '#ffffff' },
    })
  })

  it('puts the themes on x (names wrapped at 与) and the projects on y, first on top, names cut at 16', () => {
    const { option, height } = buildThemeOption(bundledRows, [], ENV)
    expect((option.xAxis as Axis).data).toEqual([...THEME_IDS])
    expect((option.xAxis as Axis).triggerEvent).toBe(true)
    expect(labelsOf(option.xAxis)).toEqual([
      '预算编制',
      '预算执行',
      '资金使用\n与核算',
      '合同管理',
      '绩效目标\n与指标',
      '制度\n与台账',
      '采购',
      '满意度',
      '其他',
    ])
    expect(option.yAxis).toMatchObject({ type: 'category', inverse: true, data: bundledRows.map((r) => r.id) })
    expect(labelsOf(option.yAxis)).toEqual([
      '2018年基层党建及队伍教育管理',
      '2018年党代表工作经费',
      '2018年干部考评和人才发展工…',
      '2018年度领导干部培训经费项目',
      '2018年党建服务工作经费项目',
      '2018年度在线学习工作经费项目',
      '2018年上海市党员干部现代远…',
      '2018年组织部门建设和管理工作',
    ])
    // The legend's 40 px, 8 rows of 24 px, 40 px of theme names, an 8 px margin.
    expect(height).toBe(40 + 8 * 24 + 40 + 8)
    expect(option.grid).toMatchObject({ top: 40, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' })
  })

  it.each([
    // One to three projects share 72 px: no row is a thin strip, and no two names overlap.
    [1, 160, 72],
    [2, 160, 36],
    [3, 160, 24],
    // From four on, 24 px a row.
    [4, 184, 24],
    [5, 208, 24],
  ])('grows with its rows: %s projects → %s px, %s px a row', (projects, height, rowHeight) => {
    const model = buildThemeOption(bundledRows.slice(0, projects), [], ENV)
    expect(model.height).toBe(height)
    // What is left for the rows once the legend, the theme names and the margin have theirs.
    expect((model.height - 40 - 40 - 8) / projects).toBe(rowHeight)
  })

  it('colours 1, 2 and ≥ 3 items by a piecewise visual map the reader cannot switch off', () => {
    expect(buildThemeOption(bundledRows, [], ENV).option.visualMap).toMatchObject({
      type: 'piecewise',
      dimension: 2,
      selectedMode: false,
      pieces: [
        { value: 1, label: '1条', color: HEAT_COLORS[0] },
        { value: 2, label: '2条', color: HEAT_COLORS[1] },
        { gte: 3, label: '≥3条', color: HEAT_COLORS[2] },
      ],
    })
  })

  it('describes the totals per theme, and names the themes that do not occur', () => {
    const { description, option } = buildThemeOption(bundledRows, [], ENV)
    expect(description).toBe(
      '热力图：各问题主题在各项目中出现的条数，共8个项目。预算编制6个项目6条，预算执行3个项目3条，' +
        '资金使用与核算4个项目4条，合同管理5个项目7条，绩效目标与指标5个项目5条，制度与台账3个项目4条，' +
        '满意度1个项目1条。未出现：采购、其他。',
    )
    expect(option.aria).toEqual({ enabled: true, label: { description } })
  })

  it('dims the themes outside an active theme filter and outlines the selected ones', () => {
    expect(new Set(styles([]).map(([, o, b]) => `${o}/${b}`))).toEqual(new Set(['1/0']))
    const selected = styles(['contracts', 'records'])
    expect(selected.filter(([t]) => t === 'contracts' || t === 'records').every(([, o, b]) => o === 1 && b === 2)).toBe(true)
    expect(selected.filter(([t]) => t !== 'contracts' && t !== 'records').every(([, o, b]) => o === 0.3 && b === 0)).toBe(true)
  })

  it('lists the cell’s items in its tooltip', () => {
    // Cell 15 is 合同管理 × 2018年度在线学习工作经费项目: 3 items.
    expect(tooltipOf(bundledRows, 15)).toBe(
      [
        '<strong>2018年度在线学习工作经费项目</strong>',
        '合同管理：3 条',
        '· 运维合同签订晚于项目启动时间，合同约定服务时间与实际服务时间不一致。',
        '· 部分课件开发合同未细化约定分批分阶段提交时间。',
        '· 课件开发合同支付条款不适应实际工作开展情况。',
        '点击按此主题筛选并打开项目',
      ].join('<br/>'),
    )
    expect(tooltipOf(bundledRows, 999)).toBe('')
  })

  it('escapes report text in the tooltip', () => {
    const rows = rowsOf({ name: XSS_NAME, problems: [`合同未签订${XSS_NAME}`] })
    const html = tooltipOf(rows, 0)
    expect(html).toContain(`<strong>${XSS_ESCAPED}</strong>`)
    expect(html).toContain(`· 合同未签订${XSS_ESCAPED}`)
    expect(html).not.toContain('<img')
  })

  it('names the dataset in the tooltip when projects of several datasets are compared', () => {
    const rows = [...toRows('a', bundled.dataset.projects.slice(0, 1), '甲局 2018'), ...toRows('b', bundled.dataset.projects.slice(0, 1), '乙局 2019')]
    expect(tooltipOf(rows, 0).split('<br/>').slice(0, 2)).toEqual(['<strong>2018年基层党建及队伍教育管理</strong>', '甲局 2018'])
  })

  it('keeps the heat map up to 40 projects', () => {
    expect(HEATMAP_MAX_PROJECTS).toBe(40)
    const model = buildThemeOption(copies(5), [], ENV)
    expect(model.mode).toBe('heatmap')
    expect(model.height).toBe(40 + 40 * 24 + 40 + 8)
  })
})

describe('themeAxisFit: the heat map’s labels at the chart’s width', () => {
  it.each([
    // Not measured yet: as wide.
    [null, 'zh', false, 16],
    // 375 px screen (the panel is 343 px): names cut at 10, theme names upright in both languages.
    [343, 'zh', true, 10],
    [343, 'en', true, 10],
    [559, 'zh', true, 10],
    // From 560 px names keep 16 characters; a column is (width − 16 × 12 − 28) / 9 px.
    [560, 'zh', true, 16],
    [699, 'zh', true, 16],
    [724, 'zh', false, 16],
    [800, 'en', true, 16],
    [976, 'en', false, 16],
    [1200, 'zh', false, 16],
  ] as const)('%s px, %s → upright %s, names cut at %s', (width, locale, upright, nameChars) => {
    expect(themeAxisFit(width, locale)).toEqual({ upright, nameChars })
  })
})

describe('buildThemeOption: the heat map on a narrow screen', () => {
  const NARROW = { upright: true, nameChars: 10 }

  it('stands the Chinese theme names upright, one character under the other, and cuts the names at 10', () => {
    const { option, height } = buildThemeOption(bundledRows, [], ENV, NARROW)
    expect(labelsOf(option.xAxis).slice(0, 3)).toEqual(['预\n算\n编\n制', '预\n算\n执\n行', '资\n金\n使\n用\n与\n核\n算'])
    expect((option.xAxis as Axis).axisLabel.rotate).toBeUndefined()
    expect(labelsOf(option.yAxis).slice(0, 3)).toEqual(['2018年基层党建…', '2018年党代表工…', '2018年干部考评…'])
    expect(height).toBe(40 + 8 * 24 + 40 + 72 + 8)
  })

  it('turns the English short names a quarter', () => {
    const { option } = buildThemeOption(bundledRows, [], { ...ENV, locale: 'en' }, NARROW)
    expect(labelsOf(option.xAxis)).toEqual([
      'Budgeting',
      'Execution',
      'Funds',
      'Contracts',
      'Targets',
      'Records',
      'Procurement',
      'Satisfaction',
      'Other',
    ])
    expect((option.xAxis as Axis).axisLabel.rotate).toBe(90)
  })

  it('keeps names whole where they are read: tooltip and description', () => {
    const { description } = buildThemeOption(bundledRows, [], ENV, NARROW)
    expect(description).toBe(buildThemeOption(bundledRows, [], ENV).description)
    const tooltip = buildThemeOption(bundledRows, [], ENV, NARROW).option.tooltip as { formatter: (p: unknown) => string }
    expect(tooltip.formatter({ dataIndex: 15 }).split('<br/>')[0]).toBe('<strong>2018年度在线学习工作经费项目</strong>')
  })
})

describe('buildThemeOption: bars (more than 40 projects)', () => {
  const rows = copies(6)
  const bars = (selected: ThemeId[] = []) =>
    ((buildThemeOption(rows, selected, ENV).option.series as BarSeriesOption[])[0]?.data ?? []) as Bar[]

  it('draws one bar per theme: the number of projects having it, labelled with the items', () => {
    const model = buildThemeOption(rows, [], ENV)
    expect(model.mode).toBe('bars')
    expect(model.cells).toEqual([])
    expect(bars().map((b) => [b.id, b.value, b.label.formatter])).toEqual([
      ['budgeting', 36, '36个项目 · 36条'],
      ['execution', 18, '18个项目 · 18条'],
      ['funds', 24, '24个项目 · 24条'],
      ['contracts', 30, '30个项目 · 42条'],
      ['targets', 30, '30个项目 · 30条'],
      ['records', 18, '18个项目 · 24条'],
      ['procurement', 0, '0个项目 · 0条'],
      ['satisfaction', 6, '6个项目 · 6条'],
      ['other', 0, '0个项目 · 0条'],
    ])
    expect(model.option.yAxis).toMatchObject({ type: 'category', inverse: true, triggerEvent: true, data: [...THEME_IDS] })
    expect(labelsOf(model.option.yAxis)[2]).toBe('资金使用与核算')
    expect(model.description).toMatch(/^条形图：各问题主题出现在多少个项目中，共48个项目。预算编制36个项目36条，/)
  })

  it('dims the unselected themes', () => {
    expect(bars(['funds']).map((b) => [b.itemStyle.opacity, b.itemStyle.borderWidth]).slice(1, 4)).toEqual([
      [0.3, 0],
      [1, 2],
      [0.3, 0],
    ])
  })

  it('gives the theme, its share of the projects and its description in the tooltip', () => {
    expect(tooltipOf(rows, 3)).toBe(
      '<strong>合同管理</strong>：30 个项目（62.5%），42 条问题<br/>合同签订、条款、付款方式和履约，服务或成果的验收。<br/>点击按此主题筛选',
    )
  })
})

describe('themeClickOf', () => {
  it.each([
    ['a heat-map cell', { componentType: 'series', data: { theme: 'contracts', rowId: 'bundled/5', value: [3, 5, 3] } }, { theme: 'contracts', rowId: 'bundled/5' }],
    ['a bar', { componentType: 'series', name: 'records', data: { id: 'records', value: 18 } }, { theme: 'records', rowId: null }],
    ['a theme name on x', { componentType: 'xAxis', value: 'funds' }, { theme: 'funds', rowId: null }],
    ['a theme name on y', { componentType: 'yAxis', value: 'targets' }, { theme: 'targets', rowId: null }],
    ['a project name on y', { componentType: 'yAxis', value: 'bundled/2' }, { theme: null, rowId: 'bundled/2' }],
    ['an unknown theme', { componentType: 'series', data: { theme: 'bogus' } }, null],
    ['the visual map', { componentType: 'visualMap', value: 1 }, null],
    ['nothing', null, null],
  ])('%s', (_, params, expected) => expect(themeClickOf(params)).toEqual(expected))
})

describe('buildThemeOption in English', () => {
  const EN = { ...ENV, locale: 'en' } as const

  it('names the themes, the legend and the series in English; project names stay as published', () => {
    const { option, description } = buildThemeOption(bundledRows, [], EN)
    expect(labelsOf(option.xAxis)).toEqual([
      'Budgeting',
      'Execution',
      'Funds',
      'Contracts',
      'Targets',
      'Records',
      'Procurement',
      'Satisfaction',
      'Other',
    ])
    expect(labelsOf(option.yAxis)[0]).toBe('2018年基层党建及队伍教育管理')
    expect((option.visualMap as { pieces: { label: string }[] }).pieces.map((p) => p.label)).toEqual(['1 item', '2 items', '≥3 items'])
    expect((option.series as HeatmapSeriesOption[])[0]?.name).toBe('Problem items')
    expect(description).toBe(
      'Heat map: problem items per theme in each of 8 projects. Budget preparation in 6 projects, 6 items; ' +
        'Budget execution in 3 projects, 3 items; Use of funds and accounting in 4 projects, 4 items; ' +
        'Contract management in 5 projects, 7 items; Performance targets and indicators in 5 projects, 5 items; ' +
        'Rules and records in 3 projects, 4 items; Satisfaction in 1 project, 1 item. Not found: Procurement, Other.',
    )
    expect(option.aria).toEqual({ enabled: true, label: { description } })
  })

  it('writes the cell tooltip in English around the report’s own text, escaped', () => {
    const tooltip = buildThemeOption(rowsOf({ name: XSS_NAME, problems: ['合同未约定验收。'] }), [], EN).option.tooltip as {
      formatter: (p: unknown) => string
    }
    expect(tooltip.formatter({ dataIndex: 0 })).toBe(
      `<strong>${XSS_ESCAPED}</strong><br/>Contract management: 1 item<br/>· 合同未约定验收。<br/>Click to filter by this theme and open the project`,
    )
  })

  it('labels the bars and their tooltip in English beyond 40 projects', () => {
    const rows = copies(6)
    const model = buildThemeOption(rows, [], EN)
    const bars = ((model.option.series as BarSeriesOption[])[0]?.data ?? []) as Bar[]
    expect(bars[3]?.label.formatter).toBe('30 projects · 42 items')
    expect(labelsOf(model.option.yAxis)[2]).toBe('Use of funds and accounting')
    expect((model.option.xAxis as { name: string }).name).toBe('Projects')
    const tooltip = model.option.tooltip as { formatter: (p: unknown) => string }
    expect(tooltip.formatter({ dataIndex: 3 })).toBe(
      '<strong>Contract management</strong>: 30 projects (62.5%), 42 problems<br/>' +
        'Signing contracts, their terms, payment and performance, and acceptance of the services or results.<br/>' +
        'Click to filter by this theme',
    )
  })
})
