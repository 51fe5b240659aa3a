import { useMemo } from 'react'
import { useAppStore } from './app-store.ts'
import { deriveFiltered, deriveLinks, deriveScope, deriveView, type ViewModel } from './view-model.ts'

/**
 * Selects the store's inputs one by one (never a fresh object) and derives the view in stages:
 * a sort keeps the filtered rows (and so every chart's input) as they were, a filter keeps the scope.
 */
export function useViewModel(): ViewModel {
  const datasets = useAppStore((s) => s.datasets)
  const activeDatasetId = useAppStore((s) => s.activeDatasetId)
  const linkDecisions = useAppStore((s) => s.linkDecisions)
  const filters = useAppStore((s) => s.filters)
  const sorting = useAppStore((s) => s.sorting)
  const links = useMemo(() => deriveLinks(datasets, linkDecisions), [datasets, linkDecisions])
  const scope = useMemo(() => deriveScope(datasets, activeDatasetId, links), [datasets, activeDatasetId, links])
  const filtered = useMemo(() => deriveFiltered(scope, filters), [scope, filters])
  return useMemo(() => deriveView(scope, filtered, sorting), [scope, filtered, sorting])
}
