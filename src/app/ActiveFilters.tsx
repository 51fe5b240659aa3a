import { auditFlagById } from '../domain/audit-flags.ts'
import { themeById } from '../domain/problem-themes.ts'
import { formatBrush, formatScore, formatWan } from '../domain/format.ts'
import { NO_RANGE, type NumberRange, type ViewFilters } from '../domain/view.ts'
import { useAppStore } from '../store/app-store.ts'

function describeRange(range: NumberRange, format: (n: number) => string): string {
  if (range.min !== null && range.max !== null) return `${format(range.min)}–${format(range.max)}`
  return range.min !== null ? `≥ ${format(range.min)}` : `≤ ${format(range.max ?? 0)}`
}

export interface ActiveFiltersProps {
  filters: ViewFilters
}

/** Says in words which filters are on, each removable, so a reader always knows what the figures cover. */
export function ActiveFilters({ filters }: ActiveFiltersProps) {
  const setBrush = useAppStore((s) => s.setBrush)
  const setGrades = useAppStore((s) => s.setGrades)
  const setQuery = useAppStore((s) => s.setQuery)
  const setAmountRange = useAppStore((s) => s.setAmountRange)
  const setScoreRange = useAppStore((s) => s.setScoreRange)
  const setThemes = useAppStore((s) => s.setThemes)
  const setFlags = useAppStore((s) => s.setFlags)
  const resetFilters = useAppStore((s) => s.resetFilters)
  const { brush } = filters
  const parts: { label: string; clear: () => void }[] = []
  if (filters.query.trim() !== '') parts.push({ label: `搜索“${filters.query.trim()}”`, clear: () => setQuery('') })
  if (filters.grades.length > 0) parts.push({ label: `评价结论：${filters.grades.join('、')}`, clear: () => setGrades([]) })
  if (filters.amount.min !== null || filters.amount.max !== null) {
    parts.push({ label: `决算金额 ${describeRange(filters.amount, formatWan)} 万元`, clear: () => setAmountRange(NO_RANGE) })
  }
  if (filters.score.min !== null || filters.score.max !== null) {
    parts.push({ label: `评价分值 ${describeRange(filters.score, formatScore)}`, clear: () => setScoreRange(NO_RANGE) })
  }
  if (filters.themes.length > 0) {
    parts.push({ label: `问题主题：${filters.themes.map((t) => themeById(t).label).join('、')}`, clear: () => setThemes([]) })
  }
  if (filters.flags.length > 0) {
    parts.push({ label: `审计提示：${filters.flags.map((f) => auditFlagById(f).label).join('、')}`, clear: () => setFlags([]) })
  }
  if (brush !== null) {
    parts.push({
      label: `框选：${formatBrush(brush)}`,
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
