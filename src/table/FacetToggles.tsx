import './table.css'

interface FacetOption<T extends string> {
  id: T
  label: string
  /** Projects that have it, in the current view without this facet's own filter. */
  count: number
  /** What the option means, as the button's tooltip. */
  description: string
}

export interface FacetTogglesProps<T extends string> {
  /** The group's name, shown: "问题主题", "审计提示". */
  label: string
  /** What the group is announced as: "按问题主题筛选". */
  groupLabel: string
  /** The button that clears the facet: "全部". */
  allLabel: string
  options: readonly FacetOption<T>[]
  selected: readonly T[]
  onToggle: (id: T) => void
  onClear: () => void
  /** The count 全部 shows: projects before this facet's filter. */
  total: number
}

/** Toggle buttons (aria-pressed) with counts; several may be on (any of them); 全部 clears them. */
export function FacetToggles<T extends string>({
  label,
  groupLabel,
  allLabel,
  options,
  selected,
  onToggle,
  onClear,
  total,
}: FacetTogglesProps<T>) {
  return (
    <div className="facet" role="group" aria-label={groupLabel}>
      <span className="facet-label" aria-hidden="true">
        {label}
      </span>
      <button type="button" className="facet-toggle" aria-pressed={selected.length === 0} onClick={onClear}>
        {allLabel} <span className="facet-count">{total}</span>
      </button>
      {options.map((o) => (
        <button
          key={o.id}
          type="button"
          className={o.count === 0 ? 'facet-toggle is-empty' : 'facet-toggle'}
          aria-pressed={selected.includes(o.id)}
          title={o.description}
          onClick={() => onToggle(o.id)}
        >
          {o.label} <span className="facet-count">{o.count}</span>
        </button>
      ))}
    </div>
  )
}
