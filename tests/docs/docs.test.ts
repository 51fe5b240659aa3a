/**
 * The READMEs held to the code: a diagnostic code the readers can emit
 * that src/ingest/README.md does not document, an option of a command-line tool that its synopsis
 * does not list, or a README link to a file (or heading) that does not exist fails here.
 *
 * The tools' options are read from their source with the TypeScript parser, not by importing the
 * modules: src/cli/*.ts and tests/bench/run.ts run their command as soon as they are imported.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { DIAGNOSTIC_CODES } from '../../src/domain/diagnostic-codes.ts'

const ROOT = resolve(import.meta.dirname, '../..')
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8')

// ---------- Markdown ----------

/** The lines of a Markdown text outside fenced code blocks, and the contents of each block. */
function splitFences(markdown: string): { prose: string; blocks: string[] } {
  const prose: string[] = []
  const blocks: string[] = []
  let block: string[] | null = null
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) {
      if (block === null) block = []
      else {
        blocks.push(block.join('\n'))
        block = null
      }
      prose.push('')
    } else if (block !== null) {
      block.push(line)
      prose.push('')
    } else prose.push(line)
  }
  return { prose: prose.join('\n'), blocks }
}

/** The text under a heading (`## CLI`), up to the next heading of the same or a higher level. */
function section(markdown: string, heading: string): string {
  const lines = markdown.split('\n')
  const level = /^#+/.exec(heading)?.[0].length ?? 0
  const start = lines.findIndex((line) => line.trim() === heading)
  if (start < 0) throw new Error(`no heading "${heading}"`)
  let inFence = false
  const body: string[] = []
  for (const line of lines.slice(start + 1)) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence
    const m = inFence ? null : /^(#+)\s/.exec(line)
    if (m !== null && (m[1]?.length ?? 0) <= level) break
    body.push(line)
  }
  return body.join('\n')
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
const slug = (heading: string): string =>
  heading
    .trim()
    .toLowerCase()
    .replace(/`/g, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-')

function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>()
  const out = new Set<string>()
  for (const line of splitFences(markdown).prose.split('\n')) {
    const m = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)
    if (m === null) continue
    const base = slug(m[1] ?? '')
    const n = seen.get(base) ?? 0
    seen.set(base, n + 1)
    out.add(n === 0 ? base : `${base}-${n}`)
  }
  return out
}

/** Every link target of a Markdown text: inline links and images, and reference definitions; code left out. */
function linkTargets(markdown: string): string[] {
  const prose = splitFences(markdown).prose.replace(/`[^`\n]*`/g, '')
  const targets: string[] = []
  for (const m of prose.matchAll(/!?\[(?:[^\]\n]|\][^(\n])*?\]\(\s*(<[^>\n]+>|[^)\s]+)(?:\s+"[^"\n]*")?\s*\)/g)) {
    targets.push((m[1] ?? '').replace(/^<|>$/g, ''))
  }
  for (const m of prose.matchAll(/^\s{0,3}\[[^\]\n]+\]:\s*(<[^>\n]+>|\S+)/gm)) targets.push((m[1] ?? '').replace(/^<|>$/g, ''))
  return targets
}

/** Every README.md of the repository, relative to its root. */
function readmes(dir = ROOT): string[] {
  const found: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.git')) continue
    const path = join(dir, entry.name)
    if (entry.isDirectory()) found.push(...readmes(path))
    else if (entry.name === 'README.md') found.push(relative(ROOT, path))
  }
  return found.toSorted()
}

// ---------- TypeScript sources ----------

interface CliOption {
  name: string
  short: string | null
}

const propertyName = (name: ts.PropertyName): string | null =>
  ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : null

/** The options of the `parseArgs({ options: { … } })` call in a source file. */
function parseArgsOptions(path: string): CliOption[] {
  const source = ts.createSourceFile(path, read(path), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
  const found: CliOption[][] = []
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'parseArgs') {
      const config = node.arguments[0]
      const options =
        config !== undefined && ts.isObjectLiteralExpression(config)
          ? config.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && propertyName(p.name) === 'options')
          : undefined
      if (options === undefined || !ts.isObjectLiteralExpression(options.initializer)) {
        throw new Error(`${path}: parseArgs is not called with an options object literal`)
      }
      found.push(
        options.initializer.properties.map((p) => {
          const name = ts.isPropertyAssignment(p) ? propertyName(p.name) : null
          if (name === null || !ts.isPropertyAssignment(p) || !ts.isObjectLiteralExpression(p.initializer)) {
            throw new Error(`${path}: an option of parseArgs is not a literal { type, … }`)
          }
          const short = p.initializer.properties.find((q) => ts.isPropertyAssignment(q) && propertyName(q.name) === 'short')
          const shortText = short !== undefined && ts.isPropertyAssignment(short) && ts.isStringLiteral(short.initializer) ? short.initializer.text : null
          return { name, short: shortText }
        }),
      )
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  if (found.length !== 1) throw new Error(`${path}: expected one parseArgs call, found ${found.length}`)
  return found[0] ?? []
}

