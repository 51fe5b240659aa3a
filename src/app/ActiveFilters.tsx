import { formatScore, formatWan } from '../domain/format.ts'
import { NO_RANGE, type NumberRange, type ViewFilters } from '../domain/view.ts'
import { useAppStore } from '../store/app-store.ts'
import { useMessages } from '../store/use-messages.ts'
import { setFormFilter } from '../table/form-filter.ts'

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
  const setChanges = useAppStore((s) => s.setChanges)
  const resetFilters = useAppStore((s) => s.resetFilters)
  const t = useMessages()
  const { brush } = filters
  const parts: { label: string; clear: () => void }[] = []
  if (filters.query.trim() !== '') parts.push({ label: t.filters.search(filters.query.trim()), clear: () => setQuery('') })
  if (filters.grades.length > 0) parts.push({ label: t.filters.grades(filters.grades), clear: () => setGrades([]) })
  if (filters.amount.min !== null || filters.amount.max !== null) {
    parts.push({ label: t.filters.amount(describeRange(filters.amount, formatWan)), clear: () => setAmountRange(NO_RANGE) })
  }
  if (filters.score.min !== null || filters.score.max !== null) {
    parts.push({ label: t.filters.score(describeRange(filters.score, formatScore)), clear: () => setScoreRange(NO_RANGE) })
  }
  if (filters.themes.length > 0) parts.push({ label: t.filters.themes(filters.themes), clear: () => setThemes([]) })
  if (filters.flags.length > 0) parts.push({ label: t.filters.flags(filters.flags), clear: () => setFlags([]) })
  if (filters.forms.length > 0) parts.push({ label: t.filters.forms(filters.forms), clear: () => setFormFilter([]) })
  if (filters.changes.length > 0) parts.push({ label: t.filters.changes(filters.changes), clear: () => setChanges([]) })
  if (brush !== null) parts.push({ label: t.filters.brush(brush), clear: () => setBrush(null) })
  if (parts.length === 0) return null
  return (
    <div className="active-filters" role="group" aria-label={t.filters.region}>
      {parts.map((p) => (
        <span key={p.label} className="filter-pill">
          {p.label}
          <button type="button" aria-label={t.filters.remove(p.label)} onClick={p.clear}>
            ×
          </button>
        </span>
      ))}
      {parts.length > 1 && (
        <button type="button" className="link-button" onClick={resetFilters}>
          {t.filters.clearAll}
        </button>
      )}
    </div>
  )
}
