import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import type { DatasetRecord } from '../../src/domain/dataset-record.ts'
import type { Indicator, Project } from '../../src/domain/types.ts'
import { useAppStore } from '../../src/store/app-store.ts'
import { makeIndicator, makeProject, XSS_ESCAPED, XSS_NAME } from '../support/project.ts'
import { DrawerFromStore } from './drawer-from-store.tsx'
import { FORM_TABLE } from './form-table.ts'

const INDICATORS: Indicator[] = [
  makeIndicator({ level1: '产出指标（50分）', level2: '数量指标', name: '发放人数', direction: '=', target: '120', unit: '人', actual: '120', weight: 20, score: 20 }),
  makeIndicator({ level1: '产出指标（50分）', level2: '质量指标', name: '发放准确率', target: '100%', actual: '98%', weight: 10, score: 9, note: '个别人员信息变更未及时更新' }),
  makeIndicator({ level1: '产出指标（50分）', level2: '质量指标', name: '按时发放', target: '按时', actual: '按时完成', weight: 20, score: 20 }),
  makeIndicator({ level1: '效益指标（30分）', level2: '社会效益指标', name: '职工满意度', direction: '≥', target: '90', unit: '%', actual: '95', weight: 30 }),
  makeIndicator({ level1: '满意度指标（10分）', level2: '服务对象满意度指标', name: '服务对象满意度', target: '≥90%', actual: '88%', weight: 10, score: 8.5, note: '服务态度有待提升' }),
]

const FORM: Partial<Project> = {
  name: '工资性支出',
  form: 'project-self-evaluation',
  code: '51000021R000000019951',
  department: '某某局',
  unit: '某某中心',
  budgetWan: 120,
  initialBudgetWan: 100,
  amountWan: 114,
  executionRate: 95,
  executionWeight: 10,
  executionScore: 9.5,
  score: 92.5,
  goals: '保障人员工资按时足额发放。\n完成年度任务。',
  indicators: INDICATORS,
  source: {
    startLine: 1,
    endLine: 1,
    sheet: '项目自评',
    table: 1,
    cells: 'A1:H6',
    fieldCells: { name: 'B2:H2', department: 'B3', budgetWan: 'D5', amountWan: 'E5', executionRate: 'G5', score: 'H6' },
  },
}

function record(projects: Project[], extra: Partial<DatasetRecord> = {}): DatasetRecord {
  return {
    id: 'form',
    meta: { origin: 'imported', fileName: 'form.xlsx', kind: 'xlsx', importedAt: '2024-01-02T03:04:05Z' },
    dataset: { title: '某某局2022年度项目支出绩效自评表', department: '某某局', year: 2022, sourceName: 'form.xlsx', projects },
    diagnostics: [],
    sourceText: '',
    sourceTables: [FORM_TABLE],
    ...extra,
  }
}

/** The drawer of the dataset's first project, loaded through the store as an import is. */
function renderDrawer(projects: Project[], extra: Partial<DatasetRecord> = {}) {
  act(() => {
    useAppStore.getState().addDatasets([record(projects, extra)])
    useAppStore.getState().openProject(useAppStore.getState().datasets[0]!.rows[0]!.id)
  })
  return render(<DrawerFromStore />)
}

const facts = (): string[][] =>
  [...document.querySelectorAll('.facts > div')].map((d) => [d.querySelector('dt')?.textContent ?? '', d.querySelector('dd')?.textContent ?? ''])

const cellTexts = (row: HTMLElement): string[] => [...row.children].map((c) => c.textContent ?? '')

/** The texts of the headers a cell names (its `headers` ids). */
const headerTexts = (cell: Element): string[] =>
  (cell.getAttribute('headers') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? `missing ${id}`)

/** The table's box 100 px down the page, 200 px tall, and the first marked cell (B2:H2) `cellTop` px down. */
function layOut(cellTop: number) {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(200)
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const top = this.classList.contains('source-table-scroll') ? 100 : this.getAttribute('data-cell') === 'B2:H2' ? cellTop : 0
    return DOMRect.fromRect({ x: 0, y: top, width: 50, height: 30 })
  })
}

