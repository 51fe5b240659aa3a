import { useRef } from 'react'
import { useAppStore } from '../store/app-store.ts'
import { useMessages } from '../store/use-messages.ts'
import { chartsDrawn } from '../charts/charts-drawn.ts'
import '../ui/ui.css'

export interface PrintMemoButtonProps {
  /** The open project's name: the memo is about it; otherwise about the current selection. */
  projectName?: string | null
}

/**
 * Opens the browser's print dialog; print.css turns the page into the audit memo. The memo of the
 * selection shows the charts, so it waits until they are loaded and drawn; a project's memo has none.
 */
export function PrintMemoButton({ projectName = null }: PrintMemoButtonProps) {
  const wantCharts = useAppStore((s) => s.wantCharts)
  const t = useMessages()
  const waiting = useRef(false)
  return (
    <button
      type="button"
      className="secondary-button print-button"
      title={projectName === null ? t.print.selectionTitle : t.print.projectTitle(projectName)}
      onClick={() => {
        if (projectName !== null) {
          window.print()
          return
        }
        if (waiting.current) return
        waiting.current = true
        wantCharts()
        void chartsDrawn().then(() => {
          waiting.current = false
          window.print()
        })
      }}
    >
      {t.print.button}
    </button>
  )
}
