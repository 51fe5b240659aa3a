import type { TableReadFailureReason, TableReadResult } from '../../domain/cell-table.ts'

/** Thrown inside a spreadsheet reader to stop it; the reader's entry point turns it into a failed result. */
export class ReadFailure extends Error {
  readonly reason: TableReadFailureReason
  readonly detail: string

  constructor(reason: TableReadFailureReason, detail: string) {
    super(detail)
    this.reason = reason
    this.detail = detail
  }
}

export const MACRO_DETAIL = '含宏的工作簿不导入，请另存为不含宏的 .xlsx'
export const ENCRYPTED_DETAIL = '工作簿设有打开密码（已加密），无法读取；请在 Excel 中取消密码后另存为 .xlsx 再导入'

export function damaged(detail: string): ReadFailure {
  return new ReadFailure('damaged', detail)
}

/**
 * A spreadsheet reader's result for whatever it threw: its own failures as they are; anything
 * else (a library choking on a mangled file) as a damaged file.
 */
export function failedRead(error: unknown, what: string): TableReadResult {
  if (error instanceof ReadFailure) return { ok: false, reason: error.reason, detail: error.detail }
  return { ok: false, reason: 'damaged', detail: `${what}已损坏或不完整，无法读取` }
}
