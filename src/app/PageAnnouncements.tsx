import type { Messages } from '../i18n/messages.ts'
import { LiveRegion } from '../ui/LiveRegion.tsx'
import { type ResultState, useResultAnnouncements } from './use-result-announcements.ts'

export interface PageAnnouncementsProps extends ResultState {
  t: Messages
}

/**
 * The page's one polite live region, and the sort and filter outcomes said through it (the charts'
 * keyboard cursors speak through it too). Mounted with the table, after the first screen, so it
 * starts empty and the first load says nothing.
 */
export function PageAnnouncements({ t, ...state }: PageAnnouncementsProps) {
  useResultAnnouncements(state, t)
  return <LiveRegion />
}
