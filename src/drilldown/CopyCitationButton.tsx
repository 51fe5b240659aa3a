import { useState } from 'react'
import type { Dataset, Project } from '../domain/types.ts'
import { useLocale } from '../store/use-messages.ts'
import { messagesFor } from '../i18n/catalogue.ts'
import { citationFor } from './citation.ts'
import '../ui/ui.css'

export interface CopyCitationButtonProps {
  dataset: Dataset
  project: Project
}

export function CopyCitationButton({ dataset, project }: CopyCitationButtonProps) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle')
  const locale = useLocale()
  const t = messagesFor(locale)
  const citation = citationFor(dataset, project, locale)
  const copy = () => {
    // navigator.clipboard is undefined outside secure contexts (plain http on a LAN address).
    Promise.resolve()
      .then(() => navigator.clipboard.writeText(citation))
      .then(
      () => setStatus('copied'),
      () => setStatus('failed'),
    )
  }
  return (
    <p className="citation">
      <button type="button" className="secondary-button" onClick={copy}>
        {t.drawer.copyCitation}
      </button>{' '}
      <span aria-live="polite" className="muted">
        {status === 'copied' ? t.drawer.copied : status === 'failed' ? t.drawer.copyFailed(citation) : ''}
      </span>
    </p>
  )
}
