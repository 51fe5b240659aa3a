import { describe, expect, it } from 'vitest'
import { lacksField } from '../../src/domain/audit-flags.ts'
import { CORE_FIELDS, type ImportLoss, importLoss, lostAnything } from '../../src/domain/import-summary.ts'
import type { Diagnostic, Project } from '../../src/domain/types.ts'
import { makeProject } from '../support/project.ts'

/** A project with every core field present (and no other: those do not count as lost). */
const complete = (fields: Partial<Project> = {}): Project =>
  makeProject({ name: '甲项目', amountWan: 100, score: 85, grade: '良', problems: ['台账不完整。'], ...fields })

const diagnostic = (level: Diagnostic['level']): Diagnostic => ({ level, code: 'missing-field', message: '缺少字段', line: 3 })

const none = { name: 0, amountWan: 0, score: 0, grade: 0, problems: 0 }

describe('importLoss', () => {
  it.each<[string, Project[], Diagnostic[], ImportLoss]>([
    ['no project, no diagnostic', [], [], { projects: 0, byField: none, errors: 0 }],
    ['complete projects and warnings only', [complete(), complete()], [diagnostic('warning')], { projects: 0, byField: none, errors: 0 }],
    [
      'no performance, suggestions or rectifications: not core',
      [complete({ performance: null, suggestions: [], rectifications: [] })],
      [],
      { projects: 0, byField: none, errors: 0 },
    ],
    ['a name lost', [complete({ name: null }), complete()], [], { projects: 1, byField: { ...none, name: 1 }, errors: 0 }],
    ['no amount', [complete({ amountWan: null })], [], { projects: 1, byField: { ...none, amountWan: 1 }, errors: 0 }],
    ['no score', [complete({ score: null })], [], { projects: 1, byField: { ...none, score: 1 }, errors: 0 }],
    ['no grade', [complete({ grade: null })], [], { projects: 1, byField: { ...none, grade: 1 }, errors: 0 }],
    ['an empty problem list', [complete({ problems: [] })], [], { projects: 1, byField: { ...none, problems: 1 }, errors: 0 }],
    ['a score of 0 is a value', [complete({ score: 0, amountWan: 0 })], [], { projects: 0, byField: none, errors: 0 }],
    [
      'one project lacking two fields counts once, each field once',
      [complete({ name: null, problems: [] }), complete({ problems: [] }), complete()],
      [],
      { projects: 2, byField: { ...none, name: 1, problems: 2 }, errors: 0 },
    ],
    [
      'a bare project lacks all five',
      [makeProject({ name: null })],
      [],
      { projects: 1, byField: { name: 1, amountWan: 1, score: 1, grade: 1, problems: 1 }, errors: 0 },
    ],
    [
      'error-level diagnostics are counted, warnings not',
      [complete()],
      [diagnostic('error'), diagnostic('warning'), diagnostic('error')],
      { projects: 0, byField: none, errors: 2 },
    ],
  ])('%s', (_, projects, diagnostics, expected) => expect(importLoss(projects, diagnostics)).toEqual(expected))

  it('lists the core fields in table order', () => expect(CORE_FIELDS).toEqual(['name', 'amountWan', 'score', 'grade', 'problems']))
})

describe('lostAnything', () => {
  it.each<[ImportLoss, boolean]>([
    [{ projects: 0, byField: none, errors: 0 }, false],
    [{ projects: 1, byField: { ...none, score: 1 }, errors: 0 }, true],
    [{ projects: 0, byField: none, errors: 1 }, true],
  ])('%j → %s', (loss, expected) => expect(lostAnything(loss)).toBe(expected))
})

describe('lacksField', () => {
  it.each<[Partial<Project>, Parameters<typeof lacksField>[1], boolean]>([
    [{ name: null }, 'name', true],
    [{ name: '' }, 'name', false],
    [{ performance: null }, 'performance', true],
    [{ problems: [] }, 'problems', true],
    [{ suggestions: ['建议。'] }, 'suggestions', false],
    [{ rectifications: [] }, 'rectifications', true],
  ])('%j lacks %s: %s', (fields, field, expected) => expect(lacksField(makeProject(fields), field)).toBe(expected))
})
