import { useLayoutEffect } from 'react'
import { BOOT_SCREEN_ID } from '../boot/boot-dom.ts'

/**
 * Removes index.html's boot screen once the app shows something of its own (the report, or an
 * error), in the commit that shows it, so the two are never painted together and nothing shifts.
 * Until then the app's own loading line stays hidden behind it (app.css).
 */
export function useBootScreenUntil(ready: boolean): void {
  useLayoutEffect(() => {
    if (ready) document.getElementById(BOOT_SCREEN_ID)?.remove()
  }, [ready])
}
