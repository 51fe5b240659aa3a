/**
 * Helpers of the import end-to-end files: giving the page files (the picker, a drop), reading its
 * messages, the dataset switcher, the table's cells and what IndexedDB holds, and a watch for
 * Content-Security-Policy violations. Everything waits for a state, never for a fixed time.
 */
import { readFile } from 'node:fs/promises'
import type { BrowserContext, Download, Locator, Page } from 'playwright-core'
import { expect } from 'vitest'
import { POLL, projectRows } from './helpers.ts'

/** The scatter's panel heading. */
export const SCATTER = '决算金额与评价分值'

/** The bundled 2018 report as the table shows it: name, 决算金额（万元）, 评价分值, in document order. */
export const BUNDLED_FIGURES = [
  ['2018年基层党建及队伍教育管理', '338.62', '93.17'],
  ['2018年党代表工作经费', '278.31', '92.83'],
  ['2018年干部考评和人才发展工作经费', '139.30', '94.51'],
  ['2018年度领导干部培训经费项目', '267.36', '90.13'],
  ['2018年党建服务工作经费项目', '336.18', '85.12'],
  ['2018年度在线学习工作经费项目', '989.28', '90.61'],
  ['2018年上海市党员干部现代远程教育工作经费', '269.59', '89.60'],
  ['2018年组织部门建设和管理工作', '1,059.83', '89.81'],
] as const

/** The bundled report's label in the switcher (department and year). */
export const BUNDLED_LABEL = '中国共产党上海市委员会组织部 2018'

// ---------------------------------------------------------------------------------------------
// Content-Security-Policy violations

export interface CspViolation {
  directive: string
  blocked: string
  sample: string
  url: string
}

declare global {
  interface Window {
    jixiaoCspViolations?: CspViolation[]
    jixiaoReportCspViolation?: (violation: CspViolation) => void
  }
}

/**
 * Records every `securitypolicyviolation` of every page of the context, on the page's window
 * (`window.jixiaoCspViolations`) and, through a binding, in the returned list, which outlives
 * reloads and closed pages. Call before any page of the context opens.
 */
export async function watchCspViolations(context: BrowserContext, into: CspViolation[] = []): Promise<CspViolation[]> {
  await context.exposeBinding('jixiaoReportCspViolation', (_source, violation: CspViolation) => {
    into.push(violation)
  })
  await context.addInitScript(() => {
    window.jixiaoCspViolations = []
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        const violation = {
          directive: event.effectiveDirective,
          blocked: event.blockedURI,
          sample: event.sample,
          url: event.documentURI,
        }
        window.jixiaoCspViolations?.push(violation)
        window.jixiaoReportCspViolation?.(violation)
      },
      true,
    )
  })
  return into
}

/** The violations the page's window recorded since it loaded. */
export const pageCspViolations = (page: Page): Promise<CspViolation[]> => page.evaluate(() => window.jixiaoCspViolations ?? [])

// ---------------------------------------------------------------------------------------------
// Giving the page files

export interface FileSpec {
  name: string
  mimeType: string
  buffer: Buffer
}

/** The real <input type="file" multiple> inside the label 导入报告…. */
const fileInput = (page: Page): Locator => page.getByLabel('导入报告…')

/** Chooses files in the picker: paths on disk (read by the browser itself) or files made in the test. */
export async function chooseFiles(page: Page, files: string | readonly string[] | FileSpec | readonly FileSpec[]): Promise<void> {
  await fileInput(page).setInputFiles(files as string | string[] | FileSpec | FileSpec[])
}

/**
 * Drops a file on the page as a user does from a file manager: dragenter and dragover on the
 * page (the overlay appears), then drop, with a DataTransfer holding a File.
 */
export async function dropTextFile(page: Page, name: string, text: string): Promise<void> {
  await page.evaluate(
    ([fileName, content]) => {
      const transfer = new DataTransfer()
      transfer.items.add(new File([content], fileName, { type: 'text/plain' }))
      ;(window as { jixiaoDropTransfer?: DataTransfer }).jixiaoDropTransfer = transfer
      const target = document.querySelector('table') ?? document.body
      for (const type of ['dragenter', 'dragover']) {
        target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }))
      }
    },
    [name, text] as const,
  )
  await page.getByText('松开鼠标导入文件', { exact: true }).waitFor()
  await page.evaluate(() => {
    const holder = window as { jixiaoDropTransfer?: DataTransfer }
    const target = document.querySelector('table') ?? document.body
    target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: holder.jixiaoDropTransfer }))
    delete holder.jixiaoDropTransfer
  })
  await page.getByText('松开鼠标导入文件', { exact: true }).waitFor({ state: 'detached' })
}

/** Waits for a download started by `click`, and returns it with its bytes. */
export async function download(page: Page, click: () => Promise<void>): Promise<{ download: Download; bytes: Buffer }> {
  const [started] = await Promise.all([page.waitForEvent('download'), click()])
  const path = await started.path()
  return { download: started, bytes: await readFile(path) }
}

// ---------------------------------------------------------------------------------------------
// Messages

/** The texts of the error messages (role="alert"), oldest first. */
export async function alertTexts(page: Page): Promise<string[]> {
  const texts = await page.getByRole('alert').locator('p > span').allTextContents()
  return texts.map((t) => t.trim())
}

/** Waits until a status message (role="status") reads exactly `text`. */
export async function expectStatus(page: Page, text: string, timeout: number = POLL.timeout): Promise<void> {
  await page.getByRole('status').getByText(text, { exact: true }).waitFor({ timeout })
}

