import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { toRows } from '../../src/domain/project-row.ts'
import { parseReport } from '../../src/ingest/parse-report.ts'

export const BUNDLED_NAME = 'shanghai-organization-department-2018.txt'
export const bundledText = readFileSync(join(import.meta.dirname, '../../public/data', BUNDLED_NAME), 'utf8')
export const bundled = parseReport(bundledText, { sourceName: BUNDLED_NAME })
export const bundledRows = toRows('bundled', bundled.dataset.projects)
