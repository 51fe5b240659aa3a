import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { generateReport } from '../generate/generate-report.ts'

const USAGE = 'usage: npm run gen -- --projects N [--seed S] [--out FILE]'

interface GenerateArgs {
  projects: number
  seed: number
  out: string | undefined
}

const INTEGER = /^-?\d+$/

function readArgs(argv: string[]): GenerateArgs | null {
  try {
    const { values } = parseArgs({
      args: argv,
      options: { projects: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    })
    const { projects, seed = '1', out } = values
    if (projects === undefined || !INTEGER.test(projects) || !INTEGER.test(seed) || out === '') return null
    const count = Number(projects)
    return count >= 1 && Number.isSafeInteger(count) ? { projects: count, seed: Number(seed), out } : null
  } catch {
    return null
  }
}

const args = readArgs(process.argv.slice(2))
if (args === null) {
  process.stderr.write(`${USAGE}\n`)
  process.exit(2)
}
const { text } = generateReport({ projects: args.projects, seed: args.seed })
if (args.out === undefined) process.stdout.write(text)
else writeFileSync(args.out, text, 'utf8')
