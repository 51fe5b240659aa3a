import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { followDocumentLocale } from '../../src/app/document-locale.ts'
import { KeyFigures } from '../../src/app/KeyFigures.tsx'
import { PageTools } from '../../src/app/PageTools.tsx'
import { mostCommonTheme } from '../../src/domain/problem-themes.ts'
import { summarize } from '../../src/domain/stats.ts'
import { localized } from '../../src/i18n/catalogue.ts'
import { Notices } from '../../src/import/Notices.tsx'
import { createAppStore, useAppStore } from '../../src/store/app-store.ts'
import { ProjectTable } from '../../src/table/ProjectTable.tsx'
import { DiagnosticItems } from '../../src/ui/DiagnosticItems.tsx'
import { bundled, bundledRows } from '../support/bundled.ts'

/** Key figures as label → shown text, whitespace collapsed. */
function keyFigures(): Record<string, string> {
  const region = screen.getByRole('region')
  return Object.fromEntries(
    [...region.querySelectorAll('dl > div')].map((item) => [
      item.querySelector('dt')?.textContent ?? '',
      (item.querySelector('dd')?.textContent ?? '').replaceAll(/\s+/g, ' ').trim(),
    ]),
  )
}

describe('the language switch', () => {
  it('names the other language in that language, switches in one click and remembers it', () => {
    render(<PageTools />)
    const toEnglish = screen.getByRole('button', { name: 'English' })
    expect(toEnglish.getAttribute('lang')).toBe('en')
    expect(toEnglish.getAttribute('title')).toBe('Switch the interface to English')

    fireEvent.click(toEnglish)
    expect(useAppStore.getState().locale).toBe('en')
    expect(localStorage.getItem('jixiao.locale')).toBe('en')
    const toChinese = screen.getByRole('button', { name: '中文' })
    expect(toChinese.getAttribute('lang')).toBe('zh-CN')
    expect(toChinese.getAttribute('title')).toBe('切换到中文界面')
    // The page's other tools follow.
    expect(screen.getByRole('group', { name: 'Colour scheme' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Print audit memo' })).toBeTruthy()

    fireEvent.click(toChinese)
    expect(useAppStore.getState().locale).toBe('zh')
    expect(localStorage.getItem('jixiao.locale')).toBe('zh')
    expect(screen.getByRole('button', { name: '打印审计备忘录' })).toBeTruthy()
  })
})

describe('the document follows the language', () => {
  it('sets <html lang> and the title at once and on every switch', () => {
    const store = createAppStore()
    const stop = followDocumentLocale(store)
    expect(document.documentElement.lang).toBe('zh-CN')
    expect(document.title).toBe('jixiao 绩效 — 项目绩效评价结果')
    store.getState().setLocale('en')
    expect(document.documentElement.lang).toBe('en')
    expect(document.title).toBe('jixiao 绩效 — project performance-evaluation results')
    stop()
    store.getState().setLocale('zh')
    expect(document.documentElement.lang).toBe('en')
  })

  it('follows a switch made in another tab', () => {
    const store = createAppStore()
    const stop = followDocumentLocale(store)
    window.dispatchEvent(new StorageEvent('storage', { key: 'jixiao.locale', newValue: 'en' }))
    expect(store.getState().locale).toBe('en')
    expect(document.documentElement.lang).toBe('en')
    window.dispatchEvent(new StorageEvent('storage', { key: 'jixiao.locale', newValue: 'nonsense' }))
    expect(store.getState().locale).toBe('en')
    stop()
  })
})

describe('the interface in English', () => {
  beforeEach(() => useAppStore.setState({ locale: 'en' }))

  it('states the key figures in English, amounts in 10k CNY with CNY millions', () => {
    const summary = summarize(bundled.dataset.projects)
    render(<KeyFigures summary={summary} total={8} commonTheme={mostCommonTheme(bundledRows)} />)
    expect(screen.getByRole('region').getAttribute('aria-label')).toBe('Key figures')
    expect(keyFigures()).toEqual({
      Projects: '8',
      'Total final amount (10k CNY)': '3,678.47≈ CNY 36.78 million',
      'Mean score': '90.72',
      'Amount-weighted mean score': '90.32',
      Grades: '优 Excellent 5 · 良 Good 3 · 中 Fair 0 · 差 Poor 0',
      'Execution rate stated': '2 of 8 projects',
      'Most common problem theme': 'Budget preparation6 of 8 projects, 6 problems',
    })
  })

  it('shows — for every figure an empty view has nothing to compute from', () => {
    render(<KeyFigures summary={summarize([])} total={8} commonTheme={null} />)
    expect(keyFigures()).toEqual({
      Projects: '0 / 8',
      'Total final amount (10k CNY)': '—',
      'Mean score': '—',
      'Amount-weighted mean score': '—',
      Grades: '优 Excellent 0 · 良 Good 0 · 中 Fair 0 · 差 Poor 0',
      'Execution rate stated': '—',
      'Most common problem theme': '—',
    })
  })

  it('heads the table in English and keeps the project names as published', () => {
    render(<ProjectTable rows={bundledRows} />)
    const table = screen.getByRole('table', { name: /^Project performance-evaluation results, 8 projects shown\./ })
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.querySelector('button')?.firstChild?.textContent)
    expect(headers).toEqual(['Project name', 'Final amount (10k CNY)', 'Score', 'Grade', 'Execution rate', 'Problems'])
    const first = within(table).getAllByRole('row')[1]!
    expect(within(first).getByRole('rowheader').textContent).toBe('2018年基层党建及队伍教育管理')
    expect(within(first).getByRole('rowheader').querySelector('[lang="zh-CN"]')).not.toBeNull()
    expect(within(first).getAllByRole('cell').map((td) => td.textContent)).toEqual([
      '338.62',
      '93.17',
      '优 Excellent',
      'Not disclosed',
      '3',
    ])
  })

  it('says what a diagnostic code means in English, with the parser’s Chinese message kept', () => {
    render(
      <DiagnosticItems
        locale="en"
        diagnostics={[{ level: 'warning', code: 'count-mismatch', message: '项目“甲”列出4条存在问题，但整改情况有3条', line: 12 }]}
      />,
    )
    const item = screen.getByRole('listitem')
    expect(item.textContent).toBe(
      'Warningline 12The numbers of problems and rectifications differ — 项目“甲”列出4条存在问题，但整改情况有3条count-mismatch',
    )
    expect(item.querySelector('[lang="zh-CN"]')?.textContent).toBe('项目“甲”列出4条存在问题，但整改情况有3条')
  })

  it('shows notices in the language of the moment, also those raised before a switch', () => {
    useAppStore.getState().pushNotice('error', localized((t) => t.imports.empty('空.txt')))
    render(<Notices />)
    expect(screen.getByRole('alert').textContent).toBe('空.txt: the file is empty; not imported.×')
    expect(screen.getByRole('button', { name: 'Dismiss this message' })).toBeTruthy()
    act(() => useAppStore.getState().setLocale('zh'))
    expect(screen.getByRole('alert').textContent).toBe('空.txt：文件是空的，未导入。×')
  })
})

describe('a browser without storage', () => {
  it('still switches the language, for the visit', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    render(<PageTools />)
    fireEvent.click(screen.getByRole('button', { name: 'English' }))
    expect(useAppStore.getState().locale).toBe('en')
  })
})
