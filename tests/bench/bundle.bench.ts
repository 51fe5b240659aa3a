/**
 * The JavaScript a first visit must load before the app can paint: the entry chunk that index.html
 * loads and, recursively, its static imports (what Vite also lists as modulepreload). Since the boot
 * screen (src/boot/), that is only src/main.ts; so the JavaScript that shows the report, which the
 * entry imports after the first paint (React DOM and the app), is measured too: the entry's own
 * import() targets and their static imports. The charts, readers and pdfjs, imported later still,
 * are counted in neither. Gzipped with node:zlib at level 9, as a static host or CDN serves
 * pre-compressed files.
 */
import { readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { gzipSync } from 'node:zlib'

export interface InitialChunk {
  file: string
  bytes: number
  gzip: number
}

export interface BundleBenchResult {
  chunks: InitialChunk[]
  bytes: number
  gzip: number
  /** What the entry imports after the first paint to show the report: chunks, and their gzip sum. */
  appChunks: InitialChunk[]
  appGzip: number
  /** CSS the page links, gzipped: not JavaScript, but also loaded before first paint. */
  cssGzip: number
}

const gz = (data: Buffer): number => gzipSync(data, { level: 9 }).length

/** Paths in `from "./x.js"` / `import "./x.js"` statements: static imports only, not import(). */
function staticImports(code: string): string[] {
  const found = new Set<string>()
  const pattern = /(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+?\s*from\s*)?["']([^"']+\.js)["']/g
  for (const m of code.matchAll(pattern)) if (m[1] !== undefined) found.add(m[1])
  return [...found]
}

/** Paths in `import("./x.js")`: the chunks a module loads later. */
function dynamicImports(code: string): string[] {
  return [...new Set([...code.matchAll(/\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)].map((m) => m[1]!))]
}

export function measureInitialJs(outDir: string): BundleBenchResult {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8')
  const entries = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]!)
  const preloads = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!)
  if (entries.length === 0) throw new Error(`${outDir}/index.html loads no module script`)
  const toFile = (url: string, from: string) => (url.startsWith('/') ? join(outDir, url) : join(from, url))
  /** The files in `start` and, recursively, their static imports, leaving out those in `known`. */
  const closure = (start: string[], known: ReadonlySet<string>): Map<string, InitialChunk> => {
    const seen = new Map<string, InitialChunk>()
    const queue = [...start]
    while (queue.length > 0) {
      const file = queue.shift()!
      if (seen.has(file) || known.has(file)) continue
      const data = readFileSync(file)
      seen.set(file, { file: relative(outDir, file), bytes: data.length, gzip: gz(data) })
      for (const dep of staticImports(data.toString('utf8'))) queue.push(toFile(dep, dirname(file)))
    }
    return seen
  }
  const entryFiles = [...entries, ...preloads].map((url) => toFile(url, outDir))
  const seen = closure(entryFiles, new Set())
  const later = entryFiles.flatMap((file) => dynamicImports(readFileSync(file, 'utf8')).map((dep) => toFile(dep, dirname(file))))
  const app = closure(later, new Set(seen.keys()))
  const cssGzip = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)]
    .map((m) => gz(readFileSync(toFile(m[1]!, outDir))))
    .reduce((a, b) => a + b, 0)
  const chunks = [...seen.values()]
  const appChunks = [...app.values()]
  return {
    chunks,
    appChunks,
    appGzip: appChunks.reduce((sum, c) => sum + c.gzip, 0),
    bytes: chunks.reduce((sum, c) => sum + c.bytes, 0),
    gzip: chunks.reduce((sum, c) => sum + c.gzip, 0),
    cssGzip,
  }
}
