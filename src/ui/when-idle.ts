/** The page's visibility, as whenIdle needs it (the document in the browser). */
export interface PageVisibility {
  readonly visibilityState: DocumentVisibilityState
  addEventListener: (type: 'visibilitychange', listener: () => void) => void
  removeEventListener: (type: 'visibilitychange', listener: () => void) => void
}

/**
 * Resolves when the browser is next idle (after it has painted, and after the work already queued,
 * such as React's deferred renders), or after `atMostMs` whatever happens: a hidden tab may not idle.
 * It also resolves as soon as the page is hidden (another tab, the window minimised, the tab being
 * closed), so work waiting for idle, such as saving an import, is not lost with the page.
 * Browsers without requestIdleCallback (Safari) resolve in the next task.
 */
export const whenIdle = (atMostMs = 2_000, page: PageVisibility | undefined = globalThis.document): Promise<void> =>
  new Promise((resolve) => {
    if (page?.visibilityState === 'hidden') return resolve()
    const onVisibility = () => {
      if (page?.visibilityState === 'hidden') done()
    }
    const done = () => {
      page?.removeEventListener('visibilitychange', onVisibility)
      resolve()
    }
    page?.addEventListener('visibilitychange', onVisibility)
    if (typeof requestIdleCallback === 'function') requestIdleCallback(done, { timeout: atMostMs })
    else setTimeout(done, 0)
  })

/** Resolves in a later task, so the browser may paint and handle input between two pieces of work. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))
