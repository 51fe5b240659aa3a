/**
 * Resolves when the browser is next idle (after it has painted, and after the work already queued,
 * such as React's deferred renders), or after `atMostMs` whatever happens: a hidden tab may not idle.
 * Browsers without requestIdleCallback (Safari) resolve in the next task.
 */
export const whenIdle = (atMostMs = 2_000): Promise<void> =>
  new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: atMostMs })
    else setTimeout(resolve, 0)
  })

/** Resolves in a later task, so the browser may paint and handle input between two pieces of work. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))
