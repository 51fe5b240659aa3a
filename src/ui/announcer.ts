/**
 * What the page's one polite live region says (LiveRegion.tsx). A tiny store outside React, so any
 * layer above ui can speak — a chart's keyboard cursor, the app after a sort or filter — without
 * passing callbacks through the layout. Nothing is said until someone announces: the region starts
 * empty, so a first load says nothing.
 */

export interface Announcement {
  /** Grows with every announcement: the same words said twice are a new node, so they are read again. */
  id: number
  text: string
  /** Report text inside `text` (a project's name as published), read in Chinese; null if none. */
  reportText: string | null
}

let current: Announcement | null = null
let lastId = 0
const listeners = new Set<() => void>()

export function announce(text: string, reportText: string | null = null): void {
  lastId += 1
  current = { id: lastId, text, reportText }
  for (const listener of listeners) listener()
}

export function currentAnnouncement(): Announcement | null {
  return current
}

export function subscribeAnnouncements(listener: () => void): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

/** Back to nothing said (tests). */
export function clearAnnouncements(): void {
  current = null
  for (const listener of listeners) listener()
}

/**
 * The text around its report text, so the report text can carry its own language:
 * ["", "2018年党代表工作经费", ", final amount …"]. Without report text in it, [text].
 */
export function splitReportText(text: string, reportText: string | null): [string] | [string, string, string] {
  if (reportText === null || reportText === '') return [text]
  const at = text.indexOf(reportText)
  if (at < 0) return [text]
  return [text.slice(0, at), reportText, text.slice(at + reportText.length)]
}
