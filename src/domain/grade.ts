import type { Grade } from './types.ts'

/** In display and sort order, best first. */
export const GRADES: readonly Grade[] = ['优', '良', '中', '差']

/** Grade bands of 财预〔2020〕10号: 优 90–100, 良 80–<90, 中 60–<80, 差 <60. */
export function gradeForScore(score: number): Grade {
  if (score >= 90) return '优'
  if (score >= 80) return '良'
  if (score >= 60) return '中'
  return '差'
}

const GRADE_WORDS: Record<string, Grade> = {
  优: '优',
  优秀: '优',
  良: '良',
  良好: '良',
  中: '中',
  中等: '中',
  合格: '中',
  一般: '中',
  差: '差',
  较差: '差',
  不合格: '差',
}

/** Maps the words reports use for a grade (优秀, 良好, 中等, 较差 …) to a Grade, or null. */
export function gradeFromWord(word: string): Grade | null {
  return GRADE_WORDS[word] ?? null
}
