import { act, render, screen } from '@testing-library/react'
import { describe, expect, it, onTestFinished, vi } from 'vitest'
import { ActiveFilters } from '../../src/app/ActiveFilters.tsx'
import { filterLabels } from '../../src/app/filter-labels.ts'
import { PageTools } from '../../src/app/PageTools.tsx'
import { chartsDrawn, chartsPanelMounted } from '../../src/charts/charts-drawn.ts'
import { PrintMemoButton } from '../../src/app/PrintMemoButton.tsx'
import { MAX_PRINTED_SOURCES, PrintMemoHeader, PrintMemoSources } from '../../src/app/PrintMemo.tsx'
import { type DatasetRecord, datasetLabel } from '../../src/domain/dataset-record.ts'
import { toRows } from '../../src/domain/project-row.ts'
import { EMPTY_FILTERS, type SortKey, type ViewFilters } from '../../src/domain/view.ts'
import { messagesFor } from '../../src/i18n/catalogue.ts'
import { type LoadedDataset, useAppStore } from '../../src/store/app-store.ts'
import { viewOf } from '../support/view.ts'
import { setMedia } from '../setup/media.ts'
import { BUNDLED_NAME, bundled, bundledText } from '../support/bundled.ts'

const record: DatasetRecord = {
  id: 'bundled',
  meta: { origin: 'bundled', fileName: BUNDLED_NAME, kind: 'txt', importedAt: null },
  dataset: bundled.dataset,
  diagnostics: bundled.diagnostics,
  sourceText: bundledText,
}
const loaded: LoadedDataset = {
  ...record,
  rows: toRows(record.id, record.dataset.projects, datasetLabel(record)),
  sourceLines: bundledText.split('\n'),
}

const view = (query = '') =>
  viewOf([loaded], loaded.id, { ...EMPTY_FILTERS, query })

describe('PrintMemoButton', () => {
  it('asks for the charts, and opens the print dialog once they are drawn', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {})
    render(<PrintMemoButton />)
    screen.getByRole('button', { name: '打印审计备忘录' }).click()
    expect(useAppStore.getState().chartsWanted).toBe(true)
    await Promise.resolve()
    expect(print).not.toHaveBeenCalled()
    onTestFinished(chartsPanelMounted())
    await chartsDrawn()
    await Promise.resolve()
    expect(print).toHaveBeenCalledTimes(1)
  })

  it('prints a project’s memo at once, without loading the charts it does not show', () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {})
    render(<PrintMemoButton projectName="甲项目" />)
    screen.getByRole('button', { name: '打印审计备忘录' }).click()
    expect(print).toHaveBeenCalledTimes(1)
    expect(useAppStore.getState().chartsWanted).toBe(false)
  })

  it('comes with the colour-scheme toggle in PageTools', () => {
    render(<PageTools projectName="甲项目" />)
    expect(screen.getByRole('group', { name: '配色' })).toBeTruthy()
    expect(screen.getByRole('button', { name: '打印审计备忘录' }).getAttribute('title')).toContain('甲项目')
  })
})

describe('PrintMemoHeader and PrintMemoSources', () => {
  it('with no project open: the selection as scope, and each project of it with its source lines', () => {
    setMedia('print', true)
    const v = view()
    const { container } = render(
      <>
        <PrintMemoHeader view={v} openRow={undefined} />
        <PrintMemoSources view={v} openRow={undefined} />
      </>,
    )
    expect(container.querySelector('.print-memo-header')?.textContent).toMatch(/^审计备忘录打印于 .+范围：当前筛选的 8 \/ 8 个项目数据集：/)
    const sources = [...container.querySelectorAll('.print-memo-sources li')].map((li) => li.textContent)
    expect(sources).toHaveLength(8)
    expect(sources[0]).toMatch(/“2018年基层党建及队伍教育管理”，.+ 第10–60行$/)
  })

  it('with a project open: the project as scope with its citation, and no source list', () => {
    const v = view()
    setMedia('print', true)
    const row = v.rows[3]
    const { container } = render(
      <>
        <PrintMemoHeader view={v} openRow={row} />
        <PrintMemoSources view={v} openRow={row} />
      </>,
    )
    const header = container.querySelector('.print-memo-header')?.textContent ?? ''
    expect(header).toContain('范围：项目“2018年度领导干部培训经费项目”')
    expect(header).toMatch(/引用：.+“2018年度领导干部培训经费项目”，.+ 第178–256行/)
    expect(container.querySelector('.print-memo-sources')).toBeNull()
  })

  it('leaves the source list out of the DOM until printing starts', () => {
    setMedia('print', false)
    const { container } = render(<PrintMemoSources view={view()} openRow={undefined} />)
    expect(container.querySelector('.print-memo-sources')).toBeNull()
    window.dispatchEvent(new Event('beforeprint'))
    expect(container.querySelectorAll('.print-memo-sources li')).toHaveLength(8)
  })

  it('names at most MAX_PRINTED_SOURCES projects and says how many more there are', () => {
    setMedia('print', true)
    const v = view()
    const rows = Array.from({ length: MAX_PRINTED_SOURCES + 50 }, (_, i) => ({ ...(v.rows[i % v.rows.length] ?? v.rows[0]!), id: `bundled/${i}` }))
    const { container } = render(<PrintMemoSources view={{ ...v, rows }} openRow={undefined} />)
    expect(container.querySelectorAll('.print-memo-sources li')).toHaveLength(MAX_PRINTED_SOURCES)
    expect(container.querySelector('.print-memo-sources > p')?.textContent).toBe('另有 50 个项目未列出，其出处见导出的 CSV 或 JSON。')
  })

  it('lists only the filtered projects', () => {
    setMedia('print', true)
    const v = view('培训')
    const { container } = render(<PrintMemoSources view={v} openRow={undefined} />)
    expect(container.querySelectorAll('.print-memo-sources li').length).toBe(v.rows.length)
    expect(v.rows.length).toBeLessThan(8)
  })
})

