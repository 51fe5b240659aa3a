import { bundledText } from '../support/bundled.ts'
import { reportRecord } from '../support/report-record.ts'

/**
 * The bundled 2018 report and a 2019 copy of it, as a user makes two years to try the series: the
 * title's year and the names' years changed, 基层党建及队伍教育管理 scored 85.50 (良) instead of
 * 93.17 (优) with its problem (3) on contracts paid in one sum again, although 2018's rectification
 * (3) says it now pays in instalments, and 党代表工作经费 renamed 党代表工作经费项目 (alike, not the same).
 */
const TEXT_2019 = bundledText
  .replace('组织部2018年度财政支出', '组织部2019年度财政支出')
  .replaceAll('项目名称 2018年', '项目名称 2019年')
  .replace('评价分值 93.17', '评价分值 85.50')
  .replace('评价结论 优', '评价结论 良')
  .replace(
    '（3）\n\n合同管理存在潜在风险，部分合同的支付方式为\n\n一次性支付，不利于风险控制。',
    '（3）\n\n合同管理仍存在潜在风险，部分合同的支付方式\n\n仍为一次性支付。',
  )
  .replace('项目名称 2019年党代表工作经费', '项目名称 2019年党代表工作经费项目')

const IMPORTED_AT = '2024-01-02T03:04:05Z'

export const YEAR_2018 = reportRecord('y2018', 'organization-2018.txt', bundledText, IMPORTED_AT)
export const YEAR_2019 = reportRecord('y2019', 'organization-2019.txt', TEXT_2019, IMPORTED_AT)
