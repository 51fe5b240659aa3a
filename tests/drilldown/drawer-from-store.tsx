import { ProjectDrawer } from '../../src/drilldown/ProjectDrawer.tsx'
import { useAppStore } from '../../src/store/app-store.ts'
import { useViewModel } from '../../src/store/use-view-model.ts'

/** The drawer of the store's open project, found and given its scope as src/app/App.tsx does. */
export function DrawerFromStore() {
  const view = useViewModel()
  const openId = useAppStore((s) => s.openId)
  const dataset = view.inView.find((d) => openId?.startsWith(`${d.id}/`) === true)
  const row = dataset?.rows.find((r) => r.id === openId)
  if (dataset === undefined || row === undefined) return null
  return <ProjectDrawer dataset={dataset} row={row} orderedRows={view.rows} scope={view} />
}
