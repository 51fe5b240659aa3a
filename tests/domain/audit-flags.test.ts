import { describe, expect, it } from 'vitest'
import {
  AUDIT_FLAG_IDS,
  AUDIT_FLAGS,
  type AuditFlagId,
  auditFlagLookup,
  auditFlagsOf,
  countAuditFlags,
  DIAGNOSTIC_FLAGS,
  hasAnyFlag,
  projectAuditFlags,
  recordFlagsOf,
} from '../../src/domain/audit-flags.ts'
import { toRows } from '../../src/domain/project-row.ts'
import type { Diagnostic } from '../../src/domain/types.ts'
import { parseReport } from '../../src/ingest/parse-report.ts'
import { bundled, bundledRows } from '../support/bundled.ts'
import { makeProject } from '../support/project.ts'

const bundledSource = { id: 'bundled', rows: bundledRows, diagnostics: bundled.diagnostics }

/** Three blocks: a grade outside its band and 2/1/2 items; an amount without unit and text before item 1; no 整改情况 and a note after the last block. */
const SAMPLE = [
  '某局2019年度项目绩效评价结果',
  '绩效评价结果信息表',
  '项目名称 甲项目',
  '决算金额 100万元',
  '评价分值 85',
  '评价结论 优',
  '主要绩效 完成了年度任务。',
  '存在问题 （1）预算编制不准。（2）合同条款不全。',
  '整改建议 （1）细化预算。',
  '整改情况 （1）已细化。（2）已修订合同。',
  '绩效评价结果信息表',
  '项目名称 乙项目',
  '决算金额 50',
  '评价分值 92',
  '评价结论 优',
  '主要绩效 预算执行率为95%。',
  '存在问题 主要问题：（1）台账不全。',
  '整改建议 （1）建立台账。',
  '整改情况 （1）已建立。',
  '绩效评价结果信息表',
  '项目名称 丙项目',
  '决算金额 30万元',
  '评价分值 70',
  '评价结论 中',
  '主要绩效 预算执行率为100%。',
  '存在问题 （1）满意度不高。',
  '整改建议 （1）改进服务。',
  '备注：本表数据未经审计。',
].join('\n')
const sample = parseReport(SAMPLE, { sourceName: 's.txt' })
const sampleRows = toRows('s', sample.dataset.projects)
const sampleSource = { id: 's', rows: sampleRows, diagnostics: sample.diagnostics }

describe('audit flags of the bundled report', () => {
  it('flags the six projects that state no execution rate, and the 4/3/4 project', () => {
    expect(bundledRows.map((r) => auditFlagsOf(bundledSource, r))).toEqual([
      ['no-execution-rate'],
      ['no-execution-rate'],
      [],
      [],
      ['suggestions-mismatch', 'no-execution-rate'],
      ['no-execution-rate'],
      ['no-execution-rate'],
      ['no-execution-rate'],
    ])
  })

  it('counts rows per flag, every flag present', () => {
    expect(countAuditFlags(bundledRows, auditFlagLookup([bundledSource]))).toEqual({
      'grade-band-mismatch': 0,
      'suggestions-mismatch': 1,
      'rectifications-mismatch': 0,
      'no-execution-rate': 6,
      'missing-field': 0,
      'parse-doubt': 0,
      'score-fell': 0,
      'problem-recurred': 0,
      'score-sum-mismatch': 0,
      'execution-score-mismatch': 0,
      'rate-amount-mismatch': 0,
      'target-missed-full-marks': 0,
      'template-text': 0,
    })
  })
})

