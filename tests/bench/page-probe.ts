/**
 * In-page instruments for the browser benchmark, injected before the app's own scripts (Playwright
 * init scripts are not subject to the page's Content-Security-Policy). Every time is taken inside
 * the page with performance.now(); Node only starts an action and collects the result.
 *
 * - `arm(spec)`: starts a timer at the first `spec.event` the page receives (capture phase on
 *   window, before any app handler), watches the DOM with a MutationObserver until `spec.until`
 *   holds, then stops at the first task after the next frame is painted (requestAnimationFrame,
 *   then a MessageChannel message: the rAF callback runs before style, layout and paint; the
 *   message after them). `pending` resolves with the time, or rejects after `spec.timeoutMs`.
 * - ECharts instances are caught as they are constructed: the ECharts constructor is the only
 *   code that assigns `_throttledZrFlush`, so an accessor of that name on Object.prototype sees
 *   each new instance once (and then gets out of the way with an own property). Each instance's
 *   setOption is wrapped: for an option with scatter series it records when setOption was called,
 *   when it returned, the first 'rendered' event after which no progressive-rendering work is left
 *   (all points are on the canvas: `drawn`), and the 'finished' event (drawn, and every animation
 *   over, which ECharts documents as its "rendering finished" signal).
 *
 * Written as a string, not a function: a function would go through tsx's transform, whose helpers
 * (`__name`) do not exist in the page.
 */

type Until = 'import' | 'firstRowChange' | 'count' | 'countChange'

export interface ArmSpec {
  /** The DOM event that starts the clock: 'change' (file input), 'click', 'input'. */
  event: string
  until: Until
  /** For 'import' and 'count': the figure 项目数 must show. */
  n?: number
  /** For 'firstRowChange': the text of the column header clicked (its aria-sort is watched). */
  header?: string
  timeoutMs: number
}

interface ArmBefore {
  firstRow: string | null
  count: number | null
  rows: number
}

export interface Measured {
  /** Event → first task after the next painted frame. */
  ms: number
  /** Event → the DOM mutation that satisfied the condition. */
  domMs: number
  count: number | null
  firstRow: string | null
  /** Rows (elements with data-row-id) in the project list's DOM at the end. */
  rows: number
  /** Only for 'firstRowChange': the click sorted, but the first row stayed the same. */
  unchanged?: boolean
  startedAt: number
}

export interface ScatterRecord {
  start: number
  returned: number | null
  points: number
  drawn: number | null
  finished: number | null
}

interface BenchProbe {
  scatter: ScatterRecord[]
  charts: number
  arm: (spec: ArmSpec) => ArmBefore
  pending: Promise<Measured> | null
  /** Resolves with the first scatter record since `since` with at least `minPoints` that reached `field`. */
  whenScatter: (minPoints: number, since: number, field: 'drawn' | 'finished', timeoutMs: number) => Promise<ScatterRecord>
  keyCount: () => number | null
  domRows: () => number
}

declare global {
  interface Window {
    jixiaoBench: BenchProbe
  }
}

