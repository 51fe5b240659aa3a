import { formatPercent } from '../domain/format.ts'
import type { Messages } from '../i18n/messages.ts'
import type { Figures } from './comparison.ts'

/** A mean execution rate with how many projects state one: "81.92%" over "2 / 8 个项目披露". */
export function MeanRate({ figures, t }: { figures: Figures; t: Messages }) {
  return (
    <>
      {formatPercent(figures.meanRate, t.common.missing)}
      <span className="muted compare-sub">{t.compare.rateStated(figures.rateCount, figures.count)}</span>
    </>
  )
}
