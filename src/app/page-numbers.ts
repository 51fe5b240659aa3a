import { useEffect } from 'react'
import type { Messages } from '../i18n/messages.ts'

/** The custom property on <html> that print.css's @page puts at the foot of each page. */
const PAGE_NUMBER_PROPERTY = '--memo-page-number'

const PAGE = '%PAGE%'
const PAGES = '%PAGES%'

const cssString = (text: string): string => `"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`

/**
 * The catalogue's page number ("第 {page} 页，共 {pages} 页") as a CSS `content` value, with the
 * page counters in place of the numbers: '"第 " counter(page) " 页，共 " counter(pages) " 页"'.
 */
export function pageNumberContent(format: Messages['print']['pageNumber']): string {
  return format(PAGE, PAGES)
    .split(/(%PAGES?%)/)
    .filter((part) => part !== '')
    .map((part) => (part === PAGE ? 'counter(page)' : part === PAGES ? 'counter(pages)' : cssString(part)))
    .join(' ')
}

/**
 * Numbers each printed page in the interface language. The @page context inherits from the root
 * element only, so the words go on <html> as a custom property (Chromium prints margin boxes since 131).
 */
export function usePageNumbers(t: Messages): void {
  const content = pageNumberContent(t.print.pageNumber)
  useEffect(() => {
    const root = document.documentElement
    root.style.setProperty(PAGE_NUMBER_PROPERTY, content)
    return () => {
      root.style.removeProperty(PAGE_NUMBER_PROPERTY)
    }
  }, [content])
}
