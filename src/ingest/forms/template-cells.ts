import type { TemplateCell } from '../../domain/types.ts'
import type { DocumentRow } from './document-rows.ts'
import { isTemplateText } from './form-labels.ts'
import { addressOf, type Found } from './form-rows.ts'

/** A text a form states, with the label the form gives it (存在问题, 年度目标完成情况, 未完成原因分析（指标名）…). */
export interface LabelledText extends Found {
  label: string
}

/** A label as the form writes it, without the spaces of spaced or wrapped labels (存 在 问 题, 偏差原因分析及\n改进措施). */
export const labelText = (text: string): string => text.replace(/\s+/g, '')

/**
 * The texts that still hold the template's instructions, in the order of the form, each once.
 * Only the texts a record is read from are looked at (goals, what was achieved, the indicators'
 * deviation notes, 评价结论, 存在问题, 改进措施, 项目实施内容及过程概述). The Sichuan funds table's
 * 原因 cell is deliberately not among them: filled forms keep its instructions
 * ("1.预算执行率=预算执行数/调整后预算数…") as often as not, so it would mark nearly every Sichuan form.
 * A cell outside the form's own table (a page's paragraph) has no address.
 */
export function templateCells(
  rows: readonly DocumentRow[],
  texts: readonly (LabelledText | null)[],
  table: DocumentRow['table'],
): TemplateCell[] {
  const seen = new Set<unknown>()
  const found = texts.filter((t): t is LabelledText => {
    if (t === null || seen.has(t.rowCell.cell) || !isTemplateText(t.text)) return false
    seen.add(t.rowCell.cell)
    return true
  })
  const rowIndex = (t: LabelledText): number => rows.indexOf(t.row)
  found.sort((a, b) => rowIndex(a) - rowIndex(b) || a.rowCell.cell.col - b.rowCell.cell.col)
  return found.map((t) => ({
    field: t.label,
    cell: t.row.table === null || t.row.table !== table ? null : addressOf(t),
    text: t.text,
  }))
}
