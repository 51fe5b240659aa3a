import { RESULT_FORM_FIELDS } from '../../src/domain/result-fields.ts'
import { type ProjectRow, toRows } from '../../src/domain/project-row.ts'
import type { Indicator, Project } from '../../src/domain/types.ts'

/** A project with only the fields a test sets; every other field empty or null. */
export const makeProject = (fields: Partial<Project> = {}): Project => ({
  name: 'p',
  amountWan: null,
  score: null,
  grade: null,
  performance: null,
  problems: [],
  suggestions: [],
  rectifications: [],
  executionRate: null,
  unit: null,
  ...RESULT_FORM_FIELDS,
  executionWeight: null,
  executionScore: null,
  templateText: [],
  source: { startLine: 1, endLine: 1 },
  ...fields,
})

/** An indicator row with only the fields a test sets; every other field null. */
export const makeIndicator = (fields: Partial<Indicator>): Indicator => ({
  level1: null,
  level2: null,
  name: '',
  direction: null,
  target: null,
  actual: null,
  unit: null,
  weight: null,
  score: null,
  note: null,
  ...fields,
})

export const rowsOf = (...fields: Partial<Project>[]): ProjectRow[] => toRows('t', fields.map(makeProject))

export const XSS_NAME = '<img src=x onerror=alert(1)>'
export const XSS_ESCAPED = '&lt;img src=x onerror=alert(1)&gt;'
