export interface PrintMemoButtonProps {
  /** The open project's name: the memo is about it; otherwise about the current selection. */
  projectName?: string | null
}

/** Opens the browser's print dialog; print.css turns the page into the audit memo. */
export function PrintMemoButton({ projectName = null }: PrintMemoButtonProps) {
  return (
    <button
      type="button"
      className="print-button"
      title={projectName === null ? '打印当前筛选的项目、关键数字与图表' : `打印项目“${projectName}”的事实、问题与整改`}
      onClick={() => window.print()}
    >
      打印审计备忘录
    </button>
  )
}
