import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { contentHash, type DatasetRecord } from '../../src/domain/dataset-record.ts'
import { EMPTY_FILTERS } from '../../src/domain/view.ts'
import { parseReport } from '../../src/ingest/parse-report.ts'
import { ALL_DATASETS, createAppStore } from '../../src/store/app-store.ts'
import { deriveFiltered, deriveLinks, deriveScope } from '../../src/store/view-model.ts'

const record = (path: string, origin: 'bundled' | 'imported'): DatasetRecord => {
  const text = readFileSync(path, 'utf8')
  const { dataset, diagnostics } = parseReport(text, { sourceName: path.split('/').pop() as string })
  return {
    id: origin === 'bundled' ? 'bundled' : contentHash(text),
    meta: { origin, fileName: dataset.sourceName, kind: 'txt', importedAt: origin === 'bundled' ? null : '2026-12-03T00:00:00Z' },
    dataset,
    diagnostics,
    sourceText: text,
  }
}

const store = createAppStore()
store.getState().addDatasets([
  record('public/data/shanghai-organization-department-2018.txt', 'bundled'),
  record('tests/fixtures/series/shanghai-2019.txt', 'imported'),
])
const { datasets } = store.getState()
const names = (rows: readonly { project: { name: string | null } }[]) => rows.map((r) => r.project.name)

describe('the view model across two years of the bundled department', () => {
  const scope = deriveScope(datasets, ALL_DATASETS, deriveLinks(datasets, []))
  const flagged = (flag: 'score-fell' | 'problem-recurred') => names(deriveFiltered(scope, { ...EMPTY_FILTERS, flags: [flag] }).filteredRows)

  it('links the three projects the 2019 report continues, whatever their year style', () => {
    expect(scope.series.series.map((s) => names(s.members.map((m) => m.row)))).toEqual([
      ['2018年基层党建及队伍教育管理', '2019年基层党建及队伍教育管理'],
      ['2018年党代表工作经费', '2019年度党代表工作经费'],
      ['2018年干部考评和人才发展工作经费', '2019年干部考评和人才发展工作经费'],
    ])
  })

  it.each([
    [['fell'], ['2019年基层党建及队伍教育管理']],
    [['rose'], ['2019年度党代表工作经费']],
    [['same'], ['2019年干部考评和人才发展工作经费']],
    [['new'], ['2019年度青年干部培养经费']],
    [
      ['gone'],
      ['2018年度领导干部培训经费项目', '2018年党建服务工作经费项目', '2018年度在线学习工作经费项目', '2018年上海市党员干部现代远程教育工作经费', '2018年组织部门建设和管理工作'],
    ],
  ] as const)('the change filter %j keeps %j', (changes, expected) => {
    expect(names(deriveFiltered(scope, { ...EMPTY_FILTERS, changes }).filteredRows)).toEqual(expected)
  })

  it('flags the fallen score and the contract problem that came back after 采取分期付款', () => {
    expect(flagged('score-fell')).toEqual(['2019年基层党建及队伍教育管理'])
    expect(flagged('problem-recurred')).toEqual(['2019年基层党建及队伍教育管理'])
  })

  it('follows the user’s decisions: a broken link takes the flags with it', () => {
    const broken = deriveScope(datasets, ALL_DATASETS, deriveLinks(datasets, [{ op: 'detach', row: `${datasets[1]!.id}/0` }]))
    expect(names(deriveFiltered(broken, { ...EMPTY_FILTERS, flags: ['score-fell', 'problem-recurred'] }).filteredRows)).toEqual([])
    expect(names(deriveFiltered(broken, { ...EMPTY_FILTERS, changes: ['new'] }).filteredRows)).toEqual([
      '2019年基层党建及队伍教育管理',
      '2019年度青年干部培养经费',
    ])
  })
})
