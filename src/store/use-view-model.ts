import { useMemo } from 'react'
import { useAppStore } from './app-store.ts'
import { deriveFiltered, deriveScope, deriveView, type ViewModel } from './view-model.ts'

/**
 * Selects the store's inputs one by one (never a fresh object) and derives the view in stages:
 * a sort keeps the filtered rows (and so every chart's input) as they were, a filter keeps the scope.
 */
export function useViewModel(): ViewModel {
  const datasets = useAppStore((s) => s.datasets)
  const activeDatasetId = useAppStore((s) => s.activeDatasetId)
  const filters = useAppStore((s) => s.filters)
  const sorting = useAppStore((s) => s.sorting)
  const scope = useMemo(() => deriveScope(datasets, activeDatasetId), [datasets, activeDatasetId])
  const filtered = useMemo(() => deriveFiltered(scope, filters), [scope, filters])
  return useMemo(() => deriveView(scope, filtered, sorting), [scope, filtered, sorting])
}