describe('audit flags from the record and from the diagnostics', () => {
  it('parses the sample with the diagnostics the flags rely on', () => {
    expect(sample.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['grade-band-mismatch', 6],
      ['amount-unit-assumed', 13],
      ['list-preamble', 17],
      ['missing-field', 20],
      ['unassigned-text', 28],
    ])
  })

  it('adds 解析存疑 from the diagnostics inside a project’s lines', () => {
    expect(sampleRows.map((r) => auditFlagsOf(sampleSource, r))).toEqual([
      ['grade-band-mismatch', 'suggestions-mismatch', 'no-execution-rate'],
      ['parse-doubt'],
      ['missing-field', 'parse-doubt'],
    ])
    // The record alone cannot tell that a unit was assumed or text merged.
    expect(sampleRows.map((r) => recordFlagsOf(r))).toEqual([
      ['grade-band-mismatch', 'suggestions-mismatch', 'no-execution-rate'],
      [],
      ['missing-field'],
    ])
  })

  it('raises no flag for a diagnostic outside every block, or of a code that concerns the file', () => {
    const diagnostics: Diagnostic[] = [
      { level: 'warning', code: 'unassigned-text', message: '', line: 1 },
      { level: 'warning', code: 'csv-bad-number', message: '', line: 12 },
      { level: 'error', code: 'no-blocks', message: '', line: null },
    ]
    const source = { id: 's', rows: sampleRows, diagnostics }
    expect(sampleRows.map((r) => auditFlagsOf(source, r))).toEqual(sampleRows.map((r) => recordFlagsOf(r)))
  })

  it('raises, for a count-mismatch diagnostic, the count flags the record itself shows', () => {
    const projects = [
      makeProject({ name: '甲', problems: ['一。', '二。'], suggestions: ['一。'], rectifications: ['一。', '二。'], source: { startLine: 1, endLine: 9 } }),
      makeProject({ name: '乙', problems: ['一。', '二。'], suggestions: ['一。', '二。'], rectifications: ['一。'], source: { startLine: 10, endLine: 19 } }),
      makeProject({ name: '丙', problems: ['一。'], suggestions: ['一。'], rectifications: ['一。'], source: { startLine: 20, endLine: 29 } }),
    ]
    const rows = toRows('j', projects)
    const diagnostics: Diagnostic[] = [3, 13, 23].map((line) => ({ level: 'warning', code: 'count-mismatch', message: '', line }))
    expect(rows.map((r) => auditFlagsOf({ id: 'j', rows, diagnostics }, r))).toEqual([
      ['suggestions-mismatch', 'no-execution-rate', 'missing-field'],
      ['rectifications-mismatch', 'no-execution-rate', 'missing-field'],
      ['no-execution-rate', 'missing-field'],
    ])
  })

  it('looks rows up in their own dataset, and falls back to the record for a row of none', () => {
    const flagsOf = auditFlagLookup([bundledSource, sampleSource])
    expect(flagsOf(sampleRows[1]!)).toEqual(['parse-doubt'])
    expect(flagsOf(bundledRows[4]!)).toEqual(['suggestions-mismatch', 'no-execution-rate'])
    const [stray] = toRows('elsewhere', [makeProject({ name: null })])
    expect(flagsOf(stray!)).toEqual(['no-execution-rate', 'missing-field'])
    expect(countAuditFlags([...bundledRows, ...sampleRows], flagsOf)).toEqual({
      'grade-band-mismatch': 1,
      'suggestions-mismatch': 2,
      'rectifications-mismatch': 0,
      'no-execution-rate': 7,
      'missing-field': 1,
      'parse-doubt': 2,
      'score-fell': 0,
      'problem-recurred': 0,
      'score-sum-mismatch': 0,
      'execution-score-mismatch': 0,
      'rate-amount-mismatch': 0,
      'target-missed-full-marks': 0,
      'template-text': 0,
    })
  })

  it('tells whether a row has any of the flags', () => {
    const flagsOf = auditFlagLookup([sampleSource])
    const having = (flags: AuditFlagId[]) => sampleRows.filter((r) => hasAnyFlag(r, flags, flagsOf)).map((r) => r.index)
    expect(having(['parse-doubt'])).toEqual([1, 2])
    expect(having(['grade-band-mismatch', 'missing-field'])).toEqual([0, 2])
    expect(having([])).toEqual([])
  })
})

