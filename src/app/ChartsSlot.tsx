import { Component, lazy, type ReactNode, Suspense, useCallback, useEffect, useRef, useState } from 'react'
import { chartsFailed } from '../charts/charts-drawn.ts'
import { useAppStore } from '../store/app-store.ts'
import { useMessages } from '../store/use-messages.ts'
import { usePrinting } from '../ui/print-media.ts'
import type { ChartsPanelProps } from './ChartsPanel.tsx'
import '../ui/ui.css'

const ChartsPanel = lazy(() => import('./ChartsPanel.tsx').then((m) => ({ default: m.ChartsPanel })))

/** The charts' top must come this far above the bottom of the viewport before they load. */
const IN_VIEW_MARGIN = '0px 0px -15% 0px'

/**
 * Where the charts go. Until their place comes into view (or printing asks for them) it holds an
 * empty placeholder of about their height, so neither ECharts nor its drawing delays a first screen
 * that does not show them. The placeholder is a tab stop too (a button shown when focused), so the
 * keyboard reaches the charts: Enter loads them. It stays until the charts have mounted (or failed
 * to load), and if it has the focus then, the focus goes on to the first chart instead of falling
 * to the page.
 */
export function ChartsSlot(props: Omit<ChartsPanelProps, 'onMounted'>) {
  const placeholder = useRef<HTMLDivElement>(null)
  const wanted = useAppStore((s) => s.chartsWanted)
  const wantCharts = useAppStore((s) => s.wantCharts)
  const [replaced, setReplaced] = useState(false)
  const [focusFirst, setFocusFirst] = useState(false)
  const printing = usePrinting()
  const t = useMessages()

  // Ctrl+P cannot wait for the charts to load: that print goes without them, the next has them.
  useEffect(() => {
    if (printing && !wanted) wantCharts()
  }, [printing, wanted, wantCharts])

  useEffect(() => {
    const target = placeholder.current
    if (wanted || target === null) return
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) wantCharts()
    }, { rootMargin: IN_VIEW_MARGIN })
    observer.observe(target)
    return () => observer.disconnect()
  }, [wanted, wantCharts])

  // Called in the panel's layout effect, before the page paints both.
  const onMounted = useCallback(() => {
    setFocusFirst(placeholder.current?.contains(document.activeElement) === true)
    setReplaced(true)
  }, [])
  const onFailed = useCallback(() => setReplaced(true), [])

  useEffect(() => {
    if (focusFirst) document.querySelector<HTMLElement>('section.charts [role="application"]')?.focus()
  }, [focusFirst])

  return (
    <>
      {!replaced && (
        <div ref={placeholder} className="charts charts-loading">
          <p role="status">{wanted ? t.page.chartsLoading : t.page.chartsOnScroll}</p>
          <button type="button" className="secondary-button charts-load" onClick={wantCharts}>
            {t.page.chartsLoad}
          </button>
        </div>
      )}
      {wanted && (
        <ChartsFailure message={t.page.chartsFailed} onFailed={onFailed}>
          <Suspense fallback={null}>
            <ChartsPanel {...props} onMounted={onMounted} />
          </Suspense>
        </ChartsFailure>
      )}
    </>
  )
}

interface ChartsFailureProps {
  message: string
  /** Told when the charts failed: their placeholder goes. */
  onFailed?: () => void
  children: ReactNode
}

/**
 * The charts' chunk loads on scroll, maybe long after the page: offline, or after a redeploy that
 * renamed it, the import fails. The rest of the page stays, with a message in the charts' place, and
 * a print waiting for the charts goes ahead without them.
 */
export class ChartsFailure extends Component<ChartsFailureProps, { failed: boolean }> {
  override state = { failed: false }

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true }
  }

  /** Ends the failure's hold on the charts-drawn signal when the message goes. */
  #failed: (() => void) | null = null

  override componentDidCatch(): void {
    this.#failed ??= chartsFailed()
    this.props.onFailed?.()
  }

  override componentWillUnmount(): void {
    this.#failed?.()
    this.#failed = null
  }

  override render() {
    if (!this.state.failed) return this.props.children
    return (
      <p className="charts charts-failed" role="alert">
        {this.props.message}
      </p>
    )
  }
}
