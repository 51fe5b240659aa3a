import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BOOT_SCREEN_MARKER, BUNDLED_REPORT_FILE, bootScreenHtml, withBootScreen } from '../../src/boot/boot-screen.ts'
import { parseReport } from '../../src/ingest/parse-report.ts'

const root = join(import.meta.dirname, '..', '..')

describe('boot screen', () => {
  it('shows the bundled report’s title as the parser reads it, and the brand, a loading line and a failure line in both languages', () => {
    const text = readFileSync(join(root, 'public', 'data', BUNDLED_REPORT_FILE), 'utf8')
    const { dataset } = parseReport(text, { sourceName: BUNDLED_REPORT_FILE })
    expect(bootScreenHtml(dataset.title)).toBe(
      '<div id="boot"><main class="page" aria-busy="true"><div class="workspace"><div class="page-tools"></div>' +
        '<header class="dataset-header"><p class="brand">' +
        '<span class="boot-zh" lang="zh-CN">jixiao 绩效 · 项目绩效评价结果</span>' +
        '<span class="boot-en" lang="en">jixiao 绩效 · project performance-evaluation results</span></p>' +
        '<h1 lang="zh-CN">中国共产党上海市委员会组织部2018年度财政支出项目绩效评价结果</h1></header>' +
        '<p role="status"><span class="boot-zh" lang="zh-CN">正在加载报告…</span><span class="boot-en" lang="en">Loading the report…</span></p>' +
        '<p role="alert" class="boot-failed error" hidden>' +
        '<span class="boot-zh" lang="zh-CN">无法加载本页的程序。请检查网络连接后刷新页面。</span>' +
        '<span class="boot-en" lang="en">The page’s code could not be loaded. Check the connection, then reload the page.</span></p>' +
        '</div></main></div>',
    )
  })

  it('writes a title as text, never as markup', () => {
    expect(bootScreenHtml('<img src=x onerror="alert(1)"> & \'绩效\'')).toContain(
      '<h1 lang="zh-CN">&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;绩效&#39;</h1>',
    )
  })

  it('has no heading when the report gives no title', () => {
    expect(bootScreenHtml(null)).not.toContain('<h1')
  })

  it('goes where index.html asks for it, and index.html asks for it once', () => {
    const html = readFileSync(join(root, 'index.html'), 'utf8')
    expect(html.split(BOOT_SCREEN_MARKER)).toHaveLength(2)
    const built = withBootScreen(html, 'T $& $1')
    expect(built).toContain('<h1 lang="zh-CN">T $&amp; $1</h1>')
    expect(built.indexOf('<div id="boot">')).toBeLessThan(built.indexOf('<div id="root"></div>'))
  })

  it('refuses an index.html without the marker', () => {
    expect(() => withBootScreen('<body></body>', 'T')).toThrow('index.html has no <!-- boot-screen --> marker for the boot screen')
  })
})
