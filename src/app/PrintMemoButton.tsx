import { useAppStore } from '../store/app-store.ts'
import { useMessages } from '../store/use-messages.ts'
import { chartsDrawn } from './charts-drawn.ts'

export interface PrintMemoButtonProps {
  /** The open project's name: the memo is about it; otherwise about the current selection. */
  projectName?: string | null
}

/** Opens the browser's print dialog once the charts are drawn; print.css turns the page into the audit memo. */
export function PrintMemoButton({ projectName = null }: PrintMemoButtonProps) {
  const wantCharts = useAppStore((s) => s.wantCharts)
  const t = useMessages()
  return (
    <button
      type="button"
      className="print-button"
      title={projectName === null ? t.print.selectionTitle : t.print.projectTitle(projectName)}
      onClick={() => {
        wantCharts()
        void chartsDrawn.then(() => window.print())
      }}
    >
      {t.print.button}
    </button>
  )
}
