import { useMemo } from 'react'
import { useAppStore } from './app-store.ts'
import { deriveView, type ViewModel } from './view-model.ts'

/** Selects the store's inputs one by one (never a fresh object) and derives the view from them. */
export function useViewModel(): ViewModel {
  const datasets = useAppStore((s) => s.datasets)
  const activeDatasetId = useAppStore((s) => s.activeDatasetId)
  const filters = useAppStore((s) => s.filters)
  const sorting = useAppStore((s) => s.sorting)
  return useMemo(
    () => deriveView({ datasets, activeDatasetId, filters, sorting }),
    [datasets, activeDatasetId, filters, sorting],
  )
}