export const PROBE_SCRIPT = String.raw`(() => {
  const LIST = 'section[aria-label="项目列表"]'
  const bench = { scatter: [], charts: 0, pending: null }
  window.jixiaoBench = bench

  const scatterPoints = (option) => {
    const series = option && option.series
    if (!Array.isArray(series)) return null
    let points = 0
    let any = false
    for (const s of series) {
      if (s && s.type === 'scatter' && Array.isArray(s.data)) {
        any = true
        points += s.data.length
      }
    }
    return any ? points : null
  }

  Object.defineProperty(Object.prototype, '_throttledZrFlush', {
    configurable: true,
    enumerable: false,
    get() { return undefined },
    set(value) {
      Object.defineProperty(this, '_throttledZrFlush', { value, writable: true, configurable: true, enumerable: true })
      const chart = this
      bench.charts += 1
      let open = []
      let bound = false
      const original = chart.setOption
      chart.setOption = function (option, ...rest) {
        if (!bound) {
          bound = true
          chart.on('rendered', () => {
            const now = performance.now()
            if (chart._scheduler && chart._scheduler.unfinished) return
            for (const r of open) if (r.drawn === null) r.drawn = now
          })
          chart.on('finished', () => {
            const now = performance.now()
            for (const r of open) {
              if (r.drawn === null) r.drawn = now
              r.finished = now
            }
            open = []
          })
        }
        const points = scatterPoints(option)
        const record = points === null ? null : { start: performance.now(), returned: null, points, drawn: null, finished: null }
        if (record !== null) {
          bench.scatter.push(record)
          open.push(record)
        }
        try {
          return original.call(this, option, ...rest)
        } finally {
          if (record !== null) record.returned = performance.now()
        }
      }
    },
  })

  const rowElements = () => document.querySelectorAll(LIST + ' [data-row-id]')
  const firstRow = () => {
    const row = document.querySelector(LIST + ' [data-row-id]')
    return row === null ? null : row.getAttribute('data-row-id')
  }
  const keyCount = () => {
    const dt = [...document.querySelectorAll('dt')].find((d) => d.textContent.trim() === '项目数')
    const dd = dt === undefined ? null : dt.nextElementSibling
    if (dd === null) return null
    const m = /^[\d,\s]+/.exec(dd.textContent.trim())
    return m === null ? null : Number(m[0].replace(/[^\d]/g, ''))
  }
  // The table's caption says how many rows it holds; if a later table has none, the check is skipped.
  const tableCount = () => {
    const caption = document.querySelector(LIST + ' caption')
    const m = caption === null ? null : /显示\s*([\d,]+)\s*个项目/.exec(caption.textContent)
    return m === null ? null : Number(m[1].replace(/,/g, ''))
  }
  const tableShows = (n) => {
    const c = tableCount()
    return c === null || c === n
  }
  const headerOf = (text) => [...document.querySelectorAll(LIST + ' th')].find((th) => th.textContent.includes(text)) ?? null

  bench.keyCount = keyCount
  bench.domRows = () => rowElements().length

  bench.arm = (spec) => {
    const before = { firstRow: firstRow(), count: keyCount(), rows: rowElements().length }
    const beforeIds = new Set([...rowElements()].map((r) => r.getAttribute('data-row-id')))
    const header = spec.header === undefined ? null : headerOf(spec.header)
    const sortBefore = header === null ? null : header.getAttribute('aria-sort')
    const holds = () => {
      const count = keyCount()
      switch (spec.until) {
        case 'import': {
          const first = firstRow()
          return count === spec.n && first !== null && !beforeIds.has(first) && tableShows(spec.n)
        }
        case 'firstRowChange':
          return firstRow() !== before.firstRow
        case 'count':
          return count === spec.n && tableShows(spec.n)
        case 'countChange':
          return count !== null && count !== before.count && tableShows(count)
      }
      return false
    }
    bench.pending = new Promise((resolve, reject) => {
      let start = null
      let domAt = null
      let finished = false
      const afterNextPaint = (then) =>
        requestAnimationFrame(() => {
          const channel = new MessageChannel()
          channel.port1.onmessage = () => then(performance.now())
          channel.port2.postMessage(null)
        })
      const finish = (result) => {
        if (finished) return
        finished = true
        clearTimeout(timer)
        observer.disconnect()
        resolve(result)
      }
      const result = (end, extra) => ({
        ms: end - start, domMs: domAt - start, count: keyCount(), firstRow: firstRow(), rows: rowElements().length, startedAt: start, ...extra,
      })
      const check = () => {
        if (start === null || domAt !== null || finished) return
        if (holds()) {
          domAt = performance.now()
          observer.disconnect()
          afterNextPaint((end) => finish(result(end, {})))
          return
        }
        // A sort that leaves the first row where it was: the header says it sorted, the row did not move.
        const h = spec.header === undefined ? null : headerOf(spec.header)
        if (spec.until === 'firstRowChange' && h !== null && h.getAttribute('aria-sort') !== sortBefore) {
          afterNextPaint((end) => {
            if (holds()) return check()
            domAt = end
            finish(result(end, { unchanged: true }))
          })
        }
      }
      const observer = new MutationObserver(check)
      const onEvent = () => {
        if (start !== null) return
        start = performance.now()
        window.removeEventListener(spec.event, onEvent, true)
        observer.observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true })
        queueMicrotask(check)
      }
      window.addEventListener(spec.event, onEvent, true)
      const timer = setTimeout(() => {
        observer.disconnect()
        window.removeEventListener(spec.event, onEvent, true)
        const state = 'event seen: ' + (start !== null) + ', 项目数 ' + keyCount() + ', table caption count ' + tableCount() + ', first row ' + firstRow()
        reject(new Error('waited ' + spec.timeoutMs + ' ms after ' + spec.event + ' for ' + spec.until + (spec.n === undefined ? '' : ' ' + spec.n) + ' (' + state + ')'))
      }, spec.timeoutMs)
    })
    return before
  }

  bench.whenScatter = (minPoints, since, field, timeoutMs) =>
    new Promise((resolve, reject) => {
      const deadline = performance.now() + timeoutMs
      const poll = () => {
        const record = bench.scatter.find((r) => r.start >= since && r.points >= minPoints && r[field] !== null)
        if (record !== undefined) return resolve(record)
        if (performance.now() > deadline) {
          const seen = bench.scatter.map((r) => r.points + ' points at ' + r.start.toFixed(0) + ' ms, ' + field + ' ' + r[field]).join('; ')
          return reject(new Error('no scatter setOption with ' + minPoints + '+ points reached ' + field + ' within ' + timeoutMs + ' ms (' + (seen || 'no setOption seen; ' + bench.charts + ' charts') + ')'))
        }
        setTimeout(poll, 20)
      }
      poll()
    })
})()`
