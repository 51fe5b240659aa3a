/**
 * The first screen, written into index.html at build time (vite.config.ts) so the browser paints the
 * bundled report's title before any script runs: the brand, the report's title as published, and a
 * loading line in both interface languages (the language is chosen by script). React takes over
 * when the report is parsed (src/app/use-boot-screen.ts removes it in the same frame).
 */
export const BUNDLED_REPORT_FILE = 'shanghai-organization-department-2018.txt'

/** Where index.html asks for the boot screen. */
export const BOOT_SCREEN_MARKER = '<!-- boot-screen -->'

export const BOOT_SCREEN_ID = 'boot'

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c)

/** The boot screen's markup; `title` is the report's own title, or null when the report gives none. */
export function bootScreenHtml(title: string | null): string {
  const heading = title === null ? '' : `<h1 lang="zh-CN">${escapeHtml(title)}</h1>`
  return (
    `<div id="${BOOT_SCREEN_ID}"><main class="page" aria-busy="true"><div class="workspace">` +
    `<div class="page-tools"></div>` +
    `<header class="dataset-header"><p class="brand">jixiao 绩效</p>${heading}</header>` +
    `<p role="status">正在加载报告… <span lang="en">Loading the report…</span></p>` +
    `</div></main></div>`
  )
}

/** Puts the boot screen where index.html asks for it; index.html without the marker is an error, not a silent blank. */
export function withBootScreen(html: string, title: string | null): string {
  if (!html.includes(BOOT_SCREEN_MARKER)) throw new Error(`index.html has no ${BOOT_SCREEN_MARKER} marker for the boot screen`)
  return html.replace(BOOT_SCREEN_MARKER, () => bootScreenHtml(title))
}
