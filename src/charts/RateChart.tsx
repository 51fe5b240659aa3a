import { memo, useId, useMemo } from 'react'
import type { ProjectRow } from '../domain/project-row.ts'
import { messagesFor } from '../i18n/catalogue.ts'
import { useAppStore } from '../store/app-store.ts'
import { rowIdOf } from './chart-events.ts'
import { rateCursor } from './cursor-targets.ts'
import { EChart, type EChartHandlers } from './EChart.tsx'
import { buildRateOption, RATE_BARS_AT_MOST, RATE_TARGET, rateChartHeight } from './rate-option.ts'
import { useChartCursor } from './use-chart-cursor.ts'
import { useChartEnv } from './use-chart-env.ts'
import './charts.css'

/** Beyond this many, the 未披露 list names the rest by count: thousands of buttons would slow every render. */
const LISTED_AT_MOST = 30

export interface RateChartProps {
  /** ViewModel.rows (the filtered projects), or allRows for the whole report. */
  rows: readonly ProjectRow[]
  openId: string | null
  /** Minimum canvas height in px; it grows with the number of bars. */
  height?: number
}

/** 预算执行率 of the projects that state one; the others are listed as 未披露, never drawn as 0. */
export const RateChart = memo(function RateChart({ rows, openId, height = 260 }: RateChartProps) {
  const headingId = useId()
  const env = useChartEnv()
  const openProject = useAppStore((s) => s.openProject)
  const model = useMemo(() => buildRateOption(rows, openId, env), [rows, openId, env])
  const messages = messagesFor(env.locale)
  const t = messages.charts.rate
  const cursor = useMemo(() => rateCursor(model.mode, model.bars, env.locale), [model, env.locale])
  const keyboard = useChartCursor(cursor, model.mode === 'bars' ? t.keys : t.binsKeys)

  const onEvents: EChartHandlers = {
    click: (params) => {
      const id = rowIdOf(params)
      if (id !== null) openProject(id)
    } }

  return (
    <section className="chart-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.heading}</h2>
      <p className="chart-caption">
        {model.mode === 'bars' ? t.caption(RATE_TARGET) : t.binsCaption(RATE_BARS_AT_MOST, RATE_TARGET)}
        {model.mode === 'bars' && <span className="screen-only">{t.hint}</span>}
      </p>
      <div className="rate-layout">
        {model.bars.length > 0 ? (
          <EChart
            option={model.option}
            ariaLabel={model.description}
            height={model.mode === 'bars' ? Math.max(height, rateChartHeight(model.bars.length)) : height}
            onEvents={onEvents}
            theme={env.dark ? 'dark' : null}
            exportName={t.file}
            keyboard={keyboard}
          />
        ) : (
          <p className="rate-none chart-caption">{rows.length > 0 ? t.noneStated : messages.charts.noProjects}</p>
        )}
        {model.undisclosed.length > 0 && (
          <div className="rate-undisclosed">
            <h3>{t.undisclosed(model.undisclosed.length)}</h3>
            <ul>
              {model.undisclosed.slice(0, LISTED_AT_MOST).map((r) => (
                <li key={r.id}>
                  <button
                    type="button"
                    className="chart-link-button"
                    lang={r.project.name === null ? undefined : 'zh-CN'}
                    onClick={() => openProject(r.id)}
                  >
                    {r.project.name ?? messages.common.unnamed}
                  </button>
                  <span className="missing">{messages.common.notDisclosed}</span>
                </li>
              ))}
            </ul>
            {model.undisclosed.length > LISTED_AT_MOST && (
              <p className="chart-caption">{t.moreUndisclosed(model.undisclosed.length - LISTED_AT_MOST)}</p>
            )}
          </div>
        )}
      </div>
    </section>
  )
})