/**
 * How long reading a PDF may take: pdfjs loads (once) and lays out every page, which took 6 s on
 * a loaded 2-core machine. A text file gets the normal POLL wait.
 */
export const PDF_WAIT = { timeout: 45_000 } as const

// ---------------------------------------------------------------------------------------------
// The dataset switcher

export interface SwitcherEntry {
  /** e.g. "中国共产党上海市委员会组织部 2018 · shanghai-….txt · 8 个项目" */
  text: string
  current: boolean
}

export const switcher = (page: Page): Locator => page.getByRole('navigation', { name: '数据集' })

/** Each dataset button of the switcher (the remove buttons left out), in order; [] when it is not shown. */
export async function switcherEntries(page: Page): Promise<SwitcherEntry[]> {
  return page.locator('nav[aria-label="数据集"] li > button:first-child').evaluateAll((buttons) =>
    buttons.map((b) => ({
      text: Array.from(b.querySelectorAll('span'), (s) => (s.textContent ?? '').trim()).join(' · '),
      current: b.getAttribute('aria-current') === 'true',
    })),
  )
}

/** Waits until the switcher lists exactly `entries`. */
export async function expectSwitcher(page: Page, entries: readonly SwitcherEntry[]): Promise<void> {
  await expect.poll(() => switcherEntries(page), POLL).toEqual(entries)
}

/** The switcher's button of one dataset, by the start of its label. */
export const datasetButton = (page: Page, label: string): Locator =>
  switcher(page).getByRole('button', { name: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })

// ---------------------------------------------------------------------------------------------
// The table

/** Every project row's cells as text, in the table's order. */
export async function tableCells(page: Page): Promise<string[][]> {
  return projectRows(page).evaluateAll((rows) =>
    rows.map((row) => Array.from(row.children, (cell) => (cell.textContent ?? '').trim())),
  )
}

/** Name, amount and score of each row (the table of one dataset: name is the first cell). */
export async function rowFigures(page: Page): Promise<string[][]> {
  return (await tableCells(page)).map((cells) => cells.slice(0, 3))
}

/** Waits until the rows' name, amount and score are exactly `figures`, in this order. */
export async function expectRowFigures(page: Page, figures: readonly (readonly string[])[]): Promise<void> {
  await expect.poll(() => rowFigures(page), POLL).toEqual(figures.map((f) => [...f]))
}

/** The data-row-ids of the table, e.g. "txt-1a2b3c4d/3". */
const rowIds = (page: Page): Promise<string[]> =>
  projectRows(page).evaluateAll((rows) => rows.map((row) => row.getAttribute('data-row-id') ?? ''))

// ---------------------------------------------------------------------------------------------
// IndexedDB (idb-keyval: database 'jixiao', store 'datasets')

interface Stored {
  keys: string[]
  active: unknown
}

/**
 * The keys the app has stored and the dataset it remembers as open. Never creates the database:
 * opening one that does not exist yet would make it without its store and break the app's own open.
 */
async function stored(page: Page): Promise<Stored> {
  return page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name)
    if (!names.includes('jixiao')) return { keys: [], active: null }
    return new Promise<{ keys: string[]; active: unknown }>((resolve, reject) => {
      const request = indexedDB.open('jixiao')
      request.addEventListener('error', () => reject(request.error))
      request.addEventListener('success', () => {
        const db = request.result
        if (!db.objectStoreNames.contains('datasets')) {
          db.close()
          resolve({ keys: [], active: null })
          return
        }
        const tx = db.transaction('datasets', 'readonly')
        const keys = tx.objectStore('datasets').getAllKeys()
        const active = tx.objectStore('datasets').get('active-dataset')
        tx.addEventListener('complete', () => {
          db.close()
          resolve({ keys: keys.result.map(String).toSorted(), active: active.result ?? null })
        })
        tx.addEventListener('error', () => reject(tx.error))
      })
    })
  })
}

/** Waits until IndexedDB holds exactly the datasets `ids` and remembers `active` as open. */
export async function expectStored(page: Page, ids: readonly string[], active: string): Promise<void> {
  await expect
    .poll(() => stored(page), POLL)
    .toEqual({ keys: ['active-dataset', ...ids.map((id) => `dataset:${id}`)].toSorted(), active })
}

/** The id of the dataset whose rows the table shows (every row id is "<dataset id>/<n>"). */
export async function shownDatasetId(page: Page): Promise<string> {
  const ids = new Set((await rowIds(page)).map((id) => id.slice(0, id.lastIndexOf('/'))))
  if (ids.size !== 1) throw new Error(`expected the rows of one dataset, got ${[...ids].join(', ')}`)
  return [...ids][0] ?? ''
}

/** The flag the hostile report's markup would set on window if it ever ran. */
const PWNED_FLAG = '__pwned'

/** window.__pwned: undefined unless the page ran the hostile report's markup. */
export const pwned = (page: Page): Promise<unknown> => page.evaluate((flag) => Reflect.get(window, flag), PWNED_FLAG)

/** The drawer's facts as label → text (决算金额, 评价分值, …, 出处). */
export async function drawerFacts(page: Page): Promise<Record<string, string>> {
  return page
    .locator('aside[aria-labelledby="drawer-title"] dl.facts > div')
    .evaluateAll((items) =>
      Object.fromEntries(
        items.map((item) => [item.querySelector('dt')?.textContent?.trim() ?? '', item.querySelector('dd')?.textContent?.trim() ?? '']),
      ),
    )
}

/** The info messages (role="status") of imports, oldest shown first. */
export async function statusTexts(page: Page): Promise<string[]> {
  const texts = await page.getByRole('status').locator('p > span').allTextContents()
  return texts.map((t) => t.trim())
}
