import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { generateForms } from '../generate/generate-forms.ts'
import { generateReport } from '../generate/generate-report.ts'
import type { FormLayout } from '../generate/render-form-html.ts'

const USAGE = 'usage: npm run gen -- --projects N [--forms project|sichuan] [--seed S] [--out FILE]'

interface GenerateArgs {
  projects: number
  seed: number
  out: string | undefined
  /** Self-evaluation forms in this layout as a web page, instead of a report's text. */
  forms: FormLayout | undefined
}

const INTEGER = /^-?\d+$/
const LAYOUTS: readonly string[] = ['project', 'sichuan'] satisfies FormLayout[]
const isLayout = (value: string): value is FormLayout => LAYOUTS.includes(value)

function readArgs(argv: string[]): GenerateArgs | null {
  try {
    const { values } = parseArgs({
      args: argv,
      options: { projects: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' }, forms: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    })
    const { projects, seed = '1', out, forms } = values
    if (projects === undefined || !INTEGER.test(projects) || !INTEGER.test(seed) || out === '') return null
    if (forms !== undefined && !isLayout(forms)) return null
    const count = Number(projects)
    return count >= 1 && Number.isSafeInteger(count) ? { projects: count, seed: Number(seed), out, forms } : null
  } catch {
    return null
  }
}

const args = readArgs(process.argv.slice(2))
if (args === null) {
  process.stderr.write(`${USAGE}\n`)
  process.exit(2)
}
const text =
  args.forms === undefined
    ? generateReport({ projects: args.projects, seed: args.seed }).text
    : generateForms({ forms: args.projects, layout: args.forms, seed: args.seed }).html
if (args.out === undefined) process.stdout.write(text)
else writeFileSync(args.out, text, 'utf8')
