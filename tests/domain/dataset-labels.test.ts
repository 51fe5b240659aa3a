import { describe, expect, it } from 'vitest'
import { type DatasetMeta, datasetLabel, datasetLabels } from '../../src/domain/dataset-record.ts'

/** An import time given in local time, so the expected labels hold in any time zone. */
const at = (hour: number, minute: number, second = 0): string => new Date(2024, 4, 1, hour, minute, second).toISOString()

const record = (department: string | null, year: number | null, fileName: string, importedAt: string | null = at(9, 30)) => {
  const meta: DatasetMeta = { origin: importedAt === null ? 'bundled' : 'imported', fileName, kind: 'txt', importedAt }
  return { dataset: { title: null, department, year, sourceName: fileName, projects: [] }, meta }
}

describe('datasetLabel', () => {
  it.each([
    [record('财政局', 2019, 'a.txt'), '财政局 2019'],
    [record('财政局', null, 'a.txt'), '财政局'],
    [record(null, 2019, 'a.txt'), 'a.txt'],
  ])('labels one dataset: %#', (r, expected) => expect(datasetLabel(r)).toBe(expected))
})

describe('datasetLabels', () => {
  it.each<[string, ReturnType<typeof record>[], string[]]>([
    ['distinct labels stay as they are', [record('财政局', 2019, 'a.txt'), record('财政局', 2020, 'b.txt'), record('教育局', 2019, 'c.txt')], ['财政局 2019', '财政局 2020', '教育局 2019']],
    [
      'a report’s .txt and its PDF: the file name after each',
      [record('财政局', 2019, '2019.txt'), record('财政局', 2020, '2020.txt'), record('财政局', 2019, '2019.pdf')],
      ['财政局 2019 · 2019.txt', '财政局 2020', '财政局 2019 · 2019.pdf'],
    ],
    [
      'a copy under the same name: the import time too',
      [record('财政局', 2019, '2019.txt', at(9, 30)), record('财政局', 2019, '2019.txt', at(14, 3, 7)), record('财政局', 2019, '2019.pdf')],
      ['财政局 2019 · 2019.txt · 2024-05-01 09:30:00', '财政局 2019 · 2019.txt · 2024-05-01 14:03:07', '财政局 2019 · 2019.pdf'],
    ],
    [
      'the bundled report has no import time: only the copy gets one',
      [record('财政局', 2019, 'report.txt', null), record('财政局', 2019, 'report.txt', at(8, 0))],
      ['财政局 2019 · report.txt', '财政局 2019 · report.txt · 2024-05-01 08:00:00'],
    ],
    [
      'labelled by file name already: the import time, not the name twice',
      [record(null, null, 'x.csv', at(10, 0)), record(null, null, 'x.csv', at(11, 0))],
      ['x.csv · 2024-05-01 10:00:00', 'x.csv · 2024-05-01 11:00:00'],
    ],
    [
      'alike in all three: numbered in list order',
      [record('财政局', 2019, 'a.txt', at(10, 0)), record('财政局', 2019, 'a.txt', at(10, 0))],
      ['财政局 2019 · a.txt · 2024-05-01 10:00:00 (1)', '财政局 2019 · a.txt · 2024-05-01 10:00:00 (2)'],
    ],
    ['none', [], []],
  ])('%s', (_, records, expected) => expect(datasetLabels(records)).toEqual(expected))
})

describe('datasetLabels where the file name is shown beside the label', () => {
  it('does not repeat the file name, but keeps the import time that tells copies apart', () => {
    const records = [record('某局', 2018, 'a.txt', null), record('某局', 2018, 'a.pdf', '2026-12-03T10:00:00Z'), record('某局', 2018, 'a.pdf', '2026-12-03T11:00:00Z')]
    const labels = datasetLabels(records, { fileNameShown: true })
    expect(labels[0]).toBe('某局 2018')
    expect(labels[1]).toMatch(/^某局 2018 · 2026-12-03 \d\d:00:00$/)
    expect(labels[2]).toMatch(/^某局 2018 · 2026-12-03 \d\d:00:00$/)
    expect(labels[1]).not.toBe(labels[2])
  })
})
