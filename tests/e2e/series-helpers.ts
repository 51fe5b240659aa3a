/**
 * Helpers of series.test.ts: what the comparison view, the change facet, the drawer's series
 * section and its audit flags show, read as text the way a user sees (or hears) them.
 */
import type { Locator, Page } from 'playwright-core'
import { drawer, projectRows } from './helpers.ts'
import { switcherEntries } from './import-helpers.ts'

/** The 2018 report's department, as the switcher and the comparison label its datasets. */
export const DEPARTMENT = '中国共产党上海市委员会组织部'

/** A table row of the project named `name` (its row header). */
export const rowNamed = (page: Page, name: string): Locator =>
  projectRows(page).filter({ has: page.getByRole('rowheader', { name, exact: true }) })

/** The change facet (分值下降, 新增…) and the audit-flag facet, as groups named for what they filter. */
export const changeFacet = (page: Page): Locator => page.getByRole('group', { name: '按年度变化筛选' })
export const flagFacet = (page: Page): Locator => page.getByRole('group', { name: '按审计提示筛选' })

/** A facet's toggle, by the start of its text (the count follows the label). */
export const facetButton = (facet: Locator, label: string): Locator => facet.getByRole('button', { name: new RegExp(`^${label} \\d+$`) })

/** Each toggle of a facet as its text reads: "分值下降 1". */
export const facetTexts = async (facet: Locator): Promise<string[]> =>
  (await facet.getByRole('button').allTextContents()).map((text) => text.trim())

/**
 * What a cell shows on screen, or what a screen reader says of it: the text without the
 * visually hidden words (shown), or without the aria-hidden marks (spoken).
 */
export async function cellTexts(cells: Locator, as: 'shown' | 'spoken' = 'shown'): Promise<string[]> {
  return cells.evaluateAll(
    (elements, hide) =>
      elements.map((element) => {
        const copy = element.cloneNode(true) as Element
        for (const hidden of copy.querySelectorAll(hide)) hidden.remove()
        return (copy.textContent ?? '').replace(/\s+/g, ' ').trim()
      }),
    as === 'shown' ? '.visually-hidden' : '[aria-hidden="true"]',
  )
}

/** Every row of a table (head and body) as the texts its cells show. */
export async function tableRows(table: Locator): Promise<string[][]> {
  const rows: string[][] = []
  for (const row of await table.locator('tr').all()) rows.push(await cellTexts(row.locator('th, td')))
  return rows
}

/** The comparison's tables, by their headings. */
export const figuresTable = (page: Page): Locator => page.getByRole('region', { name: '各数据集的关键数字' }).getByRole('table')
export const departmentTable = (page: Page): Locator =>
  page.getByRole('region', { name: '部门 × 年度：项目数、平均分、评价结论与平均预算执行率' }).getByRole('table')

/** The department × year table's body: the department, then each year's cell as its lines (projects, mean, grades, rate). */
export async function departmentRows(page: Page): Promise<string[][][]> {
  const rows: string[][][] = []
  for (const row of await departmentTable(page).locator('tbody tr').all()) {
    const cells: string[][] = []
    for (const cell of await row.locator('th, td').all()) cells.push(await cellTexts(cell.locator(':scope > *')))
    rows.push(cells)
  }
  return rows
}

/** The drawer's series section (历年（n 个年度）) and the records that may be the same project. */
export const seriesSection = (page: Page): Locator => drawer(page).getByRole('region', { name: /^历年（\d+ 个年度）$/ })
export const candidatesSection = (page: Page): Locator => drawer(page).getByRole('region', { name: '可能是同一项目（未关联）' })

/** The drawer's audit flags: each flag's label, then the lines that explain it. */
export async function drawerFlags(page: Page): Promise<string[][]> {
  return drawer(page)
    .getByRole('list', { name: '审计提示', exact: true })
    .locator(':scope > li')
    .evaluateAll((items) =>
      items.map((li) => {
        const label = li.querySelector('.audit-flag') ?? li
        return [label, ...li.querySelectorAll('.flag-note')].map((e) => (e.textContent ?? '').trim())
      }),
    )
}

/** The labels of the drawer's audit flags. */
export const drawerFlagLabels = async (page: Page): Promise<string[]> => (await drawerFlags(page)).map((flag) => flag[0] ?? '')

/** The items of a numbered list under a heading of the series section: number and text, then its note. */
export async function pairItems(page: Page, heading: string): Promise<{ text: string; className: string; notes: string[] }[]> {
  return seriesSection(page)
    .locator('section', { has: page.getByRole('heading', { name: heading, exact: true }) })
    .locator('ol.numbered-items > li')
    .evaluateAll((items) =>
      items.map((li) => ({
        text: `${li.children[0]?.textContent ?? ''}${li.children[1]?.textContent ?? ''}`,
        className: li.className,
        notes: Array.from(li.querySelectorAll('.recurred-note'), (p) => (p.textContent ?? '').trim()),
      })),
    )
}

/** The marked phrases of an item (the phrases it shares with the other year's), in the order they appear. */
export const markedPhrases = (page: Page, heading: string): Promise<string[]> =>
  seriesSection(page)
    .locator('section', { has: page.getByRole('heading', { name: heading, exact: true }) })
    .locator('li.recurred mark')
    .allTextContents()

/** The switcher's entry of the view shown: "全部数据集 · 2 个 · 12 个项目"; '' when none is marked. */
export const currentView = async (page: Page): Promise<string> => (await switcherEntries(page)).find((entry) => entry.current)?.text ?? ''
