import { useState } from 'react'
import type { Dataset, Project } from '../domain/types.ts'
import { citationFor } from './citation.ts'

export interface CopyCitationButtonProps {
  dataset: Dataset
  project: Project
}

export function CopyCitationButton({ dataset, project }: CopyCitationButtonProps) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle')
  const citation = citationFor(dataset, project)
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
      <button type="button" onClick={copy}>
        复制引用
      </button>{' '}
      <span aria-live="polite" className="muted">
        {status === 'copied' ? '已复制' : status === 'failed' ? `无法访问剪贴板，请手动复制：${citation}` : ''}
      </span>
    </p>
  )
}
