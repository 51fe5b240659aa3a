import type { Dataset, Diagnostic, ParseResult, Project, SourceRange } from '../domain/types.ts'

/**
 * The JSON export: `{"datasets":[…]}`, one entry per parse result, in the order given, each with
 * the dataset's fields and its diagnostics. Keys are written in a fixed order, whatever order the
 * objects were built in, so the output is stable to diff. Pretty-printed, ending with a newline,
 * unless `compact` (for storage, where nobody reads it and indentation doubles the time and size).
 */
export function toJson(results: readonly ParseResult[], { compact = false }: { compact?: boolean } = {}): string {
  const value = { datasets: results.map(datasetJson) }
  return compact ? JSON.stringify(value) : `${JSON.stringify(value, null, 2)}\n`
}

function datasetJson({ dataset, diagnostics }: ParseResult) {
  const { title, department, year, sourceName, projects }: Dataset = dataset
  return {
    title,
    department,
    year,
    sourceName,
    projects: projects.map(projectJson),
    diagnostics: diagnostics.map(diagnosticJson),
  }
}

function projectJson(project: Project) {
  return {
    name: project.name,
    amountWan: project.amountWan,
    score: project.score,
    grade: project.grade,
    performance: project.performance,
    problems: [...project.problems],
    suggestions: [...project.suggestions],
    rectifications: [...project.rectifications],
    executionRate: project.executionRate,
    unit: project.unit,
    source: sourceJson(project.source),
  }
}

/** `page` only when the source has one: text input never does, so its output has no such key. */
function sourceJson({ startLine, endLine, page }: SourceRange) {
  return page === undefined ? { startLine, endLine } : { startLine, endLine, page }
}

function diagnosticJson({ level, code, message, line }: Diagnostic) {
  return { level, code, message, line }
}
