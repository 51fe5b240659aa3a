import { act, fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { ImportLoss } from '../../src/domain/import-summary.ts'
import { localized } from '../../src/i18n/catalogue.ts'
import { Notices } from '../../src/import/Notices.tsx'
import { useAppStore } from '../../src/store/app-store.ts'

const LOSS: ImportLoss = { projects: 3, byField: { name: 2, amountWan: 0, score: 0, grade: 0, problems: 3 }, errors: 0 }
const WARNING_ZH = '已导入 X：8 个项目，其中 3 个缺少数值（项目名称 2 个、存在问题 3 个），5 条解析提示。请在“审计提示 › 缺少字段”中核对。'
const WARNING_EN =
  'Imported X: 8 projects; 3 of them lack values (project name 2, problems 3); 5 parser notes. Check them under Audit flags › Missing field.'

const pushInfo = (name: string) => useAppStore.getState().pushNotice('info', localized((t) => t.imports.imported(name, 1, 0)))

/** The status region's notices as class → text (the × of each left out). */
const statuses = () =>
  [...screen.getByRole('status').querySelectorAll('p')].map((p) => [p.className, p.querySelector('span')?.textContent])

describe('Notices', () => {
  it('shows an import that lost values as a warning, apart from a clean one, in the language of the moment', () => {
    const { pushNotice } = useAppStore.getState()
    pushInfo('clean.txt')
    pushNotice('warning', localized((t) => t.imports.importedWithLoss('X', 8, 5, LOSS)))
    render(<Notices />)
    expect(statuses()).toEqual([
      ['notice notice-info', '已导入 clean.txt：1 个项目。'],
      ['notice notice-warning', WARNING_ZH],
    ])
    expect(screen.getByRole('alert').textContent).toBe('')
    act(() => useAppStore.getState().setLocale('en'))
    expect(statuses()[1]).toEqual(['notice notice-warning', WARNING_EN])
  })

  it('keeps a warning until it is dismissed, while only the last three infos show', () => {
    useAppStore.getState().pushNotice('warning', localized((t) => t.imports.importedWithLoss('X', 8, 5, LOSS)))
    for (const name of ['1.txt', '2.txt', '3.txt', '4.txt']) pushInfo(name)
    render(<Notices />)
    expect(statuses()).toEqual([
      ['notice notice-warning', WARNING_ZH],
      ['notice notice-info', '已导入 2.txt：1 个项目。'],
      ['notice notice-info', '已导入 3.txt：1 个项目。'],
      ['notice notice-info', '已导入 4.txt：1 个项目。'],
    ])
    fireEvent.click(screen.getAllByRole('button', { name: '关闭此消息' })[0] as HTMLElement)
    expect(statuses().map(([className]) => className)).toEqual(['notice notice-info', 'notice notice-info', 'notice notice-info'])
    expect(useAppStore.getState().notices.some((n) => n.level === 'warning')).toBe(false)
  })
})
