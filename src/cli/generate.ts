import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { generateForms } from '../generate/generate-forms.ts'
import { generateReport } from '../generate/generate-report.ts'
import { generateYears, MAX_YEAR_PROJECTS, MAX_YEARS } from '../generate/generate-years.ts'
import type { FormLayout } from '../generate/render-form-html.ts'

const USAGE = [
  'usage: npm run gen -- --projects N [--forms project|sichuan] [--seed S] [--out FILE]',
  `       npm run gen -- --years FROM-TO [--projects N] [--forms project] [--seed S] --out DIR   (2 to ${MAX_YEARS} years, N at most ${MAX_YEAR_PROJECTS})`,
].join('\n')

type GenerateArgs =
  | {
      kind: 'one'
      projects: number
      seed: number
      out: string | undefined
      /** Self-evaluation forms in this layout as a web page, instead of a report's text. */
      forms: FormLayout | undefined
    }
  | { kind: 'years'; from: number; to: number; projects: number | undefined; seed: number; out: string; forms: 'project' | undefined }

const INTEGER = /^-?\d+$/
const YEARS = /^(\d{4})-(\d{4})$/
const LAYOUTS: readonly string[] = ['project', 'sichuan'] satisfies FormLayout[]
const isLayout = (value: string): value is FormLayout => LAYOUTS.includes(value)

function readArgs(argv: string[]): GenerateArgs | null {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        projects: { type: 'string' },
        seed: { type: 'string' },
        out: { type: 'string' },
        forms: { type: 'string' },
        years: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    })
    const { projects, seed = '1', out, forms, years } = values
    if (!INTEGER.test(seed) || out === '' || (projects !== undefined && !INTEGER.test(projects))) return null
    if (forms !== undefined && !isLayout(forms)) return null
    const count = projects === undefined ? undefined : Number(projects)
    if (count !== undefined && (count < 1 || !Number.isSafeInteger(count))) return null
    if (years !== undefined) {
      const span = YEARS.exec(years)
      if (span === null || out === undefined || forms === 'sichuan' || (count !== undefined && count > MAX_YEAR_PROJECTS)) return null
      const from = Number(span[1])
      const to = Number(span[2])
      if (to - from + 1 < 2 || to - from + 1 > MAX_YEARS) return null
      return { kind: 'years', from, to, projects: count, seed: Number(seed), out, forms }
    }
    return count === undefined ? null : { kind: 'one', projects: count, seed: Number(seed), out, forms }
  } catch {
    return null
  }
}

const args = readArgs(process.argv.slice(2))
if (args === null) {
  process.stderr.write(`${USAGE}\n`)
  process.exit(2)
}
if (args.kind === 'years') {
  const { files, expected } = generateYears(args)
  mkdirSync(args.out, { recursive: true })
  for (const file of files) writeFileSync(join(args.out, file.name), file.text, 'utf8')
  writeFileSync(join(args.out, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`, 'utf8')
} else {
  const text =
    args.forms === undefined
      ? generateReport({ projects: args.projects, seed: args.seed }).text
      : generateForms({ forms: args.projects, layout: args.forms, seed: args.seed }).html
  if (args.out === undefined) process.stdout.write(text)
  else writeFileSync(args.out, text, 'utf8')
}
