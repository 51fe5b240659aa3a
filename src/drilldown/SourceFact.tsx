import type { SourceRange } from '../domain/types.ts'
import type { Messages } from '../i18n/messages.ts'
import { tablePlaceOf } from './source-table.ts'

export interface SourceFactProps {
  source: SourceRange
  sourceName: string
  t: Messages
}

/** 出处: the file and the lines or PDF page — or, for a form read from a table, its sheet or page, table and range. */
export function SourceFact({ source, sourceName, t }: SourceFactProps) {
  const facts = t.drawer.facts
  const place = tablePlaceOf(source)
  return (
    <div className="fact-wide">
      <dt>{facts.source}</dt>
      <dd>
        {place === null ? facts.sourceWhere(sourceName, source.startLine, source.endLine, source.page) : facts.tableWhere(sourceName, place)}
        {place === null && source.page !== undefined && <span className="muted">{facts.pdfLines}</span>}
      </dd>
    </div>
  )
}
