import { describe, expect, it } from 'vitest'
import { EMPTY_FILTERS } from '../../src/domain/view.ts'
import { ALL_DATASETS } from '../../src/store/app-store.ts'
import { bundledAnd2019 } from '../support/report-record.ts'
import { deriveFiltered, deriveLinks, deriveScope } from '../../src/store/view-model.ts'

const datasets = bundledAnd2019()
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