/** Opens 查看原文 as a click on its summary does, and returns the source table. */
function openSource(summary: string): HTMLTableElement {
  const details = screen.getByText(summary).closest('details')!
  act(() => {
    details.open = true
    details.dispatchEvent(new Event('toggle'))
  })
  return within(details).getByRole('table')
}

/** The item texts of the numbered list under a heading, without their numbers. */
const list = (heading: string) =>
  [...(screen.getByRole('heading', { name: heading }).closest('section')?.querySelector('ol')?.children ?? [])].map(
    (li) => li.firstElementChild?.nextElementSibling?.textContent,
  )

describe('the drawer of a self-evaluation form', () => {
  it('states the form’s facts: kind, code, 主管部门, budgets, what was spent, rate, its points, score and where the form was', () => {
    renderDrawer([makeProject(FORM)])
    expect(facts()).toEqual([
      ['表类', '项目支出绩效自评表'],
      ['项目编码', '51000021R000000019951'],
      ['主管部门', '某某局'],
      ['实施单位', '某某中心'],
      ['全年预算数', '120.00 万元'],
      ['年初预算数', '100.00 万元'],
      ['全年执行数', '114.00 万元'],
      ['预算执行率', '95.00%'],
      ['执行率得分', '9.5 / 10'],
      ['自评得分', '92.50'],
      ['出处', 'form.xlsx，工作表“项目自评”，A1:H6'],
    ])
  })

  it.each([
    ['鄂州’s form totals, as stated', 100, 98, '98 / 100'],
    ['a weight without a score', 10, null, '— / 10'],
  ])('shows the funds table’s 执行率得分 / 分值: %s', (_, executionWeight, executionScore, shown) => {
    renderDrawer([makeProject({ ...FORM, executionWeight, executionScore })])
    expect(facts().find(([label]) => label === '执行率得分')).toEqual(['执行率得分', shown])
  })

  it('leaves out a code, department and unit the form does not state, shows missing amounts as —, and a grade only when stated', () => {
    renderDrawer([
      makeProject({
        ...FORM,
        form: 'department-self-evaluation',
        code: null,
        department: null,
        unit: null,
        budgetWan: null,
        executionRate: null,
        executionWeight: null,
        executionScore: null,
        grade: '优',
      }),
    ])
    expect(facts()).toEqual([
      ['表类', '部门整体支出绩效自评表'],
      ['全年预算数', '—'],
      ['年初预算数', '100.00 万元'],
      ['全年执行数', '114.00 万元'],
      ['预算执行率', '未披露'],
      ['自评得分', '92.50'],
      ['评价结论', '优'],
      ['出处', 'form.xlsx，工作表“项目自评”，A1:H6'],
    ])
  })

  it('lists a form’s 存在问题 beside its 改进措施, with no 整改情况 column', () => {
    renderDrawer([makeProject({ ...FORM, problems: ['培训需求调研不够深入', '场地调整推迟'], suggestions: ['加强需求调研', '提前确定场地'] })])
    expect(screen.getByRole('heading', { name: '存在问题与改进措施' })).toBeTruthy()
    const items = screen.getByRole('table', { name: '存在问题 2 条 · 改进措施 2 条' })
    expect(within(items).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['序号', '存在问题', '改进措施'])
    expect(within(items).getAllByRole('row').slice(1).map((tr) => [...tr.children].map((cell) => cell.textContent))).toEqual([
      ['（1）', '培训需求调研不够深入其他', '加强需求调研'],
      ['（2）', '场地调整推迟其他', '提前确定场地'],
    ])
  })

  it('lists a form’s 存在问题 and 改进措施 of different counts each by its own numbers, and the likely pairing as inferred', () => {
    renderDrawer([makeProject({ ...FORM, problems: ['培训需求调研不够深入', '场地调整推迟'], suggestions: ['加强培训需求调研'] })])
    expect(screen.queryByRole('table', { name: /存在问题 2 条/ })).toBeNull()
    expect(list('存在问题（2 条）')).toEqual(['培训需求调研不够深入', '场地调整推迟'])
    expect(list('改进措施（1 条）')).toEqual(['加强培训需求调研'])
    const inferred = screen.getByRole('heading', { name: '推断的对应（非文件所列）' }).closest('section')!
    expect(within(inferred).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['改进措施（1）→ 问题（1）：共有「培训需求调研」'])
  })

  it('shows the goals as text, line breaks kept', () => {
    renderDrawer([makeProject({ ...FORM, goals: `目标：\n${XSS_NAME}` })])
    const goals = screen.getByRole('heading', { name: '年度目标' }).nextElementSibling as HTMLElement
    expect(goals.textContent).toBe(`目标：\n${XSS_NAME}`)
    expect(goals.innerHTML).toBe(`目标：\n${XSS_ESCAPED}`)
    expect(goals.getAttribute('lang')).toBe('zh-CN')
  })

  it('lists the indicators in three columns under their 一级/二级 headings, each 偏差原因 on a line of its own, and marks the ones that lost points in words', () => {
    renderDrawer([makeProject(FORM)])
    const region = screen.getByRole('region', { name: '绩效指标' })
    const table = within(region).getByRole('table', { name: '绩效指标 5 项，其中 2 项得分低于分值（标“失分”）' })
    const [head, ...rows] = within(table).getAllByRole('row')
    expect(cellTexts(head!)).toEqual(['三级指标', '指标值 → 实际完成值', '得分 / 分值'])
    expect(rows.map((r) => [r.className, cellTexts(r)])).toEqual([
      ['indicator-level1', ['产出指标（50分）']],
      ['indicator-level2', ['数量指标']],
      ['indicator', ['发放人数', '=120人 → 120人', '20 / 20']],
      ['indicator-level2', ['质量指标']],
      ['indicator lost-points', ['发放准确率', '100% → 98%', '9 / 10 失分']],
      ['indicator-note lost-points', ['偏差原因：个别人员信息变更未及时更新']],
      ['indicator', ['按时发放', '按时 → 按时完成', '20 / 20']],
      ['indicator-level1', ['效益指标（30分）']],
      ['indicator-level2', ['社会效益指标']],
      ['indicator', ['职工满意度', '≥90% → 95%', '— / 30']],
      ['indicator-level1', ['满意度指标（10分）']],
      ['indicator-level2', ['服务对象满意度指标']],
      ['indicator lost-points', ['服务对象满意度', '≥90% → 88%', '8.5 / 10 失分']],
      ['indicator-note lost-points', ['偏差原因：服务态度有待提升']],
    ])
    expect(rows.map((r) => r.children[0]!.getAttribute('colspan'))).toEqual(['3', '3', null, '3', null, '3', null, '3', '3', null, '3', '3', null, '3'])
    expect(within(table).getAllByRole('rowheader').map((th) => th.textContent)).toEqual(['发放人数', '发放准确率', '按时发放', '职工满意度', '服务对象满意度'])
    expect(rows[4]!.querySelector('.lost-mark')?.getAttribute('lang')).toBe('zh-CN')
  })

  it('names for every cell its headers: the 一级 and 二级 headings, the indicator and the column', () => {
    renderDrawer([makeProject(FORM)])
    const table = screen.getByRole('table', { name: /^绩效指标 5 项/ })
    const accuracy = within(table).getByRole('rowheader', { name: '发放准确率' }).closest('tr')!
    expect([...accuracy.children].map(headerTexts)).toEqual([
      ['产出指标（50分）', '质量指标', '三级指标'],
      ['产出指标（50分）', '质量指标', '发放准确率', '指标值 → 实际完成值'],
      ['产出指标（50分）', '质量指标', '发放准确率', '得分 / 分值'],
    ])
    expect(headerTexts(accuracy.nextElementSibling!.children[0]!)).toEqual(['产出指标（50分）', '质量指标', '发放准确率'])
    expect(headerTexts(within(table).getByText('数量指标'))).toEqual(['产出指标（50分）'])
  })

  it('writes no heading over an indicator that states no 一级 or 二级, and no note line where it states no 偏差原因', () => {
    renderDrawer([makeProject({ ...FORM, indicators: [makeIndicator({ name: '发放人数', target: '120', actual: '118', weight: 10, score: 10 })] })])
    const table = screen.getByRole('table', { name: '绩效指标 1 项' })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows.map((r) => [r.className, cellTexts(r)])).toEqual([['indicator', ['发放人数', '120 → 118', '10 / 10']]])
    expect([...rows[0]!.children].map((c) => c.getAttribute('headers')?.split(' ').length)).toEqual([1, 2, 2])
  })

  it('has no indicator table, and no heading for one, when the form lists none', () => {
    renderDrawer([makeProject({ ...FORM, indicators: [] })])
    expect(screen.queryByRole('heading', { name: '绩效指标' })).toBeNull()
    expect(screen.queryByRole('table', { name: /绩效指标/ })).toBeNull()
  })

  it('names the indicators in English around the report’s own words', () => {
    act(() => useAppStore.getState().setLocale('en'))
    renderDrawer([makeProject(FORM)])
    const table = screen.getByRole('table', { name: '5 indicators; 2 scored below their weight (marked “lost points”)' })
    const rows = within(table).getAllByRole('row')
    expect(cellTexts(rows[0]!)).toEqual(['Indicator', 'Target → actual', 'Score / weight'])
    expect(cellTexts(rows[5]!)).toEqual(['发放准确率', '100% → 98%', '9 / 10 lost points'])
    expect(cellTexts(rows[6]!)).toEqual(['Reason for deviation: 个别人员信息变更未及时更新'])
    expect(rows[6]!.querySelector('.indicator-note-label')?.getAttribute('lang')).toBe('en')
    expect(facts()[0]).toEqual(['Form', 'Project expenditure self-evaluation form'])
    expect(facts().at(-1)).toEqual(['Source', 'form.xlsx, sheet “项目自评”, A1:H6'])
  })
})

