import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { auditFlagLookup } from '../../src/domain/audit-flags.ts'
import { toRows } from '../../src/domain/project-row.ts'
import { type LinkDecision, linkSeries } from '../../src/domain/series.ts'
import { seriesChanges } from '../../src/domain/series-changes.ts'
import { seriesFlagLookup } from '../../src/domain/series-flags.ts'
import { ExportButtons } from '../../src/export/ExportButtons.tsx'
import { makeProject } from '../support/project.ts'

const dataset = (year: number, score: number) => ({
  title: null,
  department: '甲局',
  year,
  sourceName: `${year}.txt`,
  projects: [makeProject({ name: `${year}年培训经费`, score })],
})
const sources = [
  { id: 'a', dataset: dataset(2019, 92), diagnostics: [] },
  { id: 'b', dataset: dataset(2020, 85), diagnostics: [] },
]
const loaded = sources.map((s) => ({ ...s, rows: toRows(s.id, s.dataset.projects) }))
const rows = loaded.flatMap((s) => s.rows)
const decisions: LinkDecision[] = [{ op: 'join', row: 'b/0', with: 'a/0' }]
const series = linkSeries(loaded, decisions)
const links = { series, flagsOf: auditFlagLookup(loaded, seriesFlagLookup(seriesChanges(loaded, series))), linkDecisions: decisions }

let saved: Blob[] = []
beforeEach(() => {
  saved = []
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    saved.push(blob as Blob)
    return 'blob:export'
  })
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined)
})
afterEach(() => vi.restoreAllMocks())

describe('ExportButtons', () => {
  it('downloads JSON with the series, the flags and the link decisions it is given', async () => {
    render(<ExportButtons rows={rows} sources={sources} links={links} baseName="甲局" locale="zh" />)
    fireEvent.click(screen.getByRole('button', { name: /JSON/ }))
    await waitFor(() => expect(saved).toHaveLength(1))
    const json = JSON.parse(await (saved[0] as Blob).text()) as Record<string, unknown>
    expect(json.series).toEqual([{ key: 'name:甲局|培训经费', projects: [{ dataset: 0, project: 0 }, { dataset: 1, project: 0 }] }])
    expect(json.linkDecisions).toEqual([{ op: 'join', row: { dataset: 1, project: 0 }, with: { dataset: 0, project: 0 } }])
    const datasets = json.datasets as { projects: { flags: string[] }[] }[]
    expect(datasets.map((d) => d.projects[0]?.flags)).toEqual([
      ['no-execution-rate', 'missing-field'],
      ['no-execution-rate', 'missing-field', 'score-fell'],
    ])
  })

  it('downloads CSV whose last columns are the series key and the flags', async () => {
    render(<ExportButtons rows={rows} sources={sources} links={links} baseName="甲局" locale="zh" />)
    fireEvent.click(screen.getByRole('button', { name: /CSV/ }))
    await waitFor(() => expect(saved).toHaveLength(1))
    const lines = (await (saved[0] as Blob).text()).split('\r\n')
    expect(lines[0]?.endsWith(',seriesKey,flags')).toBe(true)
    expect(lines[2]?.endsWith(',name:甲局|培训经费,no-execution-rate;missing-field;score-fell')).toBe(true)
  })
})
