import { projectSearchText } from './search-text.ts'
import type { Project } from './types.ts'

/** A project as the views use it: a stable id, its position in its dataset, and its search text computed once. */
export interface ProjectRow {
  /** `${datasetId}/${index}`: stable across reloads for the same file. */
  id: string
  datasetId: string
  /** What the table's dataset column shows when several datasets are compared. */
  datasetLabel: string
  /** Position of the project in its dataset, 0-based: document order. */
  index: number
  project: Project
  searchText: string
}

export function toRows(datasetId: string, projects: readonly Project[], datasetLabel: string = datasetId): ProjectRow[] {
  return projects.map((project, index) => ({
    id: `${datasetId}/${index}`,
    datasetId,
    datasetLabel,
    index,
    project,
    searchText: projectSearchText(project),
  }))
}
