import { type Localized, localized } from '../i18n/catalogue.ts'
import type { Messages } from '../i18n/messages.ts'

/**
 * A sentence for a failed write, in every language: full storage and unavailable storage (private
 * mode) said plainly. `what` names what could not be saved (a file name, or the catalogue's words).
 */
export function storageProblem(error: unknown, what: (t: Messages) => string): Localized {
  const name = error instanceof DOMException ? error.name : error instanceof Error ? error.name : ''
  if (name === 'QuotaExceededError') return localized((t) => t.storage.full(what(t)))
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError') {
    return localized((t) => t.storage.unavailable(what(t)))
  }
  const reason = error instanceof Error ? error.message : String(error)
  return localized((t) => t.storage.failed(what(t), reason))
}