/** `--name` as a whole option name in a text (not the start of a longer one). */
const mentionsLong = (text: string, name: string): boolean =>
  new RegExp(`(^|[\\s\\[(|])--${name.replace(/[-]/g, '\\-')}(?![\\w-])`, 'm').test(text)
const mentionsShort = (text: string, short: string): boolean => new RegExp(`(^|[\\s\\[(|])-${short}(?![\\w-])`, 'm').test(text)
const longOptionsIn = (text: string): string[] => [...text.matchAll(/(?:^|[\s[(|])--([a-z][\w-]*)/gm)].map((m) => m[1] ?? '')

// ---------- the tests ----------

describe('src/ingest/README.md documents every diagnostic code', () => {
  const readme = read('src/ingest/README.md')
  const table = section(readme, '## Diagnostics')
  /** The first cell of each row of the diagnostics table: `code`. */
  const tableCodes = [...table.matchAll(/^\|\s*`([a-z][a-z-]*)`\s*\|/gm)].map((m) => m[1])

  it.each(DIAGNOSTIC_CODES.map((code) => [code]))('documents `%s`', (code) => {
    expect(readme).toContain(`\`${code}\``)
    expect(tableCodes).toContain(code)
  })

  it('has one row per code, in the order of DIAGNOSTIC_CODES, and no row for a code that does not exist', () => {
    expect(tableCodes).toEqual([...DIAGNOSTIC_CODES])
  })
})

describe('README.md lists every option of the command-line tools in its synopsis', () => {
  const synopsis = splitFences(section(read('README.md'), '## CLI')).blocks.join('\n')
  const options = ['src/cli/parse.ts', 'src/cli/generate.ts'].flatMap(parseArgsOptions)

  it('finds the synopsis and the options', () => {
    expect(synopsis).toContain('npm run parse')
    expect(synopsis).toContain('npm run gen')
    expect(options.map((o) => o.name).toSorted()).toEqual(['format', 'forms', 'help', 'out', 'projects', 'seed', 'years'])
  })

  it.each(options.map((o) => [o.name, o]))('lists --%s', (_, option) => {
    expect(mentionsLong(synopsis, option.name)).toBe(true)
    if (option.short !== null) expect(mentionsShort(synopsis, option.short)).toBe(true)
  })

  it('lists no option the tools do not have', () => {
    const known = new Set(options.map((o) => o.name))
    expect(longOptionsIn(synopsis).filter((name) => !known.has(name))).toEqual([])
  })
})

describe('tests/bench/README.md lists every option of npm run bench', () => {
  const table = section(read('tests/bench/README.md'), '## Options')
  const options = parseArgsOptions('tests/bench/run.ts')

  it('finds the options', () => {
    expect(options.length).toBeGreaterThan(0)
  })

  it.each(options.map((o) => [o.name, o]))('lists --%s', (_, option) => {
    expect(table).toMatch(new RegExp(`^\\|\\s*\`--${option.name}(?:\\s[^\`]*)?\`\\s*\\|`, 'm'))
  })

  it('lists no option npm run bench does not have', () => {
    const known = new Set(options.map((o) => o.name))
    expect(longOptionsIn(table.replace(/`/g, ' ')).filter((name) => !known.has(name))).toEqual([])
  })
})

describe('every relative link of every README points to an existing file', () => {
  const files = readmes()

  it('finds the READMEs', () => {
    expect(files).toContain('README.md')
    expect(files).toContain('src/ingest/README.md')
    expect(files).toContain('tests/bench/README.md')
  })

  it.each(files.map((file) => [file]))('%s', (file) => {
    const broken: string[] = []
    for (const target of linkTargets(read(file))) {
      if (/^[a-z][a-z\d+.-]*:/i.test(target)) continue
      const [pathPart = '', fragment] = target.split('#', 2)
      const path = decodeURI(pathPart.split('?')[0] ?? '')
      const resolved = path === '' ? join(ROOT, file) : path.startsWith('/') ? join(ROOT, path) : resolve(ROOT, dirname(file), path)
      if (!resolved.startsWith(ROOT) || !existsSync(resolved)) {
        broken.push(`${target}: no such file`)
        continue
      }
      if (fragment !== undefined && fragment !== '' && statSync(resolved).isFile() && resolved.endsWith('.md')) {
        if (!anchors(readFileSync(resolved, 'utf8')).has(fragment)) broken.push(`${target}: no such heading`)
      }
    }
    expect(broken).toEqual([])
  })
})
