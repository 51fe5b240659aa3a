import { lazy, Suspense, useMemo } from 'react'
import { summarize } from '../domain/stats.ts'
import { ProjectDrawer } from '../drilldown/ProjectDrawer.tsx'
import { useAppStore } from '../store/app-store.ts'
import { useViewModel } from '../store/use-view-model.ts'
import { GradeChips } from '../table/GradeChips.tsx'
import { ProjectTable } from '../table/ProjectTable.tsx'
import { RangeFilters } from '../table/RangeFilters.tsx'
import { SearchBox } from '../table/SearchBox.tsx'
import { ActiveFilters } from './ActiveFilters.tsx'
import { DatasetHeader } from './DatasetHeader.tsx'
import { DiagnosticList } from './DiagnosticList.tsx'
import { KeyFigures } from './KeyFigures.tsx'
import { useBundledReport } from './use-bundled-report.ts'
import { useUrlSync } from './use-url-sync.ts'

const ChartsPanel = lazy(() => import('./ChartsPanel.tsx').then((m) => ({ default: m.ChartsPanel })))

export function App() {
  useBundledReport()
  useUrlSync()
  const view = useViewModel()
  const loadError = useAppStore((s) => s.loadError)
  const openId = useAppStore((s) => s.openId)
  const filters = useAppStore((s) => s.filters)
  const gradeCounts = useMemo(() => summarize(view.gradeRows.map((r) => r.project)).gradeCounts, [view.gradeRows])
  const openRow = view.active?.rows.find((r) => r.id === openId)

  if (loadError !== null) {
    return (
      <main className="page" aria-busy="false">
        <p role="alert" className="error">
          {loadError}
        </p>
      </main>
    )
  }
  if (view.active === null) {
    return (
      <main className="page" aria-busy="true">
        <p role="status">正在加载报告…</p>
      </main>
    )
  }
  return (
    <main className={openRow === undefined ? 'page' : 'page has-drawer'} aria-busy="false">
      <div className="workspace">
        <DatasetHeader dataset={view.active.dataset} />
        <KeyFigures summary={view.summary} total={view.allRows.length} />
        <Suspense fallback={<div className="charts charts-loading" role="status">正在加载图表…</div>}>
          <ChartsPanel view={view} openId={openId} brush={filters.brush} grades={filters.grades} />
        </Suspense>
        <section className="table-section" aria-label="项目列表">
          <div className="table-controls">
            <SearchBox total={view.allRows.length} shown={view.rows.length} />
            <GradeChips counts={gradeCounts} />
            <RangeFilters />
          </div>
          <ActiveFilters filters={filters} />
          <ProjectTable rows={view.rows} />
        </section>
        <DiagnosticList diagnostics={view.active.diagnostics} />
      </div>
      {openRow !== undefined && <ProjectDrawer dataset={view.active} row={openRow} orderedRows={view.rows} />}
    </main>
  )
}