describe('查看原文 of a form read from a table', () => {
  it('draws the form as a table with its merges and marks the cells the values came from', () => {
    renderDrawer([makeProject(FORM)])
    const table = openSource('查看原文（工作表“项目自评”，A1:H6）')
    expect(table.querySelector('caption')).toBeNull()
    const rows = within(table).getAllByRole('row')
    expect(rows.map((r) => [...r.children].map((c) => `${c.getAttribute('data-cell') ?? '·'}/${c.getAttribute('rowspan') ?? 1}/${c.getAttribute('colspan') ?? 1}`))).toEqual([
      ['A1:H1/1/8'],
      ['A2/1/1', 'B2:H2/1/7'],
      ['A3/1/1', 'B3:D3/1/3', 'E3/1/1', 'F3:H3/1/3'],
      ['A4:A5/2/1', '·/1/1', 'C4/1/1', 'D4/1/1', 'E4/1/1', 'F4/1/1', 'G4/1/1', 'H4/1/1'],
      ['B5/1/1', 'C5/1/1', 'D5/1/1', 'E5/1/1', 'F5/1/1', 'G5/1/1', 'H5/1/1'],
      ['A6:F6/1/6', 'G6/1/1', 'H6/1/1'],
    ])
    const marked = [...table.querySelectorAll('td.source-cell-hit')]
    expect(marked.map((c) => [c.getAttribute('data-cell'), c.getAttribute('title'), c.textContent])).toEqual([
      ['B2:H2', '出处：项目名称（B2:H2）', '51000021R000000019951-工资性支出 出处：项目名称（B2:H2）'],
      ['B3:D3', '出处：主管部门（B3:D3）', '某某局 出处：主管部门（B3:D3）'],
      ['D5', '出处：全年预算数（D5）', '120 出处：全年预算数（D5）'],
      ['E5', '出处：全年执行数（E5）', '114 出处：全年执行数（E5）'],
      ['G5', '出处：执行率（G5）', '95% 出处：执行率（G5）'],
      ['H6', '出处：自评得分（H6）', '92.5 出处：自评得分（H6）'],
    ])
    expect(marked[0]!.querySelector('.visually-hidden')?.textContent).toBe(' 出处：项目名称（B2:H2）')
  })

  it('renders cell text as text, line breaks kept', () => {
    renderDrawer([makeProject(FORM)])
    const table = openSource('查看原文（工作表“项目自评”，A1:H6）')
    const unit = table.querySelector('[data-cell="F3:H3"]')!
    expect(unit.innerHTML).toBe('&lt;b&gt;某某中心&lt;/b&gt;')
    expect(table.querySelector('[data-cell="A4:A5"]')?.textContent).toBe('项目资金\n（万元）')
  })

  it('names the table from a caption above its scroll box, so the caption stays in view when the box scrolls sideways', () => {
    renderDrawer([makeProject(FORM)])
    const table = openSource('查看原文（工作表“项目自评”，A1:H6）')
    const box = screen.getByRole('region', { name: '原表：工作表“项目自评”，A1:H6' })
    expect(box.contains(table)).toBe(true)
    expect(box.getAttribute('tabindex')).toBe('0')
    expect(screen.getByRole('table', { name: '原表：工作表“项目自评”，A1:H6' })).toBe(table)
    const caption = box.previousElementSibling!
    expect([...caption.children].map((p) => p.textContent)).toEqual(['原表：工作表“项目自评”，A1:H6', '加框的单元格是各项数值的出处；悬停可见是哪一项。'])
    expect(box.textContent).not.toContain('原表')
  })

  it.each([
    // Below the box: scrolled down to 24 px above it.
    [520, 396],
    // Just below the bottom edge (100 + 200).
    [290, 166],
    // In view: not scrolled.
    [150, 0],
  ])('scrolls the box itself, never the page nor sideways, to the first marked cell at %s px: scrollTop %s', (cellTop, scrollTop) => {
    const scrolled = vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(() => {})
    layOut(cellTop)
    renderDrawer([makeProject(FORM)])
    openSource('查看原文（工作表“项目自评”，A1:H6）')
    const box = screen.getByRole('region', { name: '原表：工作表“项目自评”，A1:H6' })
    expect([box.scrollTop, box.scrollLeft]).toEqual([scrollTop, 0])
    expect(scrolled).not.toHaveBeenCalled()
  })

  it('says in English where the form was and what a marked cell holds', () => {
    act(() => useAppStore.getState().setLocale('en'))
    renderDrawer([makeProject(FORM)])
    const table = openSource('View the source table (sheet “项目自评”, A1:H6)')
    expect(table.querySelector('[data-cell="H6"]')?.getAttribute('title')).toBe('Source of the self-evaluation score (H6)')
  })

  it('keeps today’s text excerpt for a record whose dataset has no tables', () => {
    renderDrawer([makeProject({ ...FORM, source: { startLine: 2, endLine: 3, table: 1 } })], { sourceTables: undefined, sourceText: '甲\n乙\n丙\n丁' })
    const details = screen.getByText('查看原文（第 2–3 行）').closest('details')!
    expect(details.querySelector('pre')?.textContent).toBe('乙\n丙')
    expect(details.querySelector('table')).toBeNull()
  })
})

describe('the drawer of a result record', () => {
  it('looks as it did: the result facts, no goals, no indicators, the lines of the text', () => {
    renderDrawer(
      [makeProject({ name: '培训经费', amountWan: 139.3, score: 94.51, grade: '优', executionRate: 83.63, unit: '某单位', source: { startLine: 2, endLine: 3 } })],
      { sourceTables: undefined, sourceText: '甲\n乙\n丙' },
    )
    expect(facts()).toEqual([
      ['决算金额', '139.30 万元'],
      ['评价分值', '94.51'],
      ['评价结论', '优'],
      ['预算执行率', '83.63%'],
      ['项目单位', '某单位'],
      ['出处', 'form.xlsx，第 2–3 行'],
    ])
    expect(screen.queryByRole('heading', { name: '年度目标' })).toBeNull()
    expect(screen.queryByRole('heading', { name: '绩效指标' })).toBeNull()
    fireEvent.click(screen.getByText('查看原文（第 2–3 行）'))
    expect(document.querySelector('.source-text pre')?.textContent).toBe('乙\n丙')
  })
})
