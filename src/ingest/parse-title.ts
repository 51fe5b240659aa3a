export interface TitleParts {
  title: string | null
  department: string | null
  year: number | null
}

const YEAR = /((?:19|20)\d{2})\s*年度?/
const AFTER_DEPARTMENT = /(?:财政支出|项目|部门|整体|预算)/

/** "中国共产党上海市委员会组织部2018年度财政支出项目绩效评价结果" → department and year. */
export function parseTitle(title: string): TitleParts {
  if (title === '') return { title: null, department: null, year: null }
  const m = YEAR.exec(title)
  if (m === null || m[1] === undefined) return { title, department: null, year: null }
  const before = title.slice(0, m.index).trim()
  if (before !== '') return { title, department: before, year: Number(m[1]) }
  const after = title.slice(m.index + m[0].length)
  const end = after.search(AFTER_DEPARTMENT)
  const department = (end >= 0 ? after.slice(0, end) : '').trim()
  return { title, department: department === '' ? null : department, year: Number(m[1]) }
}
