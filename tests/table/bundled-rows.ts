/**
 * The bundled report's rows for jsdom tests. tests/support/bundled.ts cannot be imported under jsdom:
 * Vite's client transform rewrites its `new URL('../../public/…', import.meta.url)` into a
 * server path ('/public/data/…') and readFileSync fails. import.meta.dirname is left alone.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { toRows } from '../../src/domain/project-row.ts'
import { parseReport } from '../../src/ingest/parse-report.ts'

const NAME = 'shanghai-organization-department-2018.txt'
const text = readFileSync(join(import.meta.dirname, '../../public/data', NAME), 'utf8')
export const bundledRows = toRows('bundled', parseReport(text, { sourceName: NAME }).dataset.projects)
