import { EMPTY_FILTERS, type ViewFilters } from '../domain/view.ts'
import { useAppStore } from '../store/app-store.ts'
import { useMessages } from '../store/use-messages.ts'
import { filterLabels } from './filter-labels.ts'

export interface ActiveFiltersProps {
  filters: ViewFilters
}

/** Switches one filter off: back to what EMPTY_FILTERS holds for it. */
function clearFilter(filter: keyof ViewFilters): void {
  useAppStore.setState((s) => ({ filters: { ...s.filters, [filter]: EMPTY_FILTERS[filter] } }))
}

/** Says in words which filters are on (filterLabels, as the printed memo does), each removable, so a reader always knows what the figures cover. */
export function ActiveFilters({ filters }: ActiveFiltersProps) {
  const resetFilters = useAppStore((s) => s.resetFilters)
  const t = useMessages()
  const parts = filterLabels(filters, t)
  if (parts.length === 0) return null
  return (
    <div className="active-filters" role="group" aria-label={t.filters.region}>
      {parts.map((p) => (
        <span key={p.filter} className="filter-pill">
          {p.label}
          <button type="button" aria-label={t.filters.remove(p.label)} onClick={() => clearFilter(p.filter)}>
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
