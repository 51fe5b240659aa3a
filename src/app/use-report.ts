import { useEffect, useState } from 'react'
import type { ParseResult } from '../domain/types.ts'
import { parseReport } from '../ingest/parse-report.ts'

export type ReportState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; result: ParseResult }

interface Settled {
  url: string
  state: ReportState
}

const LOADING: ReportState = { status: 'loading' }

/** Fetches a report's text from `url` and parses it; the fetch is aborted on unmount or url change. */
export function useReport(url: string, sourceName: string): ReportState {
  const [settled, setSettled] = useState<Settled | null>(null)

  useEffect(() => {
    const controller = new AbortController()
    fetch(url, { signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim())
        const text = await response.text()
        setSettled({ url, state: { status: 'ready', result: parseReport(text, { sourceName }) } })
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return
        const reason = error instanceof Error ? error.message : String(error)
        setSettled({ url, state: { status: 'error', message: `无法加载报告 ${sourceName}：${reason}` } })
      })
    return () => controller.abort()
  }, [url, sourceName])

  // A result for an earlier url is stale: show loading until the current one settles.
  return settled !== null && settled.url === url ? settled.state : LOADING
}
