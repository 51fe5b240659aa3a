import { useAppStore } from '../store/app-store.ts'
import { chartsDrawn } from './charts-drawn.ts'

export interface PrintMemoButtonProps {
  /** The open project's name: the memo is about it; otherwise about the current selection. */
  projectName?: string | null
}

/** Opens the browser's print dialog once the charts are drawn; print.css turns the page into the audit memo. */
export function PrintMemoButton({ projectName = null }: PrintMemoButtonProps) {
  const wantCharts = useAppStore((s) => s.wantCharts)
  return (
    <button
      type="button"
      className="print-button"
      title={projectName === null ? '打印当前筛选的项目、关键数字与图表' : `打印项目“${projectName}”的事实、问题与整改`}
      onClick={() => {
        wantCharts()
        void chartsDrawn.then(() => window.print())
      }}
    >
      打印审计备忘录
    </button>
  )
}
