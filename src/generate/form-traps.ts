import { chance, type Random } from './random.ts'

/**
 * What real forms do that a reader can trip on. A generated form has each of them some of the
 * time; a caller can leave any out (`without`), e.g. a test that holds a known reader gap apart.
 */
export const FORM_TRAPS = [
  /** 一级/二级 labels merged down their group (rowspan) rather than repeated on every row. */
  'merged-levels',
  /** — / - / / in the 其中 rows, 指标2： and …… rows, deviation cells holding 无, 0 or /. */
  'placeholders',
  /** Amounts with thousands separators: 1,138.52. */
  'thousands',
  /** Amounts typed with a 万 suffix: 150万 (national layout). */
  'wan-suffix',
  /** A unit code before 主管部门: 219-池州市贵池区水利局. */
  'unit-codes',
  /** An empty 主管部门 or 实施单位 cell. */
  'empty-organisations',
  /** 三级指标 written 指标1：培训人次. */
  'indicator-numbering',
  /** An indicator with a name and no values. */
  'name-only-indicators',
  /** An empty 执行率 cell. */
  'missing-rate',
  /** An empty 总分 得分 cell (national layout). */
  'blank-total-score',
  /** Word-pasted markup: MsoNormalTable, <p><span> in every cell, &nbsp; in empty ones. */
  'word-markup',
  /** Source line breaks inside Chinese text. */
  'source-breaks',
  /** Labels with spaces between their characters: 项 目 名 称. */
  'spaced-labels',
  /** A CMS page around the forms: <title>, breadcrumb, 发布时间, footer. */
  'page-chrome',
  /** The CMS page laid out in a table that holds the forms' tables. */
  'layout-table',
  /** Empty rows in the indicator table (鄂州). */
  'filler-rows',
  /** The title lines as the table's first rows. */
  'title-in-table',
  /** Sichuan forms whose 评价结论/存在问题/改进措施 still hold the template's instructions. */
  'unfilled',
  /** A lead-in before a numbered list: 主要存在以下问题：1.…；2.… */
  'list-preamble',
  /** 存在问题 items that start with a number: 2.2个项目受用地规划调整影响… */
  'number-led-items',
  /** Text cells of several paragraphs: a list item per line, a conclusion over two lines. */
  'multi-line-cells',
  /** No （2022年度） under the national title: the year is only in the page's title. */
  'year-in-page-title',
] as const

export type FormTrap = (typeof FORM_TRAPS)[number]

/** Draws whether a trap springs: never when it is left out, else with probability `p`. */
export class Traps {
  private readonly random: Random
  private readonly off: ReadonlySet<FormTrap>

  constructor(random: Random, without: readonly FormTrap[] = []) {
    this.random = random
    this.off = new Set(without)
  }

  spring(trap: FormTrap, p: number): boolean {
    return !this.off.has(trap) && chance(this.random, p)
  }
}
