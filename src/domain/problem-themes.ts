import type { ProjectRow } from './project-row.ts'
import { normalizeForSearch } from './search-text.ts'
import type { Project } from './types.ts'

/**
 * Problem themes: what kind of shortcoming a 存在问题 item names, so that what recurs across
 * projects can be counted. Assignment is a plain keyword table, on purpose: a reader can see why an
 * item got a theme (the keywords it contains), and a wrong assignment is fixed by editing one line.
 *
 * Rules:
 * - An item gets every theme one of whose keywords it contains (so 预算执行率偏低，预算编制不够精确
 *   is both 预算执行 and 预算编制). Only the item's own text counts, not its suggestion or
 *   rectification.
 * - Matching runs on the search form of both sides (NFKC, lower case, no whitespace), so full-width
 *   and half-width, Kangxi radicals and line-break spaces do not matter.
 * - 其他 only when no keyword of any other theme occurs.
 * - Keywords are phrases, not single generic characters: bare 预算, 执行, 资金, 细化 occur in items of
 *   every kind (履行执行有偏差 is about a contract; 合同未细化约定 is not about performance targets).
 */

export const THEME_IDS = [
  'budgeting',
  'execution',
  'funds',
  'contracts',
  'targets',
  'records',
  'procurement',
  'satisfaction',
  'other',
] as const

/** Stable ASCII id of a theme, used in URLs and as a key. */
export type ThemeId = (typeof THEME_IDS)[number]

export interface Theme {
  id: ThemeId
  /** Chinese name, as the UI shows it. */
  label: string
  /** One sentence on what the theme covers. */
  description: string
  /** Phrases any one of which assigns the theme; empty for 其他. */
  keywords: readonly string[]
}

/** The keyword table, in display order (其他 last). */
export const THEMES: readonly Theme[] = [
  {
    id: 'budgeting',
    label: '预算编制',
    description: '预算编得不准、不细，口径或分类不当，二级、三级项目设置不合理。',
    keywords: [
      '预算编制',
      '编制预算',
      '编制口径',
      '预算口径',
      '预算分类',
      '预算测算',
      '测算依据',
      '预算结构',
      '预算编报',
      '预算申报',
      '预算明细',
      '二级项目',
      '三级项目',
      '三级明细',
    ],
  },
  {
    id: 'execution',
    label: '预算执行',
    description: '执行率低、进度慢、资金结余或沉淀，实施内容与预算安排相比调整多或未执行。',
    keywords: ['预算执行', '执行率', '执行进度', '支出进度', '未执行', '调整较多', '预算调整', '结余', '结转', '沉淀', '闲置'],
  },
  {
    id: 'funds',
    label: '资金使用与核算',
    description: '资金使用不规范，核算或列支不当，项目与公用经费或不同项目之间的支出混淆。',
    keywords: [
      '资金使用',
      '资金管理',
      '经费使用',
      '核算',
      '列支',
      '公用经费',
      '混淆',
      '挪用',
      '截留',
      '挤占',
      '超范围',
      '超标准',
      '开支范围',
      '支出范围',
      '专款专用',
      '报销',
      '账务',
      '会计',
      '票据',
      '凭证',
    ],
  },
  {
    id: 'contracts',
    label: '合同管理',
    description: '合同签订、条款、付款方式和履约，服务或成果的验收。',
    keywords: ['合同', '协议', '履约', '履行', '付款方式', '支付方式', '付款条款', '支付条款', '分期付款', '一次性支付', '验收', '违约'],
  },
  {
    id: 'targets',
    label: '绩效目标与指标',
    description: '绩效目标缺失、不合理或不可量化，指标不细、不可衡量或与预算不匹配。',
    keywords: ['绩效目标', '绩效指标', '目标值', '指标', '可量化', '可衡量', '量化'],
  },
  {
    id: 'records',
    label: '制度与台账',
    description: '管理制度缺失或未落实，台账、档案、记录和考核结果未建立或未留存。',
    keywords: ['制度', '台账', '档案', '留存', '资料', '记录', '管理办法', '内控', '内部控制', '流程', '规章'],
  },
  {
    id: 'procurement',
    label: '采购',
    description: '政府采购与招投标：程序、方式、供应商选择。',
    keywords: ['采购', '招标', '投标', '比选', '询价', '磋商', '单一来源', '竞争性谈判', '供应商'],
  },
  {
    id: 'satisfaction',
    label: '满意度',
    description: '服务对象、使用者或受益者的满意度、体验和认可度不高。',
    keywords: ['满意', '体验', '使用者', '受益', '用户', '服务对象', '获得感', '认可度', '投诉'],
  },
  {
    id: 'other',
    label: '其他',
    description: '上表关键词都未出现的问题，留待人工归类。',
    keywords: [],
  },
]

const BY_ID = new Map(THEMES.map((t) => [t.id, t]))

/** The theme with this id. */
export function themeById(id: ThemeId): Theme {
  return BY_ID.get(id) as Theme
}

export const isThemeId = (id: string): id is ThemeId => (THEME_IDS as readonly string[]).includes(id)

const OTHER = themeById('other')
const NORMALIZED = THEMES.map((t) => ({ theme: t, keywords: t.keywords.map(normalizeForSearch) }))

