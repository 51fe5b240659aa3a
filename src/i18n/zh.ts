import { AUDIT_FLAG_IDS, auditFlagById } from '../domain/audit-flags.ts'
import { formatScore, formatWan, formatYi, MISSING } from '../domain/format.ts'
import { GRADES } from '../domain/grade.ts'
import { CORE_FIELDS, type CoreField, type FormCounts, type ImportLoss } from '../domain/import-summary.ts'
import { THEME_IDS, themeById } from '../domain/problem-themes.ts'
import type { ChangeKind } from '../domain/series-changes.ts'
import type { FormKind } from '../domain/types.ts'
import type { Brush, SortColumn, SortKey } from '../domain/view.ts'
import type { FlagText, FormText, Messages, ResultChange, TablePlace, ThemeText } from './messages.ts'

/** "资金使用与核算" → "资金使用\n与核算", "制度与台账" → "制度\n与台账": narrow columns, whole words. */
export function wrapLabel(label: string): string {
  if (label.length <= 4) return label
  const at = label.indexOf('与')
  const cut = at > 0 ? at : 4
  return `${label.slice(0, cut)}\n${label.slice(cut)}`
}

/** What the interface shows where a report does not state a value: never 0. */
const NOT_DISCLOSED = '未披露'

/** The rectangle drawn on the scatter, in words: "金额 100.00–400.00 万元，分值 85.00–95.00". */
const brushRange = (brush: Brush): string =>
  `金额 ${formatWan(brush.amount[0])}–${formatWan(brush.amount[1])} 万元，分值 ${formatScore(brush.score[0])}–${formatScore(brush.score[1])}`

// The theme and flag tables of src/domain are written in Chinese: the Chinese interface shows them as they are.
const themes = Object.fromEntries(
  THEME_IDS.map((id) => {
    const { label, description } = themeById(id)
    return [id, { label, short: wrapLabel(label), description }]
  }),
) as Record<(typeof THEME_IDS)[number], ThemeText>

const flags = Object.fromEntries(
  AUDIT_FLAG_IDS.map((id) => {
    const { label, description } = auditFlagById(id)
    return [id, { label, description }]
  }),
) as Record<(typeof AUDIT_FLAG_IDS)[number], FlagText>

const forms: Readonly<Record<FormKind, FormText>> = {
  result: { short: '结果表', long: '绩效评价结果信息表' },
  'project-self-evaluation': { short: '项目自评', long: '项目支出绩效自评表' },
  'department-self-evaluation': { short: '部门自评', long: '部门整体支出绩效自评表' },
}

/** "工作表“项目自评”，A1:J38" or "第 3 页，表 2，A1:J38". */
const tablePlace = ({ sheet, page, table, cells }: TablePlace): string =>
  [sheet === null ? null : `工作表“${sheet}”`, page === null ? null : `第 ${page} 页`, sheet === null ? `表 ${table}` : null, cells]
    .filter((part) => part !== null)
    .join('，')

/** The columns as a sort announcement names them (the headers without their units). */
const SORT_NAMES: Readonly<Record<SortColumn, string>> = {
  dataset: '数据集',
  name: '项目名称',
  budget: '预算',
  amount: '决算金额',
  score: '评价分值',
  grade: '评价结论',
  executionRate: '预算执行率',
  problemCount: '问题数',
  scoreDelta: '分值变化',
  amountDelta: '金额变化',
}

/** The change facet's options and the filter pill's words (src/domain/series-changes.ts). */
const CHANGE_TEXT: Readonly<Record<ChangeKind, FlagText>> = {
  fell: { label: '分值下降', description: '评价分值低于同一项目上一年度的分值' },
  rose: { label: '分值上升', description: '评价分值高于同一项目上一年度的分值' },
  same: { label: '持平', description: '评价分值与同一项目上一年度的分值相同' },
  new: { label: '新增', description: '上一年度没有同一项目，而该部门有更早年度的数据集' },
  gone: { label: '不再出现', description: '下一年度没有同一项目，而该部门有更晚年度的数据集' },
}

/** The audit-flag facet and the diagnostics list, as their headings read: a notice points the reader to them. */
const FLAGS_HEADING = '审计提示'
const DIAGNOSTICS_HEADING = '解析诊断'

/** The core fields as a lost-values notice names them: the sort names, and 存在问题 as the report heads its list. */
const LOST_FIELD_NAMES: Readonly<Record<CoreField, string>> = {
  name: SORT_NAMES.name,
  amountWan: SORT_NAMES.amount,
  score: SORT_NAMES.score,
  grade: SORT_NAMES.grade,
  problems: '存在问题',
}

/** "已导入 a.txt：8 个项目，其中 3 个缺少数值（项目名称 2 个、存在问题 3 个），5 条解析提示。请在…中核对。" */
const SELF_EVALUATION_KINDS = ['project-self-evaluation', 'department-self-evaluation'] as const
/** "3 份项目支出绩效自评表、1 份部门整体支出绩效自评表，共 ": what a file of forms held. */
function formsPhrase(counts: FormCounts | undefined): string {
  const parts = SELF_EVALUATION_KINDS.flatMap((kind) => ((counts?.[kind] ?? 0) > 0 ? [`${counts?.[kind]} 份${forms[kind].long}`] : []))
  return parts.length === 0 ? '' : `${parts.join('、')}，共 `
}

