import { fireEvent, render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { DatasetSwitcher } from '../../src/app/DatasetSwitcher.tsx'
import type { DatasetRecord, SourceKind } from '../../src/domain/dataset-record.ts'
import { useAppStore } from '../../src/store/app-store.ts'
import { bundled, bundledText, BUNDLED_NAME } from '../support/bundled.ts'

/** The bundled report's records (中国共产党上海市委员会组织部, 2018) under another id, file and import time. */
const record = (id: string, fileName: string, kind: SourceKind, importedAt: string | null): DatasetRecord => ({
  id,
  meta: { origin: importedAt === null ? 'bundled' : 'imported', fileName, kind, importedAt },
  dataset: bundled.dataset,
  diagnostics: bundled.diagnostics,
  sourceText: bundledText,
})

/** An import time given in local time, so the labels hold in any time zone. */
const at = (hour: number, minute: number): string => new Date(2024, 4, 1, hour, minute).toISOString()

const names = () =>
  within(screen.getByRole('navigation', { name: '数据集' }))
    .queryAllByText((_, element) => element?.classList.contains('dataset-name') === true)
    .map((e) => e.textContent)
const rowLabels = () => useAppStore.getState().datasets.map((d) => [...new Set(d.rows.map((r) => r.datasetLabel))])

describe('DatasetSwitcher: datasets of one department and year told apart', () => {
  it('names each by its file, and by its import time when the file names are alike too; the rows say the same', () => {
    const { addDatasets } = useAppStore.getState()
    addDatasets([record('bundled', BUNDLED_NAME, 'txt', null)])
    addDatasets([record('pdf', 'report.pdf', 'pdf', at(9, 5)), record('copy', BUNDLED_NAME, 'txt', at(14, 30))])
    render(<DatasetSwitcher />)
    const expected = [
      `中国共产党上海市委员会组织部 2018 · ${BUNDLED_NAME}`,
      '中国共产党上海市委员会组织部 2018 · report.pdf',
      `中国共产党上海市委员会组织部 2018 · ${BUNDLED_NAME} · 2024-05-01 14:30:00`,
    ]
    // The switcher shows each file name on the entry's second line: the label adds only what tells copies apart.
    expect(names()).toEqual(['中国共产党上海市委员会组织部 2018', '中国共产党上海市委员会组织部 2018', '中国共产党上海市委员会组织部 2018 · 2024-05-01 14:30:00', '全部数据集'])
    expect(within(screen.getByRole('navigation', { name: '数据集' })).getAllByText(/report\.pdf/)).toHaveLength(1)
    expect(rowLabels()).toEqual(expected.map((label) => [label]))

    // With the copy removed, the other two need only their file names; with the PDF gone too, nothing.
    fireEvent.click(screen.getByRole('button', { name: `移除 ${BUNDLED_NAME}` }))
    expect(names()).toEqual(['中国共产党上海市委员会组织部 2018', '中国共产党上海市委员会组织部 2018', '全部数据集'])
    fireEvent.click(screen.getByRole('button', { name: '撤销' }))
    expect(rowLabels()).toEqual(expected.map((label) => [label]))
    useAppStore.getState().removeDataset('copy')
    useAppStore.getState().removeDataset('pdf')
    expect(rowLabels()).toEqual([['中国共产党上海市委员会组织部 2018']])
  })
})
