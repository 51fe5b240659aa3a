import { DatasetHeader } from './DatasetHeader.tsx'
import { DiagnosticList } from './DiagnosticList.tsx'
import { ProjectTable } from './ProjectTable.tsx'
import { useReport } from './use-report.ts'

const SOURCE_NAME = 'shanghai-organization-department-2018.txt'
const REPORT_URL = `${import.meta.env.BASE_URL}data/${SOURCE_NAME}`

export function App() {
  const report = useReport(REPORT_URL, SOURCE_NAME)

  return (
    <main className="page" aria-busy={report.status === 'loading'}>
      {report.status === 'loading' && <p role="status">正在加载报告…</p>}
      {report.status === 'error' && (
        <p role="alert" className="error">
          {report.message}
        </p>
      )}
      {report.status === 'ready' && (
        <>
          <DatasetHeader dataset={report.result.dataset} />
          {report.result.dataset.projects.length > 0 ? (
            <ProjectTable projects={report.result.dataset.projects} />
          ) : (
            <p role="status">报告中未解析出任何项目。</p>
          )}
          <DiagnosticList diagnostics={report.result.diagnostics} />
        </>
      )}
    </main>
  )
}
