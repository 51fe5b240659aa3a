import type { ProjectRow } from '../domain/project-row.ts'

/** How the series section names a record: its year, else its dataset's label (department and year, or file name). */
export const yearLabel = (year: number | null, row: ProjectRow): string => (year === null ? row.datasetLabel : String(year))
