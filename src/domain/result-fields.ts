import type { Project } from './types.ts'

/** The fields a 绩效评价结果 record has none of: it is not a self-evaluation form. */
export const RESULT_FORM_FIELDS = {
  form: 'result',
  code: null,
  department: null,
  budgetWan: null,
  initialBudgetWan: null,
  goals: null,
  indicators: [],
} as const satisfies Pick<Project, 'form' | 'code' | 'department' | 'budgetWan' | 'initialBudgetWan' | 'goals' | 'indicators'>
