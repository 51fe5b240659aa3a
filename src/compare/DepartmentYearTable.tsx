import { useId } from 'react'
import { formatPercent } from '../domain/format.ts'
import type { Messages } from '../i18n/messages.ts'
import type { DepartmentYears, Figures } from './comparison.ts'
import { meanScoreText } from './figure-text.ts'
import { GradeMix } from './GradeMix.tsx'

export interface DepartmentYearTableProps {
  table: DepartmentYears
  t: Messages
}

function Cell({ figures, t }: { figures: Figures | null; t: Messages }) {
  const c = t.compare
  if (figures === null) {
    return (
      <td className="compare-empty">
        <span aria-hidden="true">{t.common.missing}</span>
        <span className="visually-hidden">{c.noProjects}</span>
      </td>
    )
  }
  return (
    <td>
      <span className="compare-line">{c.cellProjects(figures.count)}</span>
      <span className="compare-line">{c.cellMean(meanScoreText(figures, t))}</span>
      <GradeMix figures={figures} t={t} />
      <span className="compare-line muted">
        {c.cellRate(formatPercent(figures.meanRate, t.common.missing), figures.rateCount, figures.count)}
      </span>
    </td>
  )
}

/** Departments down, years across: each cell the projects, mean score, grade mix and mean execution rate of that department that year. */
export function DepartmentYearTable({ table, t }: DepartmentYearTableProps) {
  const c = t.compare
  const id = useId()
  return (
    <div className="compare-block">
      <h3 id={id} className="compare-caption">
        {c.departmentCaption}
      </h3>
      {/* The box scrolls sideways, so the keyboard can reach it; the heading stays in view above it. */}
      <div className="compare-scroll" role="region" aria-labelledby={id} tabIndex={0}>
        <table className="compare-table compare-departments" aria-labelledby={id}>
          <thead>
            <tr>
              <th scope="col">{c.department}</th>
              {table.years.map((year) => (
                <th key={year ?? 'unknown'} scope="col">
                  {year === null ? c.unknownYear : c.year(year)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.departments.map((d) => (
              <tr key={d.key}>
                <th scope="row">{d.label === null ? c.unknownDepartment : <span lang="zh-CN">{d.label}</span>}</th>
                {d.cells.map((figures, i) => (
                  <Cell key={table.years[i] ?? 'unknown'} figures={figures} t={t} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}
