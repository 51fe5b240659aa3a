import type { SortKey, ViewFilters } from '../../src/domain/view.ts'
import type { LoadedDataset } from '../../src/store/app-store.ts'
import { deriveFiltered, deriveScope, deriveView, type ViewModel } from '../../src/store/view-model.ts'

/** The view model of these store inputs, through the stages useViewModel memoises. */
export function viewOf(datasets: readonly LoadedDataset[], activeDatasetId: string | null, filters: ViewFilters, sorting: readonly SortKey[] = []): ViewModel {
  const scope = deriveScope(datasets, activeDatasetId)
  return deriveView(scope, deriveFiltered(scope, filters), sorting)
}
