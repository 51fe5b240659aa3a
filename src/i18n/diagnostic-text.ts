import type { DiagnosticCode } from '../domain/diagnostic-codes.ts'
import type { Diagnostic } from '../domain/types.ts'
import type { Locale } from './locale.ts'

/**
 * What each diagnostic code means, in English. The parser's messages are Chinese and quote the
 * report (project names, the text it could not read); they are not translated. In English the
 * code's meaning comes first and the Chinese message follows it unchanged, so nothing the parser
 * said is lost or paraphrased. Every code has its meaning (a code missing here fails the typecheck).
 */
const DIAGNOSTIC_MEANINGS_EN: Readonly<Record<DiagnosticCode, string>> = {
  'missing-field': 'A field is missing',
  'amount-unparseable': 'The final amount cannot be read as a number',
  'amount-unit-assumed': 'The final amount states no unit and was read as 万元 (10k CNY)',
  'score-unparseable': 'The score cannot be read as a number',
  'score-out-of-range': 'The score is outside 0–100',
  'grade-unrecognised': 'The grade is not one of 优, 良, 中, 差',
  'grade-band-mismatch': 'The score is outside the band of the stated grade (优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60)',
  'count-mismatch': 'The numbers of problems and rectifications differ',
  'list-preamble': 'A list has text before its first item, which was joined to item 1',
  'unassigned-text': 'Text that belongs to no field, not counted in any project',
  'label-in-text': 'A line starting with a label word was read as part of the field before it',
  'no-blocks': 'No performance-evaluation table was recognised, so no project was read',
  'csv-empty': 'The CSV file is empty: it has no header',
  'csv-field-count': 'This row has a different number of columns from the header',
  'csv-dataset-mismatch': 'The dataset columns of this row differ from the first row of its dataset; the first row’s were kept',
  'csv-syntax': 'The CSV is malformed here',
  'csv-unknown-column': 'An unknown column was ignored',
  'csv-missing-column': 'The header lacks required columns',
  'csv-bad-number': 'A cell that should hold a number does not; read as missing',
  'csv-bad-grade': 'A grade is not one of 优, 良, 中, 差; read as missing',
  'csv-bad-source-line': 'A source line is not a line number; the row was not imported',
  'csv-bad-source-page': 'A source page is not a page number; read as missing',
  'csv-bad-form': 'A form cell is none of result, project-self-evaluation, department-self-evaluation; read as result',
  'csv-bad-indicators': 'The indicators cell is not the JSON of a list of indicators; read as none',
  'csv-bad-template-text': 'The template text cell is not the JSON of a list of template cells; read as none',
  'csv-bad-source-table': 'A source table is not a table number; read as missing',
  'csv-bad-field-cells': 'The source field cells are not the JSON the format writes; read as missing',
  'unknown-code': 'A note from the imported JSON file whose code this version does not know; the code follows the note',
}

export interface DiagnosticText {
  /** What to show first, in the interface language where a meaning is known. */
  text: string
  /** The parser's own (Chinese) message when `text` is a translation of its code; null otherwise. */
  original: string | null
}

/** A diagnostic for display: in Chinese its message; in English its code's meaning, keeping the message. */
export function diagnosticText(diagnostic: Pick<Diagnostic, 'code' | 'message'>, locale: Locale): DiagnosticText {
  const meaning = locale === 'en' ? DIAGNOSTIC_MEANINGS_EN[diagnostic.code] : undefined
  return meaning === undefined ? { text: diagnostic.message, original: null } : { text: meaning, original: diagnostic.message }
}

/** The same as one line: "meaning — 原文" in English. */
export function diagnosticLine(diagnostic: Pick<Diagnostic, 'code' | 'message'>, locale: Locale): string {
  const { text, original } = diagnosticText(diagnostic, locale)
  return original === null ? text : `${text} — ${original}`
}
