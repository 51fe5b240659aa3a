import react from '@vitejs/plugin-react'
import { cpSync, createReadStream, existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { Plugin } from 'vite'
import { defineConfig } from 'vitest/config'
import { tsImport } from 'tsx/esm/api'

/**
 * pdfjs-dist's CMaps (Chinese text in PDFs needs them) and standard fonts, from the app's own origin
 * under `${base}pdfjs/` (src/import/pdf-text.ts): served from node_modules in dev, copied into the
 * build. About 2.5 MB on disk, fetched only one file at a time when a PDF asks for it.
 */
function pdfjsAssets(): Plugin {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))
  const folders = ['cmaps', 'standard_fonts']
  return {
    name: 'jixiao-pdfjs-assets',
    configureServer(server) {
      server.middlewares.use(`${server.config.base}pdfjs`, (req, res, next) => {
        const m = /^\/(cmaps|standard_fonts)\/(\w[\w.-]*)$/.exec(req.url?.split('?')[0] ?? '')
        const file = m === null ? null : join(root, m[1] ?? '', m[2] ?? '')
        if (file === null || !existsSync(file)) return next()
        res.setHeader('Content-Type', 'application/octet-stream')
        createReadStream(file).pipe(res)
      })
    },
    // Copied after the bundle is written rather than emitted, so the build report is not 180 lines of CMaps.
    writeBundle(output) {
      if (output.dir === undefined) return
      for (const folder of folders) cpSync(join(root, folder), join(output.dir, 'pdfjs', folder), { recursive: true })
    },
  }
}

/**
 * The built page's Content-Security-Policy: scripts, workers, data and fonts from the page's own
 * origin only — no inline script, no eval, no request to another host. Build only: the dev server
 * needs an inline script for React Fast Refresh. Inline styles stay allowed for the style
 * attributes ECharts and React set.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ')

function contentSecurityPolicy(): Plugin {
  return {
    name: 'jixiao-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  }
}

/**
 * The boot screen (src/boot/boot-screen.ts) in index.html: the bundled report's title, read by the
 * app's own parser, so the first paint needs no script. In dev too, read afresh on each page load.
 * Loaded with tsx at run time, not imported: an import would make the parser part of this config,
 * and Vite restarts the dev server whenever a file of its config changes.
 */
function bootScreen(): Plugin {
  return {
    name: 'jixiao-boot-screen',
    async transformIndexHtml(html) {
      const boot = (await tsImport('./src/boot/boot-screen-build.ts', import.meta.url)) as typeof import('./src/boot/boot-screen-build.ts')
      return boot.indexWithBootScreen(html, join(import.meta.dirname, 'public', 'data'))
    },
  }
}

export default defineConfig({
  plugins: [react(), pdfjsAssets(), contentSecurityPolicy(), bootScreen()],
  server: { port: 5173 },
  // The charts chunk (ECharts) is lazy and about 210 KB gzip; the page itself stays under 100 KB. The Excel
  // writer (exceljs, about 935 KB, 258 KB gzip) loads only when 导出 Excel is clicked.
  // modulepreload is in every browser the app supports (it needs ES2023); Vite's polyfill cost 5 ms before the first paint.
  build: { chunkSizeWarningLimit: 950, modulePreload: { polyfill: false } },
  test: {
    projects: [
      // The unit tests, in two groups by file name: `*.test.ts` run in Node, `*.test.tsx` in jsdom
      // with the setup file tests/setup/dom.ts. Neither isolates its files: a worker imports a module
      // once for all its files (per-file isolation took 78 s instead of about 20 s), so a test must
      // leave no state behind; the DOM setup resets what the page and the app hold before each test.
      // Threads start a little faster than forks here; the workers are Vitest's default (cores - 1).
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**'],
          pool: 'threads',
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['tests/**/*.test.tsx'],
          setupFiles: ['tests/setup/dom.ts'],
          pool: 'threads',
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          // One `vite preview` of dist/ for the whole run (tests/e2e/README.md).
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
