import { datasetLabels } from '../domain/dataset-record.ts'
import type { ProjectRow } from '../domain/project-row.ts'
import { departmentKey, rowYear } from '../domain/series.ts'
import { summarize } from '../domain/stats.ts'
import type { Grade, Project } from '../domain/types.ts'
import type { LoadedDataset } from '../store/app-store.ts'

/**
 * The comparison's view model: plain data the components only render. Its layout (the datasets,
 * the departments, the years) comes from every project in view, so it stays put while filters
 * change; its figures come from the filtered projects.
 */

/** What the comparison says of a set of projects. Only stated values count; a missing one is never 0. */
export interface Figures {
  count: number
  /** Sum of the stated 决算金额 (万元); amountCount says how many are stated. */
  totalWan: number
  amountCount: number
  meanScore: number | null
  gradeCounts: Readonly<Record<Grade, number>>
  /** Projects that state no grade. */
  ungraded: number
  /** Mean of the stated execution rates (%), null when none is stated; rateCount says how many. */
  meanRate: number | null
  rateCount: number
}

export function figuresOf(projects: readonly Project[]): Figures {
  const { count, totalWan, amountCount, meanScore, gradeCounts, withRateCount } = summarize(projects)
  const graded = Object.values(gradeCounts).reduce((n, c) => n + c, 0)
  const rateSum = projects.reduce((sum, p) => sum + (p.executionRate ?? 0), 0)
  return {
    count,
    totalWan,
    amountCount,
    meanScore,
    gradeCounts,
    ungraded: count - graded,
    // Rounded at the sixth decimal, as summarize rounds sums: (83.63 + 80.21) / 2 is 81.92, not 81.91999999999999.
    meanRate: withRateCount === 0 ? null : Math.round((rateSum / withRateCount) * 1e6) / 1e6,
    rateCount: withRateCount,
  }
}

export interface DatasetFigures {
  id: string
  /** What the switcher calls it (src/domain/dataset-record.ts datasetLabels: two alike get their file names). */
  label: string
  figures: Figures
}

/** The figures of each dataset in view over `rows` (the filtered projects), in the datasets' order. */
export function datasetFigures(datasets: readonly LoadedDataset[], rows: readonly ProjectRow[]): DatasetFigures[] {
  const byDataset = groupRows(rows, (row) => row.datasetId)
  const labels = datasetLabels(datasets)
  return datasets.map((d, i) => ({
    id: d.id,
    label: labels[i] ?? d.meta.fileName,
    figures: figuresOf((byDataset.get(d.id) ?? []).map((r) => r.project)),
  }))
}

interface DepartmentRow {
  /** The department as series link it (src/domain/series.ts departmentKey). */
  key: string
  /** As the first record of it writes it: its 主管部门, else its dataset's department; null when neither says. */
  label: string | null
  /** One per year of DepartmentYears.years: the figures of its projects that year, null when it has none. */
  cells: (Figures | null)[]
}

export interface DepartmentYears {
  /** Ascending; null (a year neither the dataset nor the project's name states) last. */
  years: (number | null)[]
  /** In the order their first record comes, dataset after dataset. */
  departments: DepartmentRow[]
}

interface Placed {
  row: ProjectRow
  department: string
  label: string | null
  year: number | null
}

function place(datasets: readonly LoadedDataset[]): Map<string, Placed> {
  const placed = new Map<string, Placed>()
  for (const source of datasets) {
    for (const row of source.rows) {
      const label = (row.project.department ?? source.dataset.department)?.trim() ?? ''
      placed.set(row.id, { row, department: departmentKey(source, row), label: label === '' ? null : label, year: rowYear(source, row) })
    }
  }
  return placed
}

const yearOrder = (a: number | null, b: number | null): number => (a ?? Number.POSITIVE_INFINITY) - (b ?? Number.POSITIVE_INFINITY)

/** Departments × years of every project in `datasets`, each cell the figures of its projects among `rows`. */
export function departmentYears(datasets: readonly LoadedDataset[], rows: readonly ProjectRow[]): DepartmentYears {
  const placed = place(datasets)
  const all = [...placed.values()]
  const years = [...new Set(all.map((p) => p.year))].toSorted(yearOrder)
  const labels = new Map<string, string | null>()
  for (const p of all) if (!labels.has(p.department) || labels.get(p.department) === null) labels.set(p.department, p.label)
  const cellOf = groupRows(
    rows.flatMap((row) => placed.get(row.id) ?? []),
    (p) => `${p.department}\u0000${p.year}`,
  )
  const departments = [...labels].map(([key, label]) => ({
    key,
    label,
    cells: years.map((year) => {
      const projects = cellOf.get(`${key}\u0000${year}`)
      return projects === undefined ? null : figuresOf(projects.map((p) => p.row.project))
    }),
  }))
  return { years, departments }
}

function groupRows<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const key = keyOf(item)
    const group = groups.get(key)
    if (group === undefined) groups.set(key, [item])
    else group.push(item)
  }
  return groups
}
