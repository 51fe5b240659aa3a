/** The boot screen's element ids and classes (src/boot/boot-screen.ts writes them; the app and src/main.ts find them). */
export const BOOT_SCREEN_ID = 'boot'
export const BOOT_FAILED_CLASS = 'boot-failed'

/** The boot screen says the page's code could not be loaded, in place of its loading line. */
export function showBootFailure(doc: Document = document): void {
  const boot = doc.getElementById(BOOT_SCREEN_ID)
  if (boot === null) return
  boot.querySelector('main')?.setAttribute('aria-busy', 'false')
  const loading = boot.querySelector<HTMLElement>('[role="status"]')
  if (loading !== null) loading.hidden = true
  const failed = boot.querySelector<HTMLElement>(`.${BOOT_FAILED_CLASS}`)
  if (failed !== null) failed.hidden = false
}
