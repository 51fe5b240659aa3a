import { useEffect } from 'react'
import { ALL_DATASETS, useAppStore } from '../store/app-store.ts'
import { storageProblem } from '../store/storage-problem.ts'

const persistence = () => import('../store/persistence.ts')

/**
 * Merges what IndexedDB kept into the store after the first render (the bundled report shows at
 * once), reopens the dataset that was open, and remembers which one is open from then on.
 * Storage that is unavailable or corrupt costs a message, never the page.
 */
export function useStoredDatasets(): void {
  useEffect(() => {
    let cancelled = false
    let unsubscribe = () => {}
    const { addDatasets, pushNotice, setLinkDecisions } = useAppStore.getState()
    // Remember the open dataset only once the stored choice has been read: before that, the
    // bundled report becoming active on arrival must not overwrite what the user had open.
    const rememberActive = () => {
      unsubscribe = useAppStore.subscribe((state, previous) => {
        const id = state.activeDatasetId
        if (id !== null && id !== previous.activeDatasetId) {
          persistence()
            .then((p) => p.saveActiveDataset(id))
            .catch(() => undefined)
        }
        if (state.linkDecisions !== previous.linkDecisions) {
          const decisions = state.linkDecisions
          persistence()
            .then((p) => p.saveLinkDecisions(decisions))
            .catch((error: unknown) => pushNotice('error', storageProblem(error, (t) => t.storage.savingLinks)))
        }
      })
    }
    persistence()
      .then((p) => p.loadStoredDatasets())
      .then(({ records, activeId, problems, linkDecisions }) => {
        if (cancelled) return
        for (const problem of problems) pushNotice('error', problem)
        // Decisions made before storage answered come after the stored ones, and the merged list is saved at once
        // (the saving subscription starts only after this).
        const early = useAppStore.getState().linkDecisions
        if (linkDecisions.length > 0) setLinkDecisions([...linkDecisions, ...early])
        if (early.length > 0) {
          const merged = useAppStore.getState().linkDecisions
          persistence()
            .then((p) => p.saveLinkDecisions(merged))
            .catch((error: unknown) => pushNotice('error', storageProblem(error, (t) => t.storage.savingLinks)))
        }
        const known = activeId === ALL_DATASETS || records.some((r) => r.id === activeId) || activeId === 'bundled'
        const fromUrl = useAppStore.getState().openId?.split('/')[0]
        // 全部数据集 holds every dataset: the record open in the URL is in view there, so the view stays.
        const switchTo = fromUrl !== undefined && activeId !== ALL_DATASETS && records.some((r) => r.id === fromUrl)
        const activate = switchTo ? fromUrl : known ? activeId : undefined
        if (records.length > 0 || activate !== undefined) addDatasets(records, activate === null ? undefined : { activate })
      })
      .catch((error: unknown) => {
        if (!cancelled) pushNotice('error', storageProblem(error, (t) => t.storage.readingStored))
      })
      .finally(() => {
        if (!cancelled) rememberActive()
      })
    return () => {
      cancelled = true
      unsubscribe()
    }
  }, [])
}
