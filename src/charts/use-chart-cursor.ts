import { type KeyboardEvent, useEffect, useState } from 'react'
import { useAppStore } from '../store/app-store.ts'
import { announce } from '../ui/announcer.ts'
import { isCursorKey, moveCursor } from './chart-cursor.ts'
import type { ChartCursorModel, CursorAction } from './cursor-targets.ts'

/** What EChart needs to make a chart keyboard-operable. */
export interface ChartKeyboard {
  /** The data item under the cursor while it is shown: highlighted, with its tooltip. */
  mark: { seriesIndex: number; dataIndex: number } | null
  /** How the keys work this chart: the focused chart's description. */
  hint: string
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void
  onFocus: () => void
  onBlur: () => void
}

/** Does what a click on the point does: opens the project, toggles the grade or the theme (a cell's project opens when its theme turns on). */
function runAction(action: CursorAction): void {
  const store = useAppStore.getState()
  if (action.kind === 'open') store.openProject(action.rowId)
  else if (action.kind === 'grade') store.toggleGrade(action.grade)
  else if (action.kind === 'theme') {
    const turningOn = !store.filters.themes.includes(action.theme)
    store.toggleTheme(action.theme)
    if (turningOn && action.rowId !== null) store.openProject(action.rowId)
  }
}

/**
 * A focused chart's keyboard cursor. Arrow keys, Home and End move it (chart-cursor.ts) and each
 * press says where it stands through the live region; Enter or Space does what a click on the
 * point does; Escape leaves it. The project under it is the store's chartCursorId,
 * which the table marks. Leaving the chart hides the cursor and coming back shows it where it was
 * (focus comes back after the drawer a chart opened is closed); the cursor follows its point, by
 * key, through redraws, and goes when its point does.
 */
export function useChartCursor(model: ChartCursorModel, hint: string): ChartKeyboard {
  const [key, setKey] = useState<string | null>(null)
  const [shown, setShown] = useState(false)
  const setChartCursor = useAppStore((s) => s.setChartCursor)
  const index = key === null ? -1 : model.targets.findIndex((t) => t.key === key)
  const current = shown && index >= 0 ? model.targets[index] : undefined
  const rowId = current?.rowId ?? null

  useEffect(() => {
    if (rowId === null) return
    setChartCursor(rowId)
    return () => {
      if (useAppStore.getState().chartCursorId === rowId) setChartCursor(null)
    }
  }, [rowId, setChartCursor])

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey) return
    if (isCursorKey(event.key)) {
      event.preventDefault()
      const next = moveCursor(event.key, current === undefined ? null : index, model.layout)
      const target = next === null ? undefined : model.targets[next]
      if (target === undefined) return
      setKey(target.key)
      setShown(true)
      // Also when the cursor is at an end and stays: the reader hears where it is.
      announce(target.text, target.reportText)
    } else if ((event.key === 'Enter' || event.key === ' ') && current !== undefined) {
      event.preventDefault()
      runAction(current.action)
    } else if (event.key === 'Escape' && current !== undefined) {
      // Leaves the cursor only: an open drawer stays open (it ignores a handled Escape).
      event.preventDefault()
      event.stopPropagation()
      setKey(null)
      setShown(false)
    }
  }

  function onFocus() {
    const target = model.targets[index]
    if (shown || target === undefined) return
    setShown(true)
    announce(target.text, target.reportText)
  }

  return {
    mark: current === undefined ? null : { seriesIndex: current.seriesIndex, dataIndex: current.dataIndex },
    hint,
    onKeyDown,
    onFocus,
    onBlur: () => setShown(false),
  }
}