/** The memo head's lines, the title line first. */
const headerLines = (container: HTMLElement): string[] => [...container.querySelectorAll('.print-memo-header > p')].map((p) => p.textContent ?? '')

const PRINTED = new Date(2026, 11, 3, 18, 52, 41)

const pageNumber = (): string => document.documentElement.style.getPropertyValue('--memo-page-number')

describe('PrintMemoHeader: what produced the memo, and when', () => {
  it('states the selection, the dataset and its file, the filters as the pills say them, the order and the local print time', () => {
    vi.setSystemTime(PRINTED)
    const filters: ViewFilters = { ...EMPTY_FILTERS, query: '经费', grades: ['优'], flags: ['no-execution-rate'] }
    const sorting: SortKey[] = [{ id: 'score', desc: true }]
    act(() => useAppStore.setState({ filters, sorting }))
    setMedia('print', true)
    const v = viewOf([loaded], loaded.id, filters, sorting)
    const { container } = render(<PrintMemoHeader view={v} openRow={undefined} />)
    expect(headerLines(container)).toEqual([
      '审计备忘录打印于 2026年12月3日 18:52',
      '范围：当前筛选的 2 / 8 个项目',
      `数据集：${datasetLabel(record)}（${BUNDLED_NAME}）`,
      '筛选：搜索“经费”；评价结论：优；审计提示：未披露执行率',
      '排序：按评价分值降序排列',
    ])
  })

  it('in English, with no filter and the report’s order', () => {
    vi.setSystemTime(PRINTED)
    act(() => useAppStore.getState().setLocale('en'))
    setMedia('print', true)
    const { container } = render(<PrintMemoHeader view={view()} openRow={undefined} />)
    expect(headerLines(container)).toEqual([
      'Audit memoPrinted 3 December 2026, 18:52',
      'Scope: 8 of 8 projects in the current selection',
      `Dataset: ${datasetLabel(record)} (${BUNDLED_NAME})`,
      'Filters: none (every project)',
      'Order: the report’s own',
    ])
  })

  it('of a project: the project, its dataset and its citation, with no filters or order', () => {
    vi.setSystemTime(PRINTED)
    setMedia('print', true)
    const v = view()
    const { container } = render(<PrintMemoHeader view={v} openRow={v.rows[3]} />)
    const lines = headerLines(container)
    expect(lines.slice(0, 3)).toEqual([
      '审计备忘录打印于 2026年12月3日 18:52',
      '范围：项目“2018年度领导干部培训经费项目”',
      `数据集：${datasetLabel(record)}（${BUNDLED_NAME}）`,
    ])
    expect(lines[3]).toMatch(/^引用：.+“2018年度领导干部培训经费项目”，.+ 第178–256行$/)
    expect(lines).toHaveLength(4)
  })

  it('says no date until the page is printed', () => {
    const { container } = render(<PrintMemoHeader view={view()} openRow={undefined} />)
    expect(headerLines(container)[0]).toBe('审计备忘录')
  })

  it('numbers the printed pages in the interface language, through <html>', () => {
    const { unmount } = render(<PrintMemoHeader view={view()} openRow={undefined} />)
    expect(pageNumber()).toBe('"第 " counter(page) " 页，共 " counter(pages) " 页"')
    act(() => useAppStore.getState().setLocale('en'))
    expect(pageNumber()).toBe('"Page " counter(page) " of " counter(pages)')
    unmount()
    expect(pageNumber()).toBe('')
  })
})

describe('filterLabels', () => {
  it('says what the active-filter pills say, in their order, every filter on', () => {
    // Every field written out: a new filter must be added here, and is then checked against the pills.
    const filters: ViewFilters = {
      query: '培训',
      grades: ['良', '中'],
      amount: { min: 50, max: 300 },
      score: { min: null, max: 90 },
      rate: { min: 80, max: null },
      problems: { min: 1, max: 3 },
      brush: { amount: [0, 100], score: [80, 95] },
      themes: ['budgeting'],
      flags: ['score-fell'],
      forms: ['result'],
      changes: ['new'],
      departments: ['中共上海市委组织部'],
      years: [2018, 2019],
    }
    render(<ActiveFilters filters={filters} />)
    const pills = [...document.querySelectorAll('.filter-pill')].map((p) => p.firstChild?.textContent)
    expect(pills).toHaveLength(Object.keys(filters).length)
    expect(filterLabels(filters, messagesFor('zh')).map((f) => f.label)).toEqual(pills)
  })
})
