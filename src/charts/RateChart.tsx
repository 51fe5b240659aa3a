import { useId, useMemo } from 'react'
import { NOT_DISCLOSED, UNNAMED } from '../domain/format.ts'
import type { ProjectRow } from '../domain/project-row.ts'
import { useAppStore } from '../store/app-store.ts'
import { rowIdOf } from './chart-events.ts'
import { EChart, type EChartHandlers } from './EChart.tsx'
import { buildRateOption, RATE_BARS_AT_MOST, RATE_TARGET, rateChartHeight } from './rate-option.ts'
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
export function RateChart({ rows, openId, height = 260 }: RateChartProps) {
  const headingId = useId()
  const env = useChartEnv()
  const openProject = useAppStore((s) => s.openProject)
  const model = useMemo(() => buildRateOption(rows, openId, env), [rows, openId, env])

  const onEvents: EChartHandlers = {
    click: (params) => {
      const id = rowIdOf(params)
      if (id !== null) openProject(id)
    } }

  return (
    <section className="chart-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>预算执行率</h2>
      <p className="chart-caption">
        {model.mode === 'bars'
          ? `只含正文写明预算执行率的项目，从高到低；虚线为${RATE_TARGET}%。点击条形查看项目。`
          : `只含正文写明预算执行率的项目，多于${RATE_BARS_AT_MOST}个，按执行率区间计数；低于${RATE_TARGET}%的区间为灰色。`}
      </p>
      <div className="rate-layout">
        {model.bars.length > 0 ? (
          <EChart
            option={model.option}
            ariaLabel={model.description}
            height={model.mode === 'bars' ? Math.max(height, rateChartHeight(model.bars.length)) : height}
            onEvents={onEvents}
            theme={env.dark ? 'dark' : null}
            exportName="预算执行率"
          />
        ) : (
          <p className="rate-none chart-caption">{rows.length > 0 ? '没有项目披露预算执行率。' : '没有项目。'}</p>
        )}
        {model.undisclosed.length > 0 && (
          <div className="rate-undisclosed">
            <h3>
              {NOT_DISCLOSED}（{model.undisclosed.length}个项目）
            </h3>
            <ul>
              {model.undisclosed.slice(0, LISTED_AT_MOST).map((r) => (
                <li key={r.id}>
                  <button type="button" className="chart-link-button" onClick={() => openProject(r.id)}>
                    {r.project.name ?? UNNAMED}
                  </button>
                  <span className="missing">{NOT_DISCLOSED}</span>
                </li>
              ))}
            </ul>
            {model.undisclosed.length > LISTED_AT_MOST && (
              <p className="chart-caption">
                另有 {model.undisclosed.length - LISTED_AT_MOST} 个项目未披露，可在表格中按“预算执行率”排序查看。
              </p>
            )}
          </div>
        )}
      </div>
    </section>
  )
}
