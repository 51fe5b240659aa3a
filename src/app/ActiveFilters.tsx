import { formatScore, formatWan } from '../domain/format.ts'
import type { ViewFilters } from '../domain/view.ts'
import { useAppStore } from '../store/app-store.ts'

export interface ActiveFiltersProps {
  filters: ViewFilters
}

/** Says in words which filters are on, each removable, so a reader always knows what the figures cover. */
export function ActiveFilters({ filters }: ActiveFiltersProps) {
  const setBrush = useAppStore((s) => s.setBrush)
  const setGrades = useAppStore((s) => s.setGrades)
  const setQuery = useAppStore((s) => s.setQuery)
  const resetFilters = useAppStore((s) => s.resetFilters)
  const { brush } = filters
  const parts: { label: string; clear: () => void }[] = []
  if (filters.query.trim() !== '') parts.push({ label: `搜索“${filters.query.trim()}”`, clear: () => setQuery('') })
  if (filters.grades.length > 0) parts.push({ label: `评价结论：${filters.grades.join('、')}`, clear: () => setGrades([]) })
  if (brush !== null) {
    parts.push({
      label: `框选：金额 ${formatWan(brush.amount[0])}–${formatWan(brush.amount[1])} 万元，分值 ${formatScore(brush.score[0])}–${formatScore(brush.score[1])}`,
      clear: () => setBrush(null),
    })
  }
  if (parts.length === 0) return null
  return (
    <div className="active-filters" role="group" aria-label="当前筛选">
      {parts.map((p) => (
        <span key={p.label} className="filter-pill">
          {p.label}
          <button type="button" aria-label={`清除${p.label}`} onClick={p.clear}>
            ×
          </button>
        </span>
      ))}
      {parts.length > 1 && (
        <button type="button" className="link-button" onClick={resetFilters}>
          清除全部筛选
        </button>
      )}
    </div>
  )
}
