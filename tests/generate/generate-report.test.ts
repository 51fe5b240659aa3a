import { describe, expect, it } from 'vitest'
import { gradeForScore } from '../../src/domain/grade.ts'
import {
  generateReport,
  mulberry32,
  PERFORMANCE_PHRASES,
  PROBLEM_PHRASES,
  RECTIFICATION_PHRASES,
  SUGGESTION_PHRASES,
} from '../../src/generate/generate-report.ts'
import { parseReport } from '../../src/ingest/parse-report.ts'

/** Every label parseReport knows, and the block header. */
const LABEL_WORDS = [
  '项目名称', '决算金额', '决算数', '预算金额', '评价分值', '评价得分', '得分', '评价结论', '评价等级', '主要绩效',
  '存在问题', '存在的问题', '整改建议', '整改情况', '项目单位', '主管部门', '绩效评价结果信息表',
]
const FIELD_LABELS = ['项目名称', '项目单位', '决算金额', '评价分值', '评价结论', '主要绩效', '存在问题', '整改建议', '整改情况']

const opensField = (line: string): boolean =>
  line === '绩效评价结果信息表 ' || FIELD_LABELS.some((label) => line.startsWith(`${label} `))

const decimals = (n: number): number => (String(n).split('.')[1] ?? '').length

describe('mulberry32', () => {
  it('gives the same sequence for the same seed', () => {
    const a = mulberry32(42)
    const b = mulberry32(42)
    const first = [a(), a(), a()]
    expect([b(), b(), b()]).toEqual(first)
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true)
    expect(mulberry32(43)()).not.toBe(first[0])
  })
})

describe('generateReport', () => {
  const big = generateReport({ projects: 2000, seed: 7 })
  const projects = big.dataset.projects

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateReport({ projects: 30, seed: 7 })).toEqual(generateReport({ projects: 30, seed: 7 }))
    expect(generateReport({ projects: 30, seed: 7 }).dataset.projects).toEqual(projects.slice(0, 30))
    expect(generateReport({ projects: 30, seed: 8 }).text).not.toBe(generateReport({ projects: 30, seed: 7 }).text)
  })

  it('describes exactly what parseReport reads from its text, source lines included', () => {
    for (const seed of [1, 2, 3]) {
      const { dataset, text } = generateReport({ projects: 300, seed })
      const result = parseReport(text, { sourceName: dataset.sourceName })
      expect(result.dataset).toEqual(dataset)
      expect(result.diagnostics.filter((d) => d.code !== 'count-mismatch')).toEqual([])
    }
  })

  it('titles the report with a department and year parseReport recognises', () => {
    const { dataset } = generateReport({ projects: 1, seed: 7 })
    expect(dataset.title).toBe(`${dataset.department}${dataset.year}年度财政支出项目绩效评价结果`)
    expect(dataset.sourceName).toBe('generated-7.txt')
  })

  it('gives every project a unique name starting with the report year', () => {
    const names = projects.map((p) => p.name ?? '')
    expect(new Set(names).size).toBe(2000)
    expect(names.every((name) => name.startsWith(`${big.dataset.year}年`))).toBe(true)
  })

  it('draws amounts of 5–50,000 万元 with at most two decimals', () => {
    for (const { amountWan } of projects) {
      expect(amountWan).toBeGreaterThanOrEqual(5)
      expect(amountWan).toBeLessThanOrEqual(50_000)
      expect(decimals(amountWan ?? 0)).toBeLessThanOrEqual(2)
    }
  })

  it('draws scores of 55–99 with one or two decimals and the grade of their band', () => {
    for (const { score, grade } of projects) {
      expect(score).toBeGreaterThanOrEqual(55)
      expect(score).toBeLessThanOrEqual(99)
      expect([1, 2]).toContain(decimals(score ?? 0))
      expect(grade).toBe(gradeForScore(score ?? 0))
    }
    expect(new Set(projects.map((p) => p.grade))).toEqual(new Set(['优', '良', '中', '差']))
  })

  it('lists 1–6 items, not always as many suggestions as problems', () => {
    for (const p of projects) {
      for (const list of [p.problems, p.suggestions, p.rectifications]) {
        expect(list.length).toBeGreaterThanOrEqual(1)
        expect(list.length).toBeLessThanOrEqual(6)
      }
    }
    expect(projects.some((p) => p.suggestions.length === p.problems.length - 1)).toBe(true)
    expect(projects.some((p) => p.suggestions.length === p.problems.length)).toBe(true)
  })

  it('states an execution rate in the first problem of about one project in four', () => {
    const withRate = projects.filter((p) => p.executionRate !== null)
    expect(withRate.length / projects.length).toBeGreaterThan(0.2)
    expect(withRate.length / projects.length).toBeLessThan(0.3)
    for (const p of withRate) {
      const stated = `预算执行率为${(p.executionRate ?? 0).toFixed(2)}%，执行率偏低。`
      expect(p.problems[0]?.slice(0, stated.length)).toBe(stated)
    }
  })

  it('also writes percentages that are not execution rates', () => {
    const others = projects.filter((p) => p.executionRate === null && /\d%/.test(p.performance ?? ''))
    expect(others.length).toBeGreaterThan(100)
  })

  it('keeps label words, numbering and 预算执行率 out of its phrase pools', () => {
    const pools = [...PERFORMANCE_PHRASES, ...PROBLEM_PHRASES, ...SUGGESTION_PHRASES, ...RECTIFICATION_PHRASES]
    for (const phrase of pools) {
      for (const word of [...LABEL_WORDS, '预算执行率']) expect(phrase).not.toContain(word)
      expect(phrase).not.toMatch(/[（()）:：]|\d[.、]/)
    }
  })

  it('puts a label word only at the start of a field’s first line', () => {
    const misplaced = big.text.split('\n').filter((line) => {
      const body = opensField(line) ? line.slice(line.indexOf(' ')) : line
      return LABEL_WORDS.some((word) => body.includes(word))
    })
    expect(misplaced).toEqual([])
  })

  it('breaks pages in the middle of values', () => {
    const lines = big.text.split('\n')
    const breaks = lines.flatMap((line, i) => (line === '  ' ? [i] : []))
    expect(breaks.length).toBeGreaterThan(100)
    expect(breaks.filter((i) => !opensField(lines[i + 2] ?? '')).length).toBeGreaterThan(50)
  })
})
