import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { TableDocument } from '../../../src/domain/cell-table.ts'
import { recogniseForms } from '../../../src/ingest/forms/recognise-forms.ts'
import { gridTable, tablePart, textPart } from '../../support/cell-table.ts'

/** Words forms are made of, so random documents often look like forms: labels, numbers, placeholders. */
const WORDS = [
  '项目支出绩效自评表', '（2022年度）', '项目名称', '主管部门', '实施单位', '项目资金（万元）', '项目资金 (元)', '年初预算数',
  '全年预算数', '全年执行数', '执行率', '分值', '得分', '年度资金总额', '总额', '其中：当年财政拨款', '绩效指标', '一级指标',
  '二级指标', '三级指标', '年度指标值', '实际完成值', '偏差原因分析及改进措施', '总分', '合计', '评价结论', '存在问题',
  '改进措施', '自评得分', '自评总分96.6分，评价等级为优', '1.问题一；2.问题二', '一是甲；二是乙', '无', '—', '/', '……',
  '指标1：', '100', '98.5', '86%', '150万', '1,138.52', '0.00', '-3', '', '^', '<',
]
const cellText = fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 6 }))

/** Every number written anywhere in the document, and the same in 万元 when written in 元. */
function statedNumbers(document: TableDocument): Set<number> {
  const numbers = new Set<number>()
  const texts = document.parts.flatMap((part) => (part.kind === 'text' ? [part.text] : part.table.cells.map((cell) => cell.text)))
  for (const text of texts) {
    for (const m of text.normalize('NFKC').replace(/,/g, '').matchAll(/\d+(?:\.\d+)?/g)) {
      numbers.add(Number(m[0]))
      numbers.add(Number(`${m[0]}e-4`))
    }
  }
  return numbers
}

describe('recogniseForms on arbitrary documents', () => {
  it('never throws, and every number it gives is one the document states', () => {
    const rows = fc.array(fc.array(cellText, { minLength: 1, maxLength: 9 }), { minLength: 1, maxLength: 24 })
    fc.assert(
      fc.property(fc.array(fc.oneof(rows, cellText), { minLength: 1, maxLength: 4 }), (pieces) => {
        const parts = pieces.map((piece, i) => {
          if (typeof piece === 'string') return textPart(piece)
          const cols = Math.max(...piece.map((row) => row.length))
          // '^' and '<' make merges only where a cell exists above or to the left.
          const grid = piece.map((row, r) =>
            Array.from({ length: cols }, (_, c) => {
              const text = row[c] ?? ''
              if (text === '^') return r === 0 ? '' : '^'
              if (text === '<') return c === 0 ? '' : '<'
              return text
            }),
          )
          return tablePart(gridTable(grid, { index: i + 1 }))
        })
        const document = { parts }
        const stated = statedNumbers(document)
        const { dataset } = recogniseForms(document, 'random.html')
        for (const p of dataset.projects) {
          for (const value of [p.amountWan, p.budgetWan, p.initialBudgetWan, p.executionRate, p.score]) {
            if (value !== null) expect(stated.has(Math.abs(value))).toBe(true)
          }
          for (const indicator of p.indicators) {
            for (const value of [indicator.weight, indicator.score]) if (value !== null) expect(stated.has(Math.abs(value))).toBe(true)
          }
        }
      }),
      { numRuns: 400 },
    )
  })
})
