import { startTransition, useEffect, useMemo, useState } from 'react'
import { summarize } from '../domain/stats.ts'
import { datasetLabel } from '../domain/dataset-record.ts'
import { mostCommonTheme } from '../domain/problem-themes.ts'
import { AuditFlagFacet } from '../table/AuditFlagFacet.tsx'
import { ChangeFacet } from '../table/ChangeFacet.tsx'
import { changeScope } from '../table/change-scope.ts'
import { ComparisonView } from '../compare/ComparisonView.tsx'
import { ProjectDrawer } from '../drilldown/ProjectDrawer.tsx'
import { ThemeFacet } from '../table/ThemeFacet.tsx'
import { ExportButtons } from '../export/ExportButtons.tsx'
import { ImportControls } from '../import/ImportControls.tsx'
import { Notices } from '../import/Notices.tsx'
import { useFileDrop } from '../import/use-file-drop.ts'
import { useImport } from '../import/use-import.ts'
import { messagesFor } from '../i18n/catalogue.ts'
import { useAppStore } from '../store/app-store.ts'
import { useLocale } from '../store/use-messages.ts'
import { useViewModel } from '../store/use-view-model.ts'
import { FormFacet } from '../table/FormFacet.tsx'
import { DepartmentFacet } from '../table/DepartmentFacet.tsx'
import { YearFacet } from '../table/YearFacet.tsx'
import { GradeChips } from '../table/GradeChips.tsx'
import { ProjectTable } from '../table/ProjectTable.tsx'
import { RangeFilters } from '../table/RangeFilters.tsx'
import { SearchBox } from '../table/SearchBox.tsx'
import { ActiveFilters } from './ActiveFilters.tsx'
import { ChartsSlot } from './ChartsSlot.tsx'
import { DatasetHeader } from './DatasetHeader.tsx'
import { DatasetSwitcher } from './DatasetSwitcher.tsx'
import { DiagnosticList } from './DiagnosticList.tsx'
import { KeyFigures } from './KeyFigures.tsx'
import { PageAnnouncements } from './PageAnnouncements.tsx'
import { PageTools } from './PageTools.tsx'
import { SkipLink } from './SkipLink.tsx'
import { PrintMemoHeader, PrintMemoSources } from './PrintMemo.tsx'
import { useBootScreenUntil } from './use-boot-screen.ts'
import { useBundledReport } from './use-bundled-report.ts'
import { useStoredDatasets } from './use-stored-datasets.ts'
import { useUrlSync } from './use-url-sync.ts'

/** Where the skip link goes: the table with its search and filters. */
const TABLE_SECTION_ID = 'project-table'

export function App() {
  useBundledReport()
  useStoredDatasets()
  useUrlSync()
  const { importFiles, progress } = useImport()
  const dragging = useFileDrop(importFiles)
  const view = useViewModel()
  const loadError = useAppStore((s) => s.loadError)
  const openId = useAppStore((s) => s.openId)
  const filters = useAppStore((s) => s.filters)
  const sorting = useAppStore((s) => s.sorting)
  const linkDecisions = useAppStore((s) => s.linkDecisions)
  const locale = useLocale()
  const t = messagesFor(locale)
  const gradeCounts = useMemo(() => summarize(view.gradeRows.map((r) => r.project)).gradeCounts, [view.gradeRows])
  const commonTheme = useMemo(() => mostCommonTheme(view.filteredRows), [view.filteredRows])
  const changes = useMemo(() => changeScope(view.allRows, view.changes), [view.allRows, view.changes])
  const openDataset = view.inView.find((d) => openId?.startsWith(`${d.id}/`) === true)
  const openRow = openDataset?.rows.find((r) => r.id === openId)
  const hasData = view.inView.length > 0
  useBootScreenUntil(hasData || loadError !== null)
  // The first render with data shows the header and key figures; the rest (charts, table, lists)
  // follows in a transition, which React renders in slices, so the first screen is not one long task.
  const [belowFold, setBelowFold] = useState(false)
  useEffect(() => {
    if (hasData && !belowFold) startTransition(() => setBelowFold(true))
  }, [hasData, belowFold])

  if (loadError !== null) {
    return (
      <main className="page" aria-busy="false">
        <p role="alert" className="error">
          {loadError[locale]}
        </p>
      </main>
    )
  }
  if (!hasData) {
    return (
      <main className="page" aria-busy="true">
        <p role="status">{t.page.loading}</p>
      </main>
    )
  }
  return (
    <main className={openRow === undefined ? 'page' : 'page has-drawer'} aria-busy="false">
      <SkipLink targetId={TABLE_SECTION_ID} label={t.page.skipToTable} />
      <div className="workspace">
        <PrintMemoHeader view={view} openRow={openRow} />
        <PageTools projectName={openRow?.project.name ?? null} />
        <DatasetHeader view={view} />
        <ImportControls onFiles={importFiles} progress={progress} />
        <Notices />
        <DatasetSwitcher />
        <KeyFigures summary={view.summary} total={view.allRows.length} commonTheme={commonTheme} />
        {belowFold ? (
          <>
            {view.active === null && <ComparisonView datasets={view.inView} rows={view.filteredRows} />}
            <ChartsSlot view={view} openId={openId} brush={filters.brush} grades={filters.grades} themes={filters.themes} />
            <section id={TABLE_SECTION_ID} className="table-section" aria-label={t.page.tableRegion} tabIndex={-1}>
              <div className="table-controls">
                <SearchBox total={view.allRows.length} shown={view.rows.length} />
                <GradeChips counts={gradeCounts} total={view.gradeRows.length} />
                <RangeFilters />
              </div>
              <div className="table-controls">
                <FormFacet rows={view.formRows} kinds={view.formKinds} />
                <DepartmentFacet rows={view.departmentRows} options={view.departments} placeOf={view.placeOf} />
                <YearFacet rows={view.yearRows} years={view.years} placeOf={view.placeOf} />
                <ThemeFacet rows={view.themeRows} />
                <AuditFlagFacet rows={view.flagRows} flagsOf={view.flagsOf} />
                <ChangeFacet rows={view.changeRows} changesOf={view.changesOf} offered={changes.facet} />
              </div>
              <div className="table-actions">
                <ActiveFilters filters={filters} />
                <ExportButtons
                  rows={view.rows}
                  sources={view.inView}
                  links={{ series: view.series, flagsOf: view.flagsOf, linkDecisions }}
                  baseName={view.active === null ? t.datasets.allFileName : datasetLabel(view.active)}
                  locale={locale}
                />
              </div>
              <ProjectTable
                rows={view.rows}
                showDataset={view.active === null}
                showForms={view.formKinds.some((kind) => kind !== 'result')}
                changes={changes.columns ? view.changes : null}
              />
            </section>
            {view.inView.map((d) => (
              <DiagnosticList key={d.id} sourceName={d.meta.fileName} diagnostics={d.diagnostics} />
            ))}
            <PrintMemoSources view={view} openRow={openRow} />
            <PageAnnouncements t={t} filters={filters} sorting={sorting} shown={view.rows.length} total={view.allRows.length} />
          </>
        ) : (
          <p className="page-pending" role="status">{t.page.layingOut}</p>
        )}
      </div>
      {openRow !== undefined && openDataset !== undefined && (
        <ProjectDrawer dataset={openDataset} row={openRow} orderedRows={view.rows} scope={view} />
      )}
      {dragging && <div className="drop-overlay">{t.page.dropOverlay}</div>}
    </main>
  )
}
