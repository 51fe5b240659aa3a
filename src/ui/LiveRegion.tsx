import { useSyncExternalStore } from 'react'
import { currentAnnouncement, splitReportText, subscribeAnnouncements } from './announcer.ts'
import './ui.css'

const nothing = () => null

/**
 * The page's polite live region, visually hidden: says the last announcement (announcer.ts). Each
 * announcement is a new node (keyed by its id), so a repeated sentence is read again. Report text
 * inside it is marked lang="zh-CN", so an English screen reader reads a project's name in Chinese.
 */
export function LiveRegion() {
  const said = useSyncExternalStore(subscribeAnnouncements, currentAnnouncement, nothing)
  const parts = said === null ? null : splitReportText(said.text, said.reportText)
  return (
    <div className="live-region" role="status" aria-live="polite" aria-atomic="true">
      {said !== null && parts !== null && (
        <span key={said.id}>
          {parts.length === 1 ? (
            parts[0]
          ) : (
            <>
              {parts[0]}
              <span lang="zh-CN">{parts[1]}</span>
              {parts[2]}
            </>
          )}
        </span>
      )}
    </div>
  )
}