function importedWithLoss(fileName: string, projects: number, notes: number, loss: ImportLoss, formCounts?: FormCounts): string {
  const fields = CORE_FIELDS.filter((f) => loss.byField[f] > 0).map((f) => `${LOST_FIELD_NAMES[f]} ${loss.byField[f]} 个`)
  const lacking = loss.projects > 0 ? `，其中 ${loss.projects} 个缺少数值（${fields.join('、')}）` : ''
  const errors = loss.errors > 0 ? `（${loss.errors} 条为错误）` : ''
  const noted = notes > 0 ? `，${notes} 条解析提示${errors}` : ''
  // Projects that lack values are what the flag filter finds; errors about the file only the diagnostics list shows.
  const where = loss.projects > 0 ? `${FLAGS_HEADING} › ${flags['missing-field'].label}` : DIAGNOSTICS_HEADING
  return `已导入 ${fileName}：${formsPhrase(formCounts)}${projects} 个项目${lacking}${noted}。请在“${where}”中核对。`
}

/** "按评价分值降序、项目名称升序排列"; no key: the report's own order. */
const sortPhrase = (keys: readonly SortKey[]): string =>
  keys.length === 0 ? '按报告原文顺序排列' : `按${keys.map((k) => `${SORT_NAMES[k.id]}${k.desc ? '降序' : '升序'}`).join('、')}排列`

function resultAnnouncement({ sorting, filtered, shown, total }: ResultChange): string {
  const showing = `显示 ${total} 个项目中的 ${shown} 个。`
  if (sorting === null) return showing
  return filtered ? `${sortPhrase(sorting)}，${showing}` : `${sortPhrase(sorting)}，共 ${shown} 个项目。`
}

/** "，3 / 8": where the keyboard cursor is, last in what it says. */
const place = ({ position, of }: { position: number; of: number }): string => `，${position} / ${of}`
const filteringNote = (filtering: boolean): string => (filtering ? '，筛选中' : '')

const zhDate = (date: Date): string => date.toLocaleString('zh-CN')
/** A print date and time in local time: 2026年12月3日 18:52. */
const ZH_DATE = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'long' })
const ZH_TIME = new Intl.DateTimeFormat('zh-CN', { timeStyle: 'short' })

/** A year as a sentence names it: "2018 年"; a dataset's label (no year known) as it is. */
const yearWords = (label: string): string => (/^\d{4}$/.test(label) ? `${label} 年` : label)
/** Shared phrases as evidence: 「一次性支付」「合同」. */
const quoted = (phrases: readonly string[]): string => phrases.map((p) => `「${p}」`).join('')
const ITEM_LISTS = { problems: '存在问题', suggestions: '整改建议', measures: '改进措施', rectifications: '整改情况' } as const
const ITEM_SHORT = { problems: '问题', suggestions: '建议', measures: '改进措施', rectifications: '整改' } as const

