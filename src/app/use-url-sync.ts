import { useEffect } from 'react'
import { type AppState, urlStateOf, useAppStore } from '../store/app-store.ts'
import { decodeUrlState, encodeUrlState } from '../store/url-state.ts'

const WRITE_DELAY_MS = 250

/** Only a change of the typed query replaces the history entry; every other change can be stepped back through. */
function onlyQueryChanged(a: AppState, b: AppState): boolean {
  return (
    a.filters.query !== b.filters.query &&
    a.sorting === b.sorting &&
    a.openId === b.openId &&
    a.filters.grades === b.filters.grades &&
    a.filters.brush === b.filters.brush &&
    a.filters.amount === b.filters.amount &&
    a.filters.score === b.filters.score &&
    a.filters.themes === b.filters.themes &&
    a.filters.flags === b.filters.flags &&
    a.filters.forms === b.filters.forms
  )
}

/** Keeps the view in the query string: read on load and on Back/Forward, written (throttled) on change. */
export function useUrlSync(): void {
  useEffect(() => {
    const store = useAppStore
    store.getState().applyUrlState(decodeUrlState(window.location.search))
    let timer: ReturnType<typeof setTimeout> | null = null
    let pendingPush = false
    let restoring = false

    const write = () => {
      timer = null
      const search = encodeUrlState(urlStateOf(store.getState()))
      if (search === window.location.search) {
        pendingPush = false
        return
      }
      const url = `${window.location.pathname}${search}${window.location.hash}`
      if (pendingPush) window.history.pushState(null, '', url)
      else window.history.replaceState(null, '', url)
      pendingPush = false
    }

    const unsubscribe = store.subscribe((state, previous) => {
      if (restoring) return
      const viewChanged =
        state.filters !== previous.filters || state.sorting !== previous.sorting || state.openId !== previous.openId
      if (!viewChanged) return
      if (!onlyQueryChanged(state, previous)) pendingPush = true
      if (timer === null) timer = setTimeout(write, WRITE_DELAY_MS)
    })

    const onPopState = () => {
      if (timer !== null) clearTimeout(timer)
      timer = null
      pendingPush = false
      restoring = true
      store.getState().applyUrlState(decodeUrlState(window.location.search))
      restoring = false
    }
    window.addEventListener('popstate', onPopState)
    return () => {
      unsubscribe()
      window.removeEventListener('popstate', onPopState)
      if (timer !== null) clearTimeout(timer)
    }
  }, [])
}
