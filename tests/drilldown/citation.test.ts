import { describe, expect, it } from 'vitest'
import { citationFor } from '../../src/drilldown/citation.ts'
import { bundled } from '../support/bundled.ts'

describe('citationFor', () => {
  const project = bundled.dataset.projects[3]!
  const fromPdf = { ...project, source: { ...project.source, page: 3 } }

  it('names the report, the project and its lines in a text file', () => {
    expect(citationFor(bundled.dataset, project, 'zh')).toBe(
      '中国共产党上海市委员会组织部2018年度财政支出项目绩效评价结果，“2018年度领导干部培训经费项目”，shanghai-organization-department-2018.txt 第178–256行',
    )
  })

  it('names the page of a PDF instead of lines of extracted text', () => {
    expect(citationFor({ ...bundled.dataset, sourceName: 'report.pdf' }, fromPdf, 'zh')).toBe(
      '中国共产党上海市委员会组织部2018年度财政支出项目绩效评价结果，“2018年度领导干部培训经费项目”，report.pdf 第3页',
    )
  })

  it('words the reference in English around the report’s own title and name', () => {
    expect(citationFor(bundled.dataset, project, 'en')).toBe(
      '中国共产党上海市委员会组织部2018年度财政支出项目绩效评价结果, “2018年度领导干部培训经费项目”, shanghai-organization-department-2018.txt, lines 178–256',
    )
    expect(citationFor({ ...bundled.dataset, sourceName: 'report.pdf' }, fromPdf, 'en')).toBe(
      '中国共产党上海市委员会组织部2018年度财政支出项目绩效评价结果, “2018年度领导干部培训经费项目”, report.pdf, page 3',
    )
  })

  it('says so when the report names no project', () => {
    expect(citationFor(bundled.dataset, { ...project, name: null }, 'en')).toContain('“(project name not stated)”')
  })
})