describe('projectAuditFlags', () => {
  const full = {
    name: '甲',
    amountWan: 1,
    score: 95,
    grade: '优' as const,
    performance: '完成。',
    problems: ['一。'],
    suggestions: ['一。'],
    rectifications: ['一。'],
    executionRate: 99,
  }

  it.each<[string, Parameters<typeof makeProject>[0], AuditFlagId[]]>([
    ['a complete, consistent project', full, []],
    ['score 89.99 graded 优', { ...full, score: 89.99 }, ['grade-band-mismatch']],
    ['score 90 graded 优 (the band’s lower bound)', { ...full, score: 90 }, []],
    ['score 60 graded 差', { ...full, score: 60, grade: '差' }, ['grade-band-mismatch']],
    ['no grade: nothing to compare', { ...full, grade: null }, ['missing-field']],
    ['2 problems, 1 suggestion, 1 rectification', { ...full, problems: ['一。', '二。'] }, ['suggestions-mismatch', 'rectifications-mismatch']],
    ['2 problems, 2 suggestions, 1 rectification', { ...full, problems: ['一。', '二。'], suggestions: ['一。', '二。'] }, ['rectifications-mismatch']],
    ['1 problem, 2 suggestions, 1 rectification', { ...full, suggestions: ['一。', '二。'] }, ['suggestions-mismatch']],
    ['1 problem, 1 suggestion, 3 rectifications', { ...full, rectifications: ['一。', '二。', '三。'] }, ['rectifications-mismatch']],
    ['2 problems, no rectification: missing, not unequal', { ...full, problems: ['一。', '二。'], suggestions: ['一。', '二。'], rectifications: [] }, ['missing-field']],
    ['2 problems, no suggestion, 1 rectification: only the listed one compared', { ...full, problems: ['一。', '二。'], suggestions: [] }, ['rectifications-mismatch', 'missing-field']],
    ['no problem, 2 suggestions, 1 rectification: nothing to compare with', { ...full, problems: [], suggestions: ['一。', '二。'] }, ['missing-field']],
    ['no execution rate', { ...full, executionRate: null }, ['no-execution-rate']],
    ['no amount', { ...full, amountWan: null }, ['missing-field']],
    ['no performance text', { ...full, performance: null }, ['missing-field']],
  ])('%s', (_, fields, expected) => expect(projectAuditFlags(makeProject(fields))).toEqual(expected))
})

describe('the flag table', () => {
  it('lists every flag once, with a label and a description, and maps only known flags', () => {
    expect(AUDIT_FLAGS.map((f) => f.id)).toEqual([...AUDIT_FLAG_IDS])
    expect(AUDIT_FLAGS.map((f) => f.label)).toEqual(['评分与等级不符', '整改建议与问题条数不一', '整改情况与问题条数不一', '未披露执行率', '缺少字段', '解析存疑', '得分较上年下降', '整改后问题再现', '总分与各项得分不符', '执行得分与执行率不符', '执行率与金额不符', '未达目标仍得满分', '留有填表说明'])
    for (const flag of Object.values(DIAGNOSTIC_FLAGS)) {
      if (flag === null) continue
      for (const id of typeof flag === 'string' ? [flag] : flag.byRecord) expect(AUDIT_FLAG_IDS).toContain(id)
    }
    expect(DIAGNOSTIC_FLAGS['count-mismatch']).toEqual({ byRecord: ['suggestions-mismatch', 'rectifications-mismatch'] })
  })
})

describe('flags across datasets and of self-evaluations', () => {
  it('adds the flags a lookup across datasets gives, in table order', () => {
    const [row] = toRows('x', [makeProject({ name: 'a', executionRate: 90 })])
    const flagsOf = auditFlagLookup([], (r) => (r.id === 'x/0' ? ['score-fell'] : []))
    expect(flagsOf(row!)).toEqual(['missing-field', 'score-fell'])
    expect(auditFlagLookup([])(row!)).toEqual(['missing-field'])
  })

  it('raises a self-evaluation’s consistency flags from the record', () => {
    const form = makeProject({
      form: 'project-self-evaluation',
      name: 'a',
      amountWan: 37.24,
      budgetWan: 43.3,
      executionRate: 95,
      score: 90,
      templateText: [{ field: '存在问题', cell: 'B14', text: '结合自评情况，分析存在的问题及原因。（200字以内）' }],
    })
    expect(projectAuditFlags(form)).toEqual(['rate-amount-mismatch', 'template-text'])
  })
})