export interface ThemeMatch {
  theme: Theme
  /** The keywords of the table that occur in the item, as written in the table; empty for 其他. */
  keywords: string[]
}

/** Every theme of an item with the keywords that gave it, in table order; [其他] when none matches. */
export function themeMatches(item: string): ThemeMatch[] {
  const text = normalizeForSearch(item)
  const matches: ThemeMatch[] = []
  for (const { theme, keywords } of NORMALIZED) {
    const found = theme.keywords.filter((_, i) => text.includes(keywords[i] ?? '\u0000'))
    if (found.length > 0) matches.push({ theme, keywords: found })
  }
  return matches.length > 0 ? matches : [{ theme: OTHER, keywords: [] }]
}

/** The themes of one problem item, in table order; [其他] when no keyword occurs. */
export function themesOf(item: string): Theme[] {
  return themeMatches(item).map((m) => m.theme)
}

/** The theme ids of one problem item, in table order. */
export function themeIdsOf(item: string): ThemeId[] {
  return themeMatches(item).map((m) => m.theme.id)
}

/** True when the item has at least one of the themes; false for an empty selection. */
export function itemHasTheme(item: string, themes: readonly ThemeId[]): boolean {
  if (themes.length === 0) return false
  return themeIdsOf(item).some((id) => themes.includes(id))
}

export type ThemeCounts = Readonly<Record<ThemeId, number>>

const zeroCounts = (): Record<ThemeId, number> =>
  Object.fromEntries(THEME_IDS.map((id) => [id, 0])) as Record<ThemeId, number>

// Projects are never mutated once parsed: their counts are worked out once, whatever filters come and go.
const countCache = new WeakMap<Project, ThemeCounts>()

/** How many of the project's problem items have each theme (an item with two themes counts in both). */
export function projectThemeCounts(project: Project): ThemeCounts {
  const cached = countCache.get(project)
  if (cached !== undefined) return cached
  const counts = zeroCounts()
  for (const item of project.problems) for (const id of themeIdsOf(item)) counts[id]++
  countCache.set(project, counts)
  return counts
}

/** The themes that at least one of the project's problem items has, in table order; [] without problems. */
export function projectThemes(project: Project): ThemeId[] {
  const counts = projectThemeCounts(project)
  return THEME_IDS.filter((id) => counts[id] > 0)
}

/** True when the project has at least one of the themes (the theme filter: any of them). */
export function projectHasAnyTheme(project: Project, themes: readonly ThemeId[]): boolean {
  const counts = projectThemeCounts(project)
  return themes.some((id) => counts[id] > 0)
}

export interface ThemeTotal {
  theme: ThemeId
  /** Projects with at least one item of the theme. */
  projects: number
  /** Problem items of the theme, over all projects. */
  items: number
}

export interface ThemeMatrix {
  /** Every theme, in table order: the matrix's rows. */
  themes: readonly ThemeId[]
  /** The projects, in the order given: the matrix's columns. */
  rows: readonly ProjectRow[]
  /** counts[t][p]: problem items of themes[t] in rows[p]. */
  counts: number[][]
  /** Per theme, in table order. */
  totals: ThemeTotal[]
}

/** Themes × projects: how many problem items of each theme each project lists. */
export function themeMatrix(rows: readonly ProjectRow[]): ThemeMatrix {
  const perRow = rows.map((r) => projectThemeCounts(r.project))
  const counts = THEME_IDS.map((id) => perRow.map((c) => c[id]))
  const totals = THEME_IDS.map((theme, t) => {
    const line = counts[t] ?? []
    return { theme, projects: line.filter((n) => n > 0).length, items: line.reduce((a, n) => a + n, 0) }
  })
  return { themes: THEME_IDS, rows, counts, totals }
}

/** Per theme, in table order: projects with the theme and items of the theme. */
// The facet and the key figure often ask about the same rows (no theme filter set): counted once.
const totalsCache = new WeakMap<readonly ProjectRow[], ThemeTotal[]>()

export function themeTotals(rows: readonly ProjectRow[]): ThemeTotal[] {
  const cached = totalsCache.get(rows)
  if (cached !== undefined) return [...cached]
  const totals = THEME_IDS.map((theme) => ({ theme, projects: 0, items: 0 }))
  for (const row of rows) {
    const counts = projectThemeCounts(row.project)
    for (const total of totals) {
      const n = counts[total.theme]
      if (n > 0) {
        total.projects++
        total.items += n
      }
    }
  }
  totalsCache.set(rows, totals)
  return [...totals]
}

export interface CommonTheme extends ThemeTotal {
  label: string
}

/**
 * The key figure "most common problem theme": the theme found in the most projects (recurrence
 * across projects is the point); ties go to the theme with more items, then to table order, where
 * 其他 comes last. Null when no project in the rows lists a problem.
 */
export function mostCommonTheme(rows: readonly ProjectRow[]): CommonTheme | null {
  let best: ThemeTotal | null = null
  for (const total of themeTotals(rows)) {
    if (total.projects === 0) continue
    if (best === null || total.projects > best.projects || (total.projects === best.projects && total.items > best.items)) {
      best = total
    }
  }
  return best === null ? null : { ...best, label: themeById(best.theme).label }
}
