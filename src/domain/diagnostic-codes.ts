/**
 * Every code a reader of this repository can put on a diagnostic: the report parser
 * (src/ingest/parse-report.ts), the CSV reader (src/ingest/from-csv.ts) and the JSON reader
 * (src/ingest/from-json.ts: 'unknown-code' for a code in a file that this list lacks). Their
 * meanings (src/i18n/diagnostic-text.ts) and the audit flags they raise (src/domain/audit-flags.ts)
 * are records over this union, so a code added here without them fails the typecheck.
 */
export const DIAGNOSTIC_CODES = [
  'missing-field',
  'amount-unparseable',
  'amount-unit-assumed',
  'score-unparseable',
  'score-out-of-range',
  'grade-unrecognised',
  'grade-band-mismatch',
  'count-mismatch',
  'list-preamble',
  'unassigned-text',
  'label-in-text',
  'no-blocks',
  'csv-empty',
  'csv-field-count',
  'csv-dataset-mismatch',
  'csv-syntax',
  'csv-unknown-column',
  'csv-missing-column',
  'csv-bad-number',
  'csv-bad-grade',
  'csv-bad-source-line',
  'csv-bad-source-page',
  'csv-bad-form',
  'csv-bad-indicators',
  'csv-bad-template-text',
  'csv-bad-source-table',
  'csv-bad-field-cells',
  'unknown-code',
] as const

export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number]

export const isDiagnosticCode = (code: string): code is DiagnosticCode => (DIAGNOSTIC_CODES as readonly string[]).includes(code)
