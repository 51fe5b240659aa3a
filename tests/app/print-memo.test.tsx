import { render, screen } from '@testing-library/react'
import { describe, expect, it, onTestFinished, vi } from 'vitest'
import { PageTools } from '../../src/app/PageTools.tsx'
import { chartsDrawn, chartsPanelMounted } from '../../src/charts/charts-drawn.ts'
import { PrintMemoButton } from '../../src/app/PrintMemoButton.tsx'
import { MAX_PRINTED_SOURCES, PrintMemoHeader, PrintMemoSources } from '../../src/app/PrintMemo.tsx'
import { type DatasetRecord, datasetLabel } from '../../src/domain/dataset-record.ts'
import { toRows } from '../../src/domain/project-row.ts'
import { EMPTY_FILTERS } from '../../src/domain/view.ts'
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
    expect(container.querySelector('.print-memo-header')?.textContent).toMatch(/^审计备忘录打印于 .+范围：当前筛选的 8 \/ 8 个项目（/)
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
