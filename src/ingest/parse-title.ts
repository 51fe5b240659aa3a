export interface TitleParts {
  title: string | null
  department: string | null
  year: number | null
}

const YEAR = /((?:19|20)\d{2})\s*年度?/
const AFTER_DEPARTMENT = /(?:财政支出|项目|部门|整体|预算)/
/** Where a clause ends: the organisation name before the year starts after the last of these. */
const CLAUSE_BREAKS = new Set(['，', '。', '：', '；', '、', '！', '？', ',', ':', ';', '!', '?'])
/** Words of the sentence around a name, never part of one: "现将上海市某局…", "关于公开上海市某局…". */
const LEADING_VERBS = /^(?:现将|特将|兹将|现就|现对|关于|公开|公布)+/

/** The organisation named right before the year: the text of the last clause before it, minus "现将"-like verbs. */
function nameBefore(text: string): string {
  let start = text.length
  while (start > 0 && !CLAUSE_BREAKS.has(text[start - 1] ?? '')) start--
  return text.slice(start).trim().replace(LEADING_VERBS, '').trim()
}

/**
 * "中国共产党上海市委员会组织部2018年度财政支出项目绩效评价结果" → department and year. A long preamble
 * ("根据…，现将上海市某局2019年度项目绩效评价结果公开如下") gives the organisation named right before the year.
 */
export function parseTitle(title: string): TitleParts {
  if (title === '') return { title: null, department: null, year: null }
  const m = YEAR.exec(title)
  if (m === null || m[1] === undefined) return { title, department: null, year: null }
  const before = nameBefore(title.slice(0, m.index))
  if (before !== '') return { title, department: before, year: Number(m[1]) }
  const after = title.slice(m.index + m[0].length)
  const end = after.search(AFTER_DEPARTMENT)
  const department = (end >= 0 ? after.slice(0, end) : '').trim()
  return { title, department: department === '' ? null : department, year: Number(m[1]) }
}
