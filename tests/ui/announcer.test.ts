import { afterEach, describe, expect, it } from 'vitest'
import { announce, clearAnnouncements, currentAnnouncement, splitReportText, subscribeAnnouncements } from '../../src/ui/announcer.ts'

afterEach(() => clearAnnouncements())

describe('announcer', () => {
  it('says nothing until something is announced', () => {
    expect(currentAnnouncement()).toBeNull()
  })

  it('keeps the last announcement, a new id each time (the same words too), and tells its listeners', () => {
    const heard: (string | undefined)[] = []
    const stop = subscribeAnnouncements(() => heard.push(currentAnnouncement()?.text))
    announce('显示 8 个项目中的 3 个。')
    const first = currentAnnouncement()
    announce('显示 8 个项目中的 3 个。')
    const second = currentAnnouncement()
    expect(first?.text).toBe('显示 8 个项目中的 3 个。')
    expect(second).toEqual({ id: (first?.id ?? 0) + 1, text: '显示 8 个项目中的 3 个。', reportText: null })
    stop()
    announce('Showing 3 of 8 projects.')
    expect(heard).toEqual(['显示 8 个项目中的 3 个。', '显示 8 个项目中的 3 个。'])
  })
})

describe('splitReportText', () => {
  it.each<[string, string | null, string[]]>([
    [
      '2018年党代表工作经费, final amount 278.31 (10k CNY), score 92.83, grade 优 Excellent, 2 / 8',
      '2018年党代表工作经费',
      ['', '2018年党代表工作经费', ', final amount 278.31 (10k CNY), score 92.83, grade 优 Excellent, 2 / 8'],
    ],
    ['Budget execution: 1 item, 3 / 27', null, ['Budget execution: 1 item, 3 / 27']],
    ['Sorted by score, descending; 8 projects.', '', ['Sorted by score, descending; 8 projects.']],
    ['no such name here', '甲', ['no such name here']],
  ])('%s', (text, reportText, expected) => {
    expect(splitReportText(text, reportText)).toEqual(expected)
  })
})
