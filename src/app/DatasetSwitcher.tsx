import { useMemo, useState } from 'react'
import { datasetLabels } from '../domain/dataset-record.ts'
import { ALL_DATASETS, type AppState, useAppStore } from '../store/app-store.ts'
import { storageProblem } from '../store/storage-problem.ts'
import { useMessages } from '../store/use-messages.ts'

const persistence = () => import('../store/persistence.ts')

type Removed = NonNullable<ReturnType<AppState['removeDataset']>>

/** Lists every dataset with its project count; the bundled report stays, imports can be removed with undo. */
export function DatasetSwitcher() {
  const datasets = useAppStore((s) => s.datasets)
  const activeId = useAppStore((s) => s.activeDatasetId)
  const setActive = useAppStore((s) => s.setActiveDataset)
  const [removed, setRemoved] = useState<Removed | null>(null)
  const removeDataset = useAppStore((s) => s.removeDataset)
  const restoreDataset = useAppStore((s) => s.restoreDataset)
  const pushNotice = useAppStore((s) => s.pushNotice)
  const t = useMessages()
  // As the rows are labelled (the store's labelled): a .txt and its PDF of one department and year are told apart.
  // The file name is on the entry's second line: only an import time is added to tell copies apart.
  const labels = useMemo(() => datasetLabels(datasets, { fileNameShown: true }), [datasets])

  const remove = (id: string) => {
    const gone = removeDataset(id)
    if (gone === null) return
    setRemoved(gone)
    persistence()
      .then((p) => p.deleteStoredDataset(id))
      .catch((error: unknown) => pushNotice('error', storageProblem(error, () => gone.dataset.meta.fileName)))
  }
  const undo = () => {
    if (removed === null) return
    restoreDataset(removed)
    setActive(removed.dataset.id)
    setRemoved(null)
    persistence()
      .then((p) => p.saveDataset(removed.dataset))
      .catch((error: unknown) => pushNotice('error', storageProblem(error, () => removed.dataset.meta.fileName)))
  }

  if (datasets.length < 2 && removed === null) return null
  const total = datasets.reduce((n, d) => n + d.dataset.projects.length, 0)
  return (
    <nav className="dataset-switcher" aria-label={t.datasets.region}>
      <ul>
        {datasets.map((d, i) => (
          <li key={d.id} className={d.id === activeId ? 'current' : undefined}>
            <button type="button" aria-current={d.id === activeId ? 'true' : undefined} onClick={() => setActive(d.id)}>
              <span className="dataset-name" lang="zh-CN">
                {labels[i]}
              </span>
              <span className="muted">{t.datasets.projectCount(d.meta.fileName, d.dataset.projects.length)}</span>
            </button>
            {d.meta.origin === 'imported' && (
              <button type="button" className="dataset-remove" aria-label={t.datasets.remove(d.meta.fileName)} onClick={() => remove(d.id)}>
                ×
              </button>
            )}
          </li>
        ))}
        {datasets.length > 1 && (
          <li className={activeId === ALL_DATASETS ? 'current' : undefined}>
            <button
              type="button"
              aria-current={activeId === ALL_DATASETS ? 'true' : undefined}
              onClick={() => setActive(ALL_DATASETS)}
            >
              <span className="dataset-name">{t.datasets.all}</span>
              <span className="muted">{t.datasets.allCount(datasets.length, total)}</span>
            </button>
          </li>
        )}
      </ul>
      <p role="status" className="dataset-undo">
        {removed !== null && (
          <>
            {t.datasets.removed(removed.dataset.meta.fileName)}{' '}
            <button type="button" className="link-button" onClick={undo}>
              {t.datasets.undo}
            </button>
          </>
        )}
      </p>
    </nav>
  )
}
