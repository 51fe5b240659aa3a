import { messagesFor } from '../i18n/catalogue.ts'
import type { Locale } from '../i18n/locale.ts'
import { BOOT_FAILED_CLASS, BOOT_SCREEN_ID } from './boot-dom.ts'

/**
 * The first screen, written into index.html at build time (vite.config.ts) so the browser paints the
 * bundled report's title before any script runs: the brand, the report's title as published, and a
 * loading line. Both languages are in the markup; src/main.ts sets `<html lang>` before the paint
 * and app.css shows the one that matches. React takes over when the report is parsed
 * (src/app/use-boot-screen.ts removes the boot screen in that commit); if the app's code cannot be
 * fetched, src/main.ts shows the failure line instead of the loading line.
 */
export const BUNDLED_REPORT_FILE = 'shanghai-organization-department-2018.txt'

/** Where index.html asks for the boot screen. */
export const BOOT_SCREEN_MARKER = '<!-- boot-screen -->'

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c)

/** The same text in both interface languages, each shown only when it is the page's language. */
const bilingual = (text: (locale: Locale) => string): string =>
  `<span class="boot-zh" lang="zh-CN">${escapeHtml(text('zh'))}</span><span class="boot-en" lang="en">${escapeHtml(text('en'))}</span>`

/** The boot screen's markup; `title` is the report's own title, or null when the report gives none. */
export function bootScreenHtml(title: string | null): string {
  const heading = title === null ? '' : `<h1 lang="zh-CN">${escapeHtml(title)}</h1>`
  return (
    `<div id="${BOOT_SCREEN_ID}"><main class="page" aria-busy="true"><div class="workspace">` +
    `<div class="page-tools"></div>` +
    `<header class="dataset-header"><p class="brand">${bilingual((l) => messagesFor(l).page.brand)}</p>${heading}</header>` +
    `<p role="status">${bilingual((l) => messagesFor(l).page.loading)}</p>` +
    `<p role="alert" class="${BOOT_FAILED_CLASS} error" hidden>${bilingual((l) => messagesFor(l).page.appLoadFailed)}</p>` +
    `</div></main></div>`
  )
}

/** Puts the boot screen where index.html asks for it; index.html without the marker is an error, not a silent blank. */
export function withBootScreen(html: string, title: string | null): string {
  if (!html.includes(BOOT_SCREEN_MARKER)) throw new Error(`index.html has no ${BOOT_SCREEN_MARKER} marker for the boot screen`)
  return html.replace(BOOT_SCREEN_MARKER, () => bootScreenHtml(title))
}
