import type { FormKind } from '../domain/types.ts'
import { useAppStore } from '../store/app-store.ts'

/*
 * The form-kind filter's setters. The store (app-store.ts) has setters for the other filters; this
 * one writes the store's filters the same way, as a new filters object, so the view model and the
 * URL follow.
 */

export function setFormFilter(forms: readonly FormKind[]): void {
  useAppStore.setState((s) => ({ filters: { ...s.filters, forms } }))
}

/** Adds the kind to the filter, or removes it when it is there. */
export function toggleFormFilter(form: FormKind): void {
  const { forms } = useAppStore.getState().filters
  setFormFilter(forms.includes(form) ? forms.filter((f) => f !== form) : [...forms, form])
}
