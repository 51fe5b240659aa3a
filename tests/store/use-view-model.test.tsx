import { act, renderHook } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useAppStore } from '../../src/store/app-store.ts'
import { useViewModel } from '../../src/store/use-view-model.ts'
import { bundled, bundledText, BUNDLED_NAME } from '../support/bundled.ts'

function withBundledReport() {
  const meta = { origin: 'bundled', fileName: BUNDLED_NAME, kind: 'txt', importedAt: null } as const
  useAppStore.getState().addDatasets([{ id: 'bundled', meta, ...bundled, sourceText: bundledText }])
  return renderHook(() => useViewModel())
}

describe('useViewModel stages', () => {
  it('re-sorts the table rows without deriving the charts’ rows again', () => {
    const { result } = withBundledReport()
    const before = result.current
    act(() => useAppStore.getState().setSorting([{ id: 'score', desc: true }]))
    const after = result.current
    expect(after.rows.map((r) => r.project.score)).toEqual([94.51, 93.17, 92.83, 90.61, 90.13, 89.81, 89.6, 85.12])
    expect(after.rows).not.toBe(before.rows)
    expect(after.filteredRows).toBe(before.filteredRows)
    expect(after.scatterRows).toBe(before.scatterRows)
    expect(after.themeRows).toBe(before.themeRows)
    expect(after.summary).toBe(before.summary)
    expect(after.inView).toBe(before.inView)
  })

  it('filters anew but keeps the scope when a grade is chosen', () => {
    const { result } = withBundledReport()
    const before = result.current
    act(() => useAppStore.getState().toggleGrade('良'))
    expect(result.current.rows.map((r) => r.project.grade)).toEqual(['良', '良', '良'])
    expect(result.current.filteredRows).not.toBe(before.filteredRows)
    expect(result.current.gradeRows).toHaveLength(8)
    expect(result.current.inView).toBe(before.inView)
    expect(result.current.flagsOf).toBe(before.flagsOf)
  })
})
