import { createContext } from 'react'
import type { RowChange } from '../domain/series-changes.ts'

/**
 * The view's changes from the previous year (ViewModel.changes), for the change columns' cells:
 * the columns are built once at module scope, so their cells read the changes from here.
 */
export const RowChangesContext = createContext<ReadonlyMap<string, RowChange>>(new Map())
