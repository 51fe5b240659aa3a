import { useEffect, useRef } from 'react'
import type { ProjectRow } from '../domain/project-row.ts'
import { searchTerms } from '../domain/search-text.ts'
import type { LoadedDataset } from '../store/app-store.ts'
import { useAppStore } from '../store/app-store.ts'
import { useMessages } from '../store/use-messages.ts'
import { rowYear } from '../domain/series.ts'
import { seriesEvidence } from '../domain/series-flags.ts'
import type { ViewScope } from '../store/view-model.ts'
import { AlignedItemsTable } from './AlignedItemsTable.tsx'
import { AuditFlagList } from './AuditFlagList.tsx'
import { CopyCitationButton } from './CopyCitationButton.tsx'
import { CrossYearSection } from './CrossYearSection.tsx'
import { flagNotes } from './flag-notes.ts'
import { Highlighted } from './Highlighted.tsx'
import { IndicatorTable } from './IndicatorTable.tsx'
import { ProjectFacts } from './ProjectFacts.tsx'
import { yearLabel } from './series-labels.ts'
import { SourcePanel } from './SourcePanel.tsx'
import '../ui/ui.css'
import './drilldown.css'
import './cross-year.css'

export interface ProjectDrawerProps {
  dataset: LoadedDataset
  row: ProjectRow
  /** The table's rows in their current order, for previous/next. */
  orderedRows: readonly ProjectRow[]
  /** The view's scope: the flags (with those that compare years), the series over every dataset and each row's change. */
  scope: Pick<ViewScope, 'flagsOf' | 'series' | 'changes'>
}

/** Back to the project's row; if filters hide it, to the search box, so focus never falls to the page. */
function focusRow(id: string): void {
  const row = document.querySelector<HTMLElement>(`[data-row-id="${CSS.escape(id)}"]`)
  ;(row ?? document.querySelector<HTMLElement>('input[type="search"]'))?.focus()
}

/** A keyboard-operable chart (src/charts/EChart.tsx) that had the focus when the drawer opened, if it is still there. */
function chartOpener(): HTMLElement | null {
  const active = document.activeElement
  return active instanceof HTMLElement && active.matches('.chart-frame[role="application"]') ? active : null
}

/** Back to the chart the project was opened from (its cursor shows again), else to the project's row. */
function returnFocus(opener: HTMLElement | null, id: string): void {
  if (opener?.isConnected === true) opener.focus()
  else focusRow(id)
}

export function ProjectDrawer({ dataset, row, orderedRows, scope }: ProjectDrawerProps) {
  const openProject = useAppStore((s) => s.openProject)
  const query = useAppStore((s) => s.filters.query)
  const themes = useAppStore((s) => s.filters.themes)
  const t = useMessages()
  const terms = searchTerms(query)
  const heading = useRef<HTMLHeadingElement>(null)
  const position = orderedRows.findIndex((r) => r.id === row.id)
  const previous = position > 0 ? orderedRows[position - 1] : undefined
  const next = position >= 0 ? orderedRows[position + 1] : undefined
  const { project } = row
  const notes = flagNotes(project, seriesEvidence(scope.changes, row), yearLabel(rowYear(dataset, row), row), t)

  const opener = useRef<HTMLElement | null>(null)
  useEffect(() => {
    opener.current = chartOpener()
    heading.current?.focus()
  }, [])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return
      openProject(null)
      requestAnimationFrame(() => returnFocus(opener.current, row.id))
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [openProject, row.id])

  // The title first, then previous / next / close: the focus order (drilldown.css shows the bar above the title).
  return (
    <aside className="drawer" aria-labelledby="drawer-title">
      <h2 id="drawer-title" ref={heading} tabIndex={-1} lang={project.name === null ? undefined : 'zh-CN'}>
        {project.name === null ? t.common.unnamed : <Highlighted text={project.name} terms={terms} />}
      </h2>
      <div className="drawer-bar">
        <button type="button" className="secondary-button" disabled={previous === undefined} onClick={() => previous && openProject(previous.id)}>
          {t.drawer.previous}
        </button>
        <span className="muted">{position >= 0 ? `${position + 1} / ${orderedRows.length}` : t.drawer.notInSelection}</span>
        <button type="button" className="secondary-button" disabled={next === undefined} onClick={() => next && openProject(next.id)}>
          {t.drawer.next}
        </button>
        <button
          type="button"
          className="secondary-button drawer-close"
          aria-label={t.drawer.close}
          onClick={() => {
            openProject(null)
            requestAnimationFrame(() => returnFocus(opener.current, row.id))
          }}
        >
          ✕
        </button>
      </div>
      <div className="drawer-body">
        <ProjectFacts project={project} sourceName={dataset.dataset.sourceName} />
        <CopyCitationButton dataset={dataset.dataset} project={project} />
        <h3>{t.drawer.flags}</h3>
        <AuditFlagList flags={scope.flagsOf(row)} notes={notes} />
        <CrossYearSection row={row} series={scope.series} changes={scope.changes} />
        {project.form !== 'result' && (
          <>
            <h3>{t.drawer.goals}</h3>
            {project.goals === null ? (
              <p className="performance">
                <span className="muted">{t.common.notDisclosed}</span>
              </p>
            ) : (
              <p className="performance goals" lang="zh-CN">
                {project.goals}
              </p>
            )}
          </>
        )}
        <h3>{t.drawer.performance}</h3>
        {project.performance === null ? (
          <p className="performance">
            <span className="muted">{t.common.notDisclosed}</span>
          </p>
        ) : (
          <p className="performance" lang="zh-CN">
            <Highlighted text={project.performance} terms={terms} />
          </p>
        )}
        <IndicatorTable indicators={project.indicators} />
        <h3>{project.form === 'result' ? t.drawer.items : t.drawer.formItems}</h3>
        <AlignedItemsTable project={project} terms={terms} themes={themes} />
        <SourcePanel
          project={project}
          sourceLines={dataset.sourceLines}
          sourceTables={dataset.sourceTables}
          diagnostics={dataset.diagnostics}
        />
      </div>
    </aside>
  )
}
