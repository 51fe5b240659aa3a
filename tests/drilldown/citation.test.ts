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

  it.each([
    ['zh', { sheet: '项目自评', table: 1, cells: 'A1:J38' }, '某局2022年度绩效自评，“工资性支出”，form.xlsx 工作表“项目自评”，A1:J38'],
    ['zh', { page: 3, table: 2 }, '某局2022年度绩效自评，“工资性支出”，form.xlsx 第 3 页，表 2'],
    ['en', { sheet: '项目自评', table: 1, cells: 'A1:J38' }, '某局2022年度绩效自评, “工资性支出”, form.xlsx, sheet “项目自评”, A1:J38'],
    ['en', { table: 4, cells: 'A1:H20' }, '某局2022年度绩效自评, “工资性支出”, form.xlsx, table 4, A1:H20'],
  ] as const)('names the sheet or page, table and range of a form read from a table (%s)', (locale, where, expected) => {
    const dataset = { ...bundled.dataset, title: '某局2022年度绩效自评', sourceName: 'form.xlsx' }
    const form = { ...project, name: '工资性支出', source: { startLine: 1, endLine: 1, ...where } }
    expect(citationFor(dataset, form, locale)).toBe(expected)
  })

  it('says so when the report names no project', () => {
    expect(citationFor(bundled.dataset, { ...project, name: null }, 'en')).toContain('“(project name not stated)”')
  })
})