export const zh: Messages = {
  lang: 'zh-CN',

  language: {
    switchLabel: 'English',
    switchLang: 'en',
    switchTitle: 'Switch the interface to English',
  },

  common: {
    notDisclosed: NOT_DISCLOSED,
    missing: MISSING,
    unnamed: '（未注明项目名称）',
    all: '全部',
    projects: (n) => `${n} 个项目`,
    dateTime: zhDate,
  },

  grades: {
    label: (grade) => grade,
    name: { 优: '优', 良: '良', 中: '中', 差: '差' },
    axis: (grade) => grade,
  },

  themes,
  flags,
  forms,

  page: {
    brand: 'jixiao 绩效 · 项目绩效评价结果',
    documentTitle: 'jixiao 绩效 — 项目绩效评价结果',
    loading: '正在加载报告…',
    appLoadFailed: '无法加载本页的程序。请检查网络连接后刷新页面。',
    loadError: (file, reason) => `无法加载报告 ${file}：${reason}`,
    chartsLoading: '正在加载图表…',
    chartsFailed: '图表未能加载（可能已断网或应用已更新），请刷新页面。',
    chartsOnScroll: '图表在滚动到此处时加载。',
    chartsLoad: '载入图表',
    layingOut: '正在排版图表与项目表…',
    tableRegion: '项目列表',
    skipToTable: '跳到项目表',
    dropOverlay: '松开鼠标导入文件',
  },

  colorScheme: {
    legend: '配色',
    system: '跟随系统',
    light: '浅色',
    dark: '深色',
  },

  print: {
    button: '打印审计备忘录',
    selectionTitle: '打印当前筛选的项目、关键数字与图表',
    projectTitle: (name) => `打印项目“${name}”的事实、问题与整改`,
    memo: '审计备忘录',
    printedAt: (date) => `打印于 ${ZH_DATE.format(date)} ${ZH_TIME.format(date)}`,
    scope: '范围：',
    selectionScope: (shown, total) => `当前筛选的 ${shown} / ${total} 个项目`,
    projectScope: (name) => `项目“${name}”`,
    dataset: (label, fileName) => (label === fileName ? fileName : `${label}（${fileName}）`),
    datasets: (list) => `数据集：${list.join('；')}`,
    filters: (labels) => `筛选：${labels.length === 0 ? '无（全部项目）' : labels.join('；')}`,
    sorting: (keys) => `排序：${sortPhrase(keys)}`,
    pageNumber: (page, pages) => `第 ${page} 页，共 ${pages} 页`,
    citation: '引用：',
    sources: '项目出处',
    moreSources: (n) => `另有 ${n} 个项目未列出，其出处见导出的 CSV 或 JSON。`,
  },

  copyLink: {
    button: '复制链接',
    title: '复制本页链接：打开它的人看到同样的筛选、排序和项目',
    copied: '已复制',
    announced: '已复制链接。',
    failed: '无法复制链接，请从地址栏复制。',
  },

  datasetHeader: {
    comparing: '全部数据集比较',
    untitled: '项目绩效评价结果',
    department: '部门',
    year: '年度',
    source: '来源',
    importedAt: '导入时间',
  },

  datasets: {
    region: '数据集',
    all: '全部数据集',
    projectCount: (fileName, n) => `${fileName} · ${n} 个项目`,
    allCount: (datasets, projects) => `${datasets} 个 · ${projects} 个项目`,
    remove: (fileName) => `移除 ${fileName}`,
    removed: (fileName) => `已移除 ${fileName}。`,
    undo: '撤销',
    allFileName: '全部数据集',
  },

  keyFigures: {
    region: '关键数字',
    count: '项目数',
    total: '决算金额合计',
    totalValue: (wan) => `${wan} 万元`,
    totalApprox: (wan) => `约 ${formatYi(wan)} 亿元`,
    noAmount: (n) => `（${n} 个项目未披露金额）`,
    mean: '平均分',
    weighted: '金额加权平均分',
    weightedTitle: '按决算金额加权的平均评价分值',
    grades: '评价结论',
    gradeCounts: (counts) => GRADES.map((g) => `${g} ${counts[g]}`).join(' · '),
    rates: '披露预算执行率',
    ratesValue: (stated, total) => `${stated} / ${total} 个项目`,
    commonTheme: '最常见问题主题',
    commonThemeTitle: '出现在最多项目中的问题主题（按关键词归类）',
    commonThemeDetail: (projects, total, items) => `${projects} / ${total} 个项目，${items} 条问题`,
  },

  filters: {
    region: '当前筛选',
    search: (query) => `搜索“${query}”`,
    grades: (grades) => `评价结论：${grades.join('、')}`,
    amount: (range) => `决算金额 ${range} 万元`,
    score: (range) => `评价分值 ${range}`,
    themes: (ids) => `问题主题：${ids.map((id) => themes[id].label).join('、')}`,
    flags: (ids) => `审计提示：${ids.map((id) => flags[id].label).join('、')}`,
    forms: (ids) => `表类：${ids.map((id) => forms[id].short).join('、')}`,
    changes: (ids) => `年度变化：${ids.map((id) => CHANGE_TEXT[id].label).join('、')}`,
    brush: (brush) => `框选：${brushRange(brush)}`,
    brushRange,
    remove: (label) => `清除${label}`,
    clearAll: '清除全部筛选',
  },

  search: {
    label: '搜索项目、问题与整改',
    placeholder: '输入关键词，按 / 键快速定位',
    count: (total, shown) => `${total} 个项目中显示 ${shown} 个`,
  },

  gradeChips: {
    group: '按评价结论筛选',
  },

  ranges: {
    amount: '决算金额',
    amountUnit: '（万元）',
    score: '评价分值',
    min: (legend) => `${legend}最低`,
    max: (legend) => `${legend}最高`,
    minPlaceholder: '最低',
    maxPlaceholder: '最高',
    unreadableAmount: (text) => `无法识别“${text}”：请输入数字，可带单位 元、万元、亿元。`,
    unreadableScore: (text) => `无法识别“${text}”：请输入 0 到 100 之间的数字。`,
    negativeAmount: (text) => `“${text}”小于 0：金额不能为负数。`,
    scoreOutOfRange: (text) => `“${text}”不在 0 到 100 之间：评价分值满分 100。`,
    minAboveMax: '最低值大于最高值，没有项目可以符合。',
  },

  facets: {
    group: (label) => `按${label}筛选`,
    themes: '问题主题',
    flags: FLAGS_HEADING,
    forms: '表类',
    changes: '年度变化',
  },

  moreFilters: {
    rate: '预算执行率',
    rateUnit: '（%）',
    problems: '问题条数',
    unreadableRate: (text) => `无法识别“${text}”：请输入百分数，如 85 或 85%。`,
    negativeRate: (text) => `“${text}”小于 0：执行率不能为负数。`,
    unreadableCount: (text) => `无法识别“${text}”：请输入整数，如 2。`,
    negativeCount: (text) => `“${text}”小于 0：条数不能为负数。`,
    countNotWhole: (text) => `“${text}”不是整数：问题按条计数。`,
    rateExcludesUndisclosed: '未披露预算执行率的项目不在此范围内。',
    departments: '主管部门',
    years: '年度',
    rateFilter: (range) => `预算执行率 ${range}`,
    problemsFilter: (range) => `问题 ${range} 条`,
    departmentsFilter: (names) => `主管部门：${names.join('、')}`,
    yearsFilter: (years) => `年度：${years.join('、')}`,
    searchHelp: '空格分隔：都要包含；-词：不含该词；OR 或 |：任一即可；"两个 词"：作为一个词组。',
    snippetField: (field, item, form) => {
      switch (field) {
        case 'unit':
          return form ? '实施单位' : '项目单位'
        case 'performance':
          return form ? '实际完成情况' : '主要绩效'
        case 'problems':
          return `存在问题（${item}）`
        case 'suggestions':
          return form ? `改进措施（${item}）` : `整改建议（${item}）`
        case 'rectifications':
          return `整改情况（${item}）`
      }
    },
  },

  changes: {
    kinds: CHANGE_TEXT,
    down: '下降',
    up: '上升',
    gradeMoved: (from, to) => `评价结论由${from}变为${to}`,
  },

  compare: {
    region: '数据集对比',
    note: '按当前筛选统计。',
    figuresCaption: '各数据集的关键数字',
    figure: '指标',
    projects: '项目数',
    total: '决算金额合计（万元）',
    mean: '平均分',
    grades: '评价结论',
    rate: '平均预算执行率',
    rateStated: (stated, total) => `${stated} / ${total} 个项目披露`,
    ungraded: '未评',
    departmentCaption: '部门 × 年度：项目数、平均分、评价结论与平均预算执行率',
    department: '部门',
    unknownDepartment: '（未注明部门）',
    unknownYear: '年度未注明',
    year: (year) => `${year} 年`,
    cellProjects: (n) => `${n} 个项目`,
    cellMean: (score) => `平均分 ${score}`,
    cellRate: (rate, stated, total) => `执行率 ${rate}（${stated}/${total} 披露）`,
    noProjects: '无项目',
  },

  table: {
    caption: (n) => `项目绩效评价结果，显示 ${n} 个项目。点击列标题排序，再点一次反向；按住 Shift 点击可加入多列排序。`,
    headers: {
      dataset: '数据集',
      name: '项目名称',
      form: '表类',
      budget: '预算（万元）',
      amount: '决算金额（万元）',
      score: '评价分值',
      grade: '评价结论',
      executionRate: '预算执行率',
      problemCount: '问题数',
      scoreDelta: '分值变化',
      amountDelta: '金额变化（万元）',
      gradeChange: '等级变化',
    },
    headerWords: {
      budget: ['预算', '（万元）'],
      amount: ['决算', '金额', '（万元）'],
      score: ['评价', '分值'],
      grade: ['评价', '结论'],
      executionRate: ['预算', '执行率'],
      scoreDelta: ['分值', '变化'],
      amountDelta: ['金额', '变化', '（万元）'],
      gradeChange: ['等级', '变化'],
    },
    sortOrder: (position, descending) => `（第 ${position} 排序，${descending ? '降序' : '升序'}）`,
    empty: '没有符合条件的项目',
    clearFilters: '清除筛选',
  },

  results: {
    announce: resultAnnouncement,
  },

  exports: {
    group: '导出当前表格',
    csv: '导出 CSV',
    json: '导出 JSON',
    note: (n) => `（${n} 个项目，按当前筛选与排序）`,
  },

  xlsx: {
    button: '导出 Excel',
    sheets: { projects: '项目', items: '问题与整改', indicators: '绩效指标' },
    projectHeaders: {
      dataset: '数据集',
      name: '项目名称',
      code: '项目编码',
      department: '主管部门',
      unit: '实施单位',
      form: '表类',
      budget: '预算（万元）',
      amount: '决算金额（万元）',
      score: '评价分值',
      grade: '评价结论',
      executionRate: '预算执行率（%）',
      executionWeight: '执行率分值',
      executionScore: '执行率得分',
      themes: '问题主题',
      flags: '审计提示',
      series: '跨年系列',
      problems: '问题数',
      suggestions: '建议/措施数',
      rectifications: '整改数',
      sourceFile: '来源文件',
      sourcePlace: '出处',
    },
    itemHeaders: { dataset: '数据集', project: '项目名称', list: '类别', n: '序号', text: '内容' },
    indicatorHeaders: {
      dataset: '数据集',
      project: '项目名称',
      level1: '一级指标',
      level2: '二级指标',
      name: '三级指标',
      direction: '指标性质',
      target: '指标值',
      actual: '实际完成值',
      unit: '计量单位',
      weight: '分值',
      score: '得分',
      note: '偏差原因分析及改进措施',
    },
    lists: { problems: '存在问题', suggestions: '整改建议', measures: '改进措施', rectifications: '整改情况' },
    join: (labels) => labels.join('、'),
    lines: (startLine, endLine, page) => `${page === undefined ? '' : `第 ${page} 页，`}第 ${startLine}–${endLine} 行`,
    table: tablePlace,
  },

  drawer: {
    previous: '← 上一个',
    next: '下一个 →',
    notInSelection: '不在当前筛选结果中',
    close: '关闭项目详情',
    flags: '审计提示',
    performance: '主要绩效',
    items: '问题、建议与整改',
    facts: {
      amount: '决算金额',
      amountValue: (wan) => `${wan} 万元`,
      score: '评价分值',
      grade: '评价结论',
      executionRate: '预算执行率',
      unit: '项目单位',
      source: '出处',
      sourceWhere: (sourceName, startLine, endLine, page) =>
        `${sourceName}${page === undefined ? '' : `，第 ${page} 页`}，第 ${startLine}–${endLine} 行`,
      pdfLines: '（行号指从 PDF 提取的文字）',
      form: '表类',
      code: '项目编码',
      department: '主管部门',
      implementingUnit: '实施单位',
      budget: '全年预算数',
      initialBudget: '年初预算数',
      executed: '全年执行数',
      selfScore: '自评得分',
      executionPoints: '执行率得分',
      tableWhere: (sourceName, where) => `${sourceName}，${tablePlace(where)}`,
    },
    goals: '年度目标',
    indicators: {
      heading: '绩效指标',
      caption: (n, lost) => `绩效指标 ${n} 项${lost > 0 ? `，其中 ${lost} 项得分低于分值（标“失分”）` : ''}`,
      headers: { name: '三级指标', values: '指标值 → 实际完成值', points: '得分 / 分值' },
      note: '偏差原因：',
      lostPoints: '失分',
    },
    fieldNames: {
      name: '项目名称',
      department: '主管部门',
      unit: '实施单位',
      amountWan: '全年执行数',
      budgetWan: '全年预算数',
      initialBudgetWan: '年初预算数',
      executionWeight: '执行率分值',
      executionScore: '执行率得分',
      executionRate: '执行率',
      score: '自评得分',
      grade: '评价等级',
      goals: '年度目标',
      performance: '实际完成情况',
      problems: '存在问题',
      suggestions: '改进措施',
    },
    sourceTable: {
      summary: (where) => `查看原文（${tablePlace(where)}）`,
      caption: (where) => `原表：${tablePlace(where)}`,
      legend: '加框的单元格是各项数值的出处；悬停可见是哪一项。',
      cellNote: (fields, address) => `出处：${fields.join('、')}（${address}）`,
      truncated: (shown, total) => `原表共 ${total} 行，这里显示前 ${shown} 行。`,
    },
    noFlags: '没有审计提示。',
    noItems: '本项目未列出存在问题、整改建议或整改情况。',
    itemsCaption: (p, s, r) => `存在问题 ${p} 条 · 整改建议 ${s} 条 · 整改情况 ${r} 条`,
    itemHeaders: { n: '序号', problem: '存在问题', suggestion: '整改建议', rectification: '整改情况' },
    formItems: '存在问题与改进措施',
    formItemsCaption: (p, m) => `存在问题 ${p} 条 · 改进措施 ${m} 条`,
    measureHeader: '改进措施',
    itemNumber: (n) => `（${n}）`,
    notListed: '（未列出）',
    themeChips: '问题主题',
    keywords: (description, keywords) => `${description}（关键词：${keywords.join('、')}）`,
    filtering: '（筛选中）',
    parserNotes: '解析提示',
    noParserNotes: '解析本项目时没有发现问题。',
    viewSource: (startLine, endLine) => `查看原文（第 ${startLine}–${endLine} 行）`,
    copyCitation: '复制引用',
    copied: '已复制',
    copyFailed: (citation) => `无法访问剪贴板，请手动复制：${citation}`,
  },

  seriesPanel: {
    heading: (n) => `历年（${n} 个年度）`,
    caption: '同一项目在各数据集中的记录，按年度排列；分值旁为较上一年度的变化。',
    headers: { year: '年度', amount: '决算金额', amountUnit: '（万元）', score: '评价分值', grade: '等级', rate: '执行率' },
    open: (year) => `打开 ${year} 的记录`,
    same: '持平',
    basis: { code: '编码相同', name: '名称相同', user: '已确认', copy: '同一记录再次导入' },
    linksHeading: '关联依据',
    member: (year, basis, current) => `${year}${current ? '（本记录）' : ''}：${basis}`,
    confirm: '确认',
    confirmLabel: (year) => `确认 ${year} 是同一项目`,
    detach: '不是同一项目',
    detachLabel: (year) => `不是同一项目：${year}`,
    confirmed: (year) => `已确认 ${year} 的记录是同一项目。`,
    detached: (year) => `已将 ${year} 的记录移出本系列。`,
    joined: (name) => `已关联“${name}”。`,
    candidates: '可能是同一项目（未关联）',
    candidatesNote: '其他年度中名称相同或相近的记录；确认是同一项目后再关联。',
    candidate: (dataset, reason, likeness, sameDepartment) =>
      `${dataset} · ${reason === 'same-name' ? '名称相同' : `名称相似度 ${likeness}%`}${sameDepartment ? '' : ' · 其他部门'}`,
    join: '关联',
    joinLabel: (name, dataset) => `关联：${name}（${dataset}）`,
    pairs: '问题与上年整改',
    pairsNote: '每一年度的存在问题与上一年度的整改情况并列，各按文件中的编号；“再现”指与上一年度某条称已整改的问题实质相同（共有词句）。',
    pairHeading: (year, previousYear, measures) => `${yearWords(year)}存在问题 · ${yearWords(previousYear)}${measures ? '改进措施' : '整改情况'}`,
    problems: (year) => `（${year}）存在问题`,
    rectifications: (year) => `（${year}）整改情况`,
    measures: (year) => `（${year}）改进措施`,
    measuresNote: (year) => `${yearWords(year)}为自评表，没有整改情况，这里列出其改进措施。`,
    noItems: '（未列出）',
    recurred: '再现',
    recurredNote: (previousYear, previousProblem, phrases, rectification) =>
      `与 ${yearWords(previousYear)}问题（${previousProblem}）共有${quoted(phrases)}；其整改情况（${rectification}）称已整改。`,
    recurredLater: (year, problem) => `于 ${yearWords(year)}再现：问题（${problem}）`,
  },

  linkSearch: {
    open: '关联到其他数据集的项目…',
    label: '项目名称或编码',
    hint: (limit) => `输入名称或编码中的文字，列出其他数据集中尚未与本记录关联的项目（至多 ${limit} 条）；确认是同一项目（如更名的项目）后再关联。`,
    none: '其他数据集中没有名称或编码含此文字、且尚未关联的项目。',
    more: (limit) => `只列出前 ${limit} 条；输入更多文字以缩小范围。`,
    code: (code) => `编码 ${code}`,
    unnamed: '（未列名称）',
  },

  flagNotes: {
    scoreFell: (previousYear, from, year, to, delta) => `${yearWords(previousYear)} ${from} → ${yearWords(year)} ${to}（${delta}）`,
    problemRecurred: (problem, previousYear, previousProblem, phrases, rectification, text) =>
      `问题（${problem}）与 ${yearWords(previousYear)}问题（${previousProblem}）共有${quoted(phrases)}，${yearWords(previousYear)}整改情况（${rectification}）：${text}`,
    scoreSum: (stated, indicators, execution, sum) =>
      `自评得分 ${stated}，各指标得分之和 ${indicators}${execution === null ? '' : `（+ 执行得分 ${execution} = ${sum}）`}`,
    executionScore: (stated, rate, weight, expected, capped) =>
      capped
        ? `执行得分 ${stated}，执行率 ${rate} × 分值 ${weight} 超过分值，以分值 ${expected} 为上限`
        : `执行得分 ${stated}，执行率 ${rate} × 分值 ${weight} = ${expected}`,
    rateAmount: (stated, spent, budget, computed) => `执行率 ${stated}，全年执行数 ÷ 全年预算数 = ${spent} ÷ ${budget} = ${computed}`,
    targetMissed: (name, target, actual, weight) => `指标 ${name}：指标值 ${target}，实际 ${actual}，得满分 ${weight}`,
    templateText: (field, cell, text) => `${field}${cell === null ? '' : `（${cell}）`}：${text}`,
  },

  itemLists: {
    note: '各列表条数不一，文件没有写明哪条对应哪条：下面按各自的编号分别列出。',
    heading: (list, n) => `${ITEM_LISTS[list]}（${n} 条）`,
    inferred: '推断的对应（非文件所列）',
    inferredNote: '按共有词句推断每条建议或整改最可能对应的问题，仅供核对，不是文件的内容。',
    pair: (list, item, problem, phrases) => `${ITEM_SHORT[list]}（${item}）→ 问题（${problem}）：共有${quoted(phrases)}`,
    unpaired: (list, item) => `${ITEM_SHORT[list]}（${item}）：与各条问题没有共有词句`,
  },

  citation: (title, name, sourceName, startLine, endLine, page) =>
    `${title}，“${name}”，${sourceName} ${page === undefined ? `第${startLine}–${endLine}行` : `第${page}页`}`,
  tableCitation: (title, name, sourceName, where) => `${title}，“${name}”，${sourceName} ${tablePlace(where)}`,

  diagnostics: {
    error: '错误',
    warning: '提示',
    line: (n) => `第 ${n} 行`,
    heading: (sourceName, n) => `${DIAGNOSTICS_HEADING}：${sourceName}（${n}）`,
    more: (n) => `另有 ${n} 条未列出；每个项目的诊断在其详情中，“解析存疑”等审计提示可用于筛选。`,
  },

  imports: {
    button: '导入报告…',
    hint: '绩效评价结果或绩效自评表：.pdf / .xlsx / .xls / .docx / .html / .txt，或本工具导出的 .json / .csv；可多选，也可拖放到页面上；文件只在本机浏览器中处理，不会上传。',
    reading: (fileName, fileIndex, fileCount, page, pages) => {
      const file = fileCount > 1 ? `第 ${fileIndex + 1}/${fileCount} 个文件 ` : ''
      const at = page !== null && pages !== null ? `，第 ${page}/${pages} 页` : ''
      return `正在读取 ${file}${fileName}${at}…`
    },
    dismiss: '关闭此消息',
    imported: (fileName, projects, notes, formCounts) =>
      `已导入 ${fileName}：${formsPhrase(formCounts)}${projects} 个项目${notes > 0 ? `，${notes} 条解析提示` : ''}。`,
    importedWithLoss,
    filtersCleared: '筛选已清除，显示新导入的全部项目。',
    readFailed: (fileName, error) => `${fileName}：读取失败（${error}），未导入。`,
    tooLarge: (fileName, size, limit) => `${fileName}：文件大小为 ${size}，超过 ${limit} 的上限，未导入。`,
    empty: (fileName) => `${fileName}：文件是空的，未导入。`,
    unsupported: (fileName) => `${fileName}：不支持的文件类型：请导入 .txt、.pdf、.xlsx、.xls、.docx、.html、.json 或 .csv 文件。`,
    notPdf: (fileName) => `${fileName}：这不是有效的 PDF 文件，未导入。`,
    noTextLayer: (fileName) => `${fileName}：这个 PDF 没有文字层（可能是扫描件），无法读取文字。请先做文字识别（OCR）再导入。`,
    encrypted: (fileName) => `${fileName}：这个 PDF 有密码保护，无法读取。`,
    pdfFailed: (fileName) => `${fileName}：读取 PDF 时出错，未导入。`,
    noText: (fileName) => `${fileName}：文件里没有文字，未导入。`,
    binary: (fileName) => `${fileName}：这不是文本文件（含有二进制内容），未导入。`,
    badJson: (fileName, detail) => `${fileName}：JSON 内容不符合 jixiao 的格式：${detail}`,
    jsonNoProjects: (fileName) => `${fileName}：JSON 中没有任何项目，未导入。`,
    badCsv: (fileName, reason) => `${fileName}：CSV 无法导入：${reason}`,
    csvNoProjects: '没有任何项目。',
    noBlocks: (fileName) =>
      `${fileName}：没有找到可识别的绩效评价结果信息表（项目名称、决算金额、评价分值……）或绩效自评表，未导入。`,
    documentEncrypted: (fileName) => `${fileName}：文件有密码保护（已加密），无法读取；请导入未加密的版本。`,
    macroEnabled: (fileName) => `${fileName}：含宏的文件不导入；请另存为不含宏的 .xlsx 或 .docx 再导入。`,
    documentTooLarge: (fileName, detail) => `${fileName}：${detail}，未导入。`,
    documentDamaged: (fileName, detail) => `${fileName}：文件已损坏或格式不对（${detail}），未导入。`,
    word97: (fileName) => `${fileName}：这是旧版 Word 97–2003 文档（.doc），无法直接读取；请在 Word 或 WPS 中另存为 .docx 再导入。`,
    notADocument: (fileName) => `${fileName}：读不出文字内容，未导入。`,
  },

  storage: {
    readingStored: '读取已保存的数据集',
    savingLinks: '跨年度项目关联的确认与修改',
    full: (what) => `${what}：浏览器存储空间已满，数据只在本次打开期间可用，关闭页面后不会保留。`,
    unavailable: (what) => `${what}：浏览器不允许保存数据（例如隐私模式），数据只在本次打开期间可用。`,
    failed: (what, reason) => `${what}：保存失败（${reason}），数据只在本次打开期间可用。`,
    corruptEntry: (key) => `已保存的数据 ${key} 已损坏，已跳过。`,
    corruptDataset: (fileName, reason) => `已保存的数据集 ${fileName} 已损坏，已跳过${reason === null ? '' : `（${reason}）`}。`,
  },

  charts: {
    region: '图表',
    downloadPng: '下载 PNG',
    noProjects: '当前筛选下没有项目。',
    scatter: {
      heading: '决算金额与评价分值',
      file: '决算金额与评价分值',
      caption:
        '每个点是一个项目，虚线为等级界线。',
      hint: ' 点击点查看项目；点右上角「框选区域」后在图中拖出矩形，可按金额和分值筛选。',
      unplotted: (n) => ` ${n}个项目缺少金额或分值，未绘出。`,
      shapes: '形状区分数据集：',
      noBrush: '未框选：显示全部金额与分值。',
      brushed: '框选：',
      clearBrush: '清除框选',
      selectArea: '框选区域',
      xAxis: '决算金额（万元）',
      yAxis: '评价分值',
      ungraded: '未评级',
      bands: '等级界线',
      openSeries: '当前项目',
      tooltipDataset: (label) => `数据集：${label}`,
      tooltipAmount: (wan) => `决算金额：${wan} 万元`,
      tooltipScore: (score) => `评价分值：${score}`,
      tooltipGrade: (grade) => `评价结论：${grade ?? NOT_DISCLOSED}`,
      description: (plotted, unplotted) =>
        `散点图：${plotted}个项目的决算金额（万元，横轴）与评价分值（纵轴），按评价等级区分颜色和形状；虚线标出60、80、90分等级界线。${
          unplotted > 0 ? `另有${unplotted}个项目缺少金额或分值，未绘出。` : ''
        }`,
      shapesDescription: (keys) => `形状区分数据集：${keys.join('，')}。`,
      keys: '键盘：←/→ 按决算金额逐点移动，↑/↓ 按评价分值移动，Home/End 到首尾，Enter 打开项目，Esc 离开。',
      cursor: (p) =>
        `${p.name}，决算金额 ${p.amount} 万元，评价分值 ${p.score}，评价结论 ${p.grade ?? NOT_DISCLOSED}${
          p.dataset === null ? '' : `，数据集 ${p.dataset}`
        }${place(p)}`,
    },
    grade: {
      heading: '评价等级分布',
      file: '评价等级分布',
      caption: '柱高为项目数，柱上注明该等级占决算总额的比例。',
      hint: ' 点击柱或等级名按等级筛选，再点一次取消。',
      ungraded: (n) => ` ${n}个项目未注明等级，不在图中。`,
      axis: '项目数',
      barLabel: (count, share) => `${count}项\n占金额 ${share}`,
      tooltipCount: (count) => `：${count} 项`,
      tooltipAmount: (wan, share) => `决算金额 ${wan} 万元（占 ${share}）`,
      tooltipHint: '点击按此等级筛选',
      description: (bars, ungraded) => {
        const parts = bars.map((b) => (b.count === 0 ? `${b.grade}0项` : `${b.grade}${b.count}项（占金额${b.share}）`))
        const tail = ungraded > 0 ? `；另有${ungraded}项未注明等级` : ''
        return `柱状图：各评价等级的项目数与决算金额占比。${parts.join('，')}${tail}。`
      },
      keys: '键盘：←/→ 在等级间移动，Enter 按该等级筛选（再按一次取消），Esc 离开。',
      cursor: (b) => `${b.grade}：${b.count} 个项目，占决算金额 ${b.share}${filteringNote(b.filtering)}${place(b)}`,
    },
    rate: {
      heading: '预算执行率',
      file: '预算执行率',
      caption: (target) => `只含正文写明预算执行率的项目，从高到低；虚线为${target}%。`,
      hint: ' 点击条形查看项目。',
      binsCaption: (max, target) => `只含正文写明预算执行率的项目，多于${max}个，按执行率区间计数；低于${target}%的区间为灰色。`,
      noneStated: '没有项目披露预算执行率。',
      series: '预算执行率',
      axis: '项目数',
      binTooltip: (band, count) => `预算执行率 ${band}：${count}个项目`,
      binsDescription: (stated, bins, undisclosed) => {
        const head = `柱状图：${stated}个项目披露了预算执行率，按区间计数：${bins.map((b) => `${b.label} ${b.count}个`).join('，')}。`
        return undisclosed > 0 ? `${head}另有${undisclosed}个项目未披露。` : head
      },
      undisclosed: (n) => `${NOT_DISCLOSED}（${n}个项目）`,
      moreUndisclosed: (n) => `另有 ${n} 个项目未披露，可在表格中按“预算执行率”排序查看。`,
      tooltip: (rate) => `预算执行率：${rate}`,
      descriptionNone: (undisclosed) => `预算执行率：${undisclosed}个项目均未披露预算执行率。`,
      description: (bars, topName, topRate, target, undisclosed) => {
        const head = `条形图：${bars}个项目披露了预算执行率，从高到低排列，最高为${topName}${topRate}；竖线标出${target}%。`
        return undisclosed > 0 ? `${head}另有${undisclosed}个项目未披露。` : head
      },
      keys: '键盘：↑/↓ 逐条移动，Home/End 到首尾，Enter 打开项目，Esc 离开。',
      binsKeys: '键盘：←/→ 在执行率区间间移动，Home/End 到首尾，Esc 离开。',
      cursor: (b) => `${b.name}，预算执行率 ${b.rate}${place(b)}`,
      binCursor: (b) => `预算执行率 ${b.band}：${b.count} 个项目${place(b)}`,
    },
    theme: {
      heading: '问题主题',
      file: '问题主题',
      heatmapCaption:
        '每格为该项目中属于该主题的存在问题条数，一条问题可属多个主题。',
      barsCaption: (max) =>
        `项目多于${max}个，按主题显示出现该主题的项目数，条上注明问题条数。`,
      heatmapHint: ' 点击格子按主题筛选并打开项目，点击主题名筛选，再点一次取消。',
      barsHint: ' 点击条形或主题名按主题筛选，再点一次取消。',
      items: (n) => `${n}条`,
      atLeastItems: (n) => `≥${n}条`,
      series: '问题条数',
      axis: '项目数',
      barLabel: (projects, items) => `${projects}个项目 · ${items}条`,
      cellCount: (theme, n) => `${theme}：${n} 条`,
      cellHint: '点击按此主题筛选并打开项目',
      barSummary: (projects, share, items) => `：${projects} 个项目（${share}%），${items} 条问题`,
      barHint: '点击按此主题筛选',
      description: (mode, projects, found, absent) => {
        const head =
          mode === 'heatmap'
            ? `热力图：各问题主题在各项目中出现的条数，共${projects}个项目。`
            : `条形图：各问题主题出现在多少个项目中，共${projects}个项目。`
        const parts = found.map((t) => `${themes[t.theme].label}${t.projects}个项目${t.items}条`)
        const body = parts.length === 0 ? '没有列出存在问题。' : `${parts.join('，')}。`
        const missing = absent.length > 0 && parts.length > 0 ? `未出现：${absent.map((id) => themes[id].label).join('、')}。` : ''
        return `${head}${body}${missing}`
      },
      heatmapKeys: '键盘：←/→ 逐格移动，↑/↓ 到上一个或下一个项目，Home/End 到首尾，Enter 按主题筛选并打开项目，Esc 离开。',
      barsKeys: '键盘：↑/↓ 在主题间移动，Home/End 到首尾，Enter 按主题筛选（再按一次取消），Esc 离开。',
      cellCursor: (c) => `${c.name}，${themes[c.theme].label}：${c.items} 条问题${filteringNote(c.filtering)}${place(c)}`,
      barCursor: (b) => `${themes[b.theme].label}：${b.projects} 个项目，${b.items} 条问题${filteringNote(b.filtering)}${place(b)}`,
    },
  },
}
