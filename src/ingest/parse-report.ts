import type { ParseResult } from '../domain/types.ts'

export interface ParseOptions {
  /** The file name or label the text came from; it becomes dataset.sourceName. */
  sourceName: string
}

/** STUB: being written; the real implementation lands shortly. Never throws. */
export function parseReport(text: string, options: ParseOptions): ParseResult {
  void text
  return {
    dataset: { title: null, department: null, year: null, sourceName: options.sourceName, projects: [] },
    diagnostics: [{ level: 'error', code: 'no-blocks', message: '未找到绩效评价结果信息表', line: null }],
  }
}
