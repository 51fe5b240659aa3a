/** A sentence for a failed write: full storage and unavailable storage (private mode) said plainly. */
export function storageProblem(error: unknown, what: string): string {
  const name = error instanceof DOMException ? error.name : error instanceof Error ? error.name : ''
  if (name === 'QuotaExceededError') return `${what}：浏览器存储空间已满，数据只在本次打开期间可用，关闭页面后不会保留。`
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError') {
    return `${what}：浏览器不允许保存数据（例如隐私模式），数据只在本次打开期间可用。`
  }
  return `${what}：保存失败（${error instanceof Error ? error.message : String(error)}），数据只在本次打开期间可用。`
}
