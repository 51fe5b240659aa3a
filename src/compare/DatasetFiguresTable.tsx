import { useId } from 'react'
import { formatWan } from '../domain/format.ts'
import type { Messages } from '../i18n/messages.ts'
import type { DatasetFigures, Figures } from './comparison.ts'
import { meanScoreText } from './figure-text.ts'
import { MeanRate } from './FigureText.tsx'
import { GradeMix } from './GradeMix.tsx'

export interface DatasetFiguresTableProps {
  columns: readonly DatasetFigures[]
  t: Messages
}

/** The figures, one row each, in the order shown. */
const FIGURES = ['projects', 'total', 'mean', 'grades', 'rate'] as const
type Figure = (typeof FIGURES)[number]

function FigureCell({ figure, f, t }: { figure: Figure; f: Figures; t: Messages }) {
  switch (figure) {
    case 'projects':
      return <td className="num">{f.count}</td>
    case 'total':
      return (
        <td className="num">
          {f.amountCount === 0 ? t.common.missing : formatWan(f.totalWan)}
          {f.amountCount > 0 && f.amountCount < f.count && (
            <span className="muted compare-sub">{t.keyFigures.noAmount(f.count - f.amountCount)}</span>
          )}
        </td>
      )
    case 'mean':
      return <td className="num">{meanScoreText(f, t)}</td>
    case 'grades':
      return (
        <td>
          <GradeMix figures={f} t={t} />
        </td>
      )
    case 'rate':
      return (
        <td className="num">
          <MeanRate figures={f} t={t} />
        </td>
      )
  }
}

/** The key figures of each dataset side by side: one column per dataset, one row per figure. */
export function DatasetFiguresTable({ columns, t }: DatasetFiguresTableProps) {
  const c = t.compare
  const id = useId()
  return (
    <div className="compare-block">
      <h3 id={id} className="compare-caption">
        {c.figuresCaption}
      </h3>
      {/* The box scrolls sideways, so the keyboard can reach it; the heading stays in view above it. */}
      <div className="compare-scroll" role="region" aria-labelledby={id} tabIndex={0}>
        <table className="compare-table compare-figures" aria-labelledby={id}>
          <thead>
            <tr>
              <th scope="col">{c.figure}</th>
              {columns.map((d) => (
                <th key={d.id} scope="col" lang="zh-CN">
                  {d.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {FIGURES.map((figure) => (
              <tr key={figure}>
                <th scope="row">{c[figure]}</th>
                {columns.map((d) => (
                  <FigureCell key={d.id} figure={figure} f={d.figures} t={t} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}
