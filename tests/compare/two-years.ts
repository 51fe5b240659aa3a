import { createAppStore, type LoadedDataset } from '../../src/store/app-store.ts'
import { BUNDLED_NAME, bundledText } from '../support/bundled.ts'
import { reportRecord } from '../support/report-record.ts'

/**
 * The bundled 2018 report and a 2019 report made from its text, as a user would import it: the
 * title's year changed; 基层党建 scored 94.17 (93.17, rose 1.00) with 340.62 万元 (338.62); 党建服务
 * scored 79.50 and 中 (85.12 and 良: fell 5.62, 良→中); 在线学习 dropped (gone); a new project added.
 */
const NAME_2019 = 'shanghai-organization-department-2019.txt'

const ONLINE_LEARNING = /项目名称 2018年度在线学习工作经费项目[\s\S]*?(?=项目名称 2018年上海市党员干部现代远程教育工作经费)/

const text2019 = bundledText
  .replace('中国共产党上海市委员会组织部2018年度财政支出', '中国共产党上海市委员会组织部2019年度财政支出')
  .replace('决算金额 338.62万元', '决算金额 340.62万元')
  .replace('评价分值 93.17', '评价分值 94.17')
  .replace(/评价分值 85\.12 \n\n评价结论 良/, '评价分值 79.50 \n\n评价结论 中')
  .replace(ONLINE_LEARNING, '')
  .concat('\n\n绩效评价结果信息表 \n\n项目名称 2019年党员教育新媒体建设 \n\n决算金额 120.00万元 \n\n评价分值 88.00 \n\n评价结论 良 \n\n主要绩效 完成平台建设。\n')

const record2018 = reportRecord('bundled', BUNDLED_NAME, bundledText, null)
const record2019 = reportRecord('y2019', NAME_2019, text2019, '2026-01-01T00:00:00.000Z')

/** Both years loaded as the store loads them. */
export function twoYears(): LoadedDataset[] {
  const store = createAppStore()
  store.getState().addDatasets([record2018, record2019])
  return store.getState().datasets
}
