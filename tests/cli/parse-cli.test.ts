import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, it } from 'vitest'
import { fromCsv } from '../../src/ingest/from-csv.ts'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const REPORT = 'public/data/shanghai-organization-department-2018.txt'
const GB_COPY = 'tests/fixtures/shanghai-2018.gb18030.txt'
const MISSING = 'tests/fixtures/does-not-exist.txt'
const USAGE_START = 'Usage: npm run parse -- FILE... [--format json|csv]'
// Each spawn starts node and tsx (about half a second), so the tests run side by side
// and a loaded machine gets a generous limit. Nothing here measures time.
const SPAWN_TIMEOUT = 60_000

interface Run {
  code: number | null
  stdout: Buffer
  stderr: string
}

function runCli(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/parse.ts', ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk))
    child.on('error', reject)
    child.on('close', (code) =>
      resolve({ code, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') }),
    )
  })
}

interface JsonOut {
  datasets: {
    title: string
    sourceName: string
    projects: {
      name: string
      amountWan: number
      score: number
      grade: string
      executionRate: number | null
      flags: string[]
    }[]
  }[]
  series: { key: string; projects: { dataset: number; project: number }[] }[]
}

let dir = ''
let noBlock = ''

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jixiao-cli-'))
  noBlock = join(dir, 'no-block.txt')
  writeFileSync(noBlock, '这只是一段文字\n没有任何信息表\n')
})

afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

describe.concurrent('npm run parse', () => {
  it(
    'writes json for the bundled report, and the same for its GB18030 copy',
    { timeout: SPAWN_TIMEOUT },
    async ({ expect }) => {
      const run = await runCli([REPORT, GB_COPY])
      expect(run.stderr).toBe('')
      expect(run.code).toBe(0)
      const json = JSON.parse(run.stdout.toString('utf8')) as JsonOut
      expect(Object.keys(json)).toEqual(['datasets', 'series'])
      const [utf8, gb] = json.datasets
      expect(json.datasets).toHaveLength(2)
      expect(Object.keys(utf8 ?? {})).toEqual([
        'title',
        'department',
        'year',
        'sourceName',
        'projects',
        'diagnostics',
      ])
      expect(utf8?.sourceName).toBe('shanghai-organization-department-2018.txt')
      expect(utf8?.title).toBe('中国共产党上海市委员会组织部2018年度财政支出项目绩效评价结果')
      expect(utf8?.projects).toHaveLength(8)
      const first = utf8?.projects[0]
      expect(Object.keys(first ?? {})).toEqual([
        'name',
        'amountWan',
        'score',
        'grade',
        'performance',
        'problems',
        'suggestions',
        'rectifications',
        'executionRate',
        'unit',
        'form',
        'code',
        'department',
        'budgetWan',
        'initialBudgetWan',
        'executionWeight',
        'executionScore',
        'goals',
        'indicators',
        'templateText',
        'source',
        'flags',
      ])
      expect(first).toMatchObject({
        name: '2018年基层党建及队伍教育管理',
        amountWan: 338.62,
        score: 93.17,
        grade: '优',
      })
      expect(
        utf8?.projects
          .filter((p) => p.executionRate !== null)
          .map((p) => [p.name, p.executionRate]),
      ).toEqual([
        ['2018年干部考评和人才发展工作经费', 83.63],
        ['2018年度领导干部培训经费项目', 80.21],
      ])
      expect(gb).toEqual({ ...utf8, sourceName: 'shanghai-2018.gb18030.txt' })
      expect(utf8?.projects.map((p) => p.flags)).toEqual([
        ['no-execution-rate'],
        ['no-execution-rate'],
        [],
        [],
        ['suggestions-mismatch', 'no-execution-rate'],
        ['no-execution-rate'],
        ['no-execution-rate'],
        ['no-execution-rate'],
      ])
      // Two copies of one year: nothing is linked, for neither copy continues the other.
      expect(json.series).toEqual([])
    },
  )

  it(
    'writes csv: BOM, header, one row per project',
    { timeout: SPAWN_TIMEOUT },
    async ({ expect }) => {
      const run = await runCli(['--format', 'csv', REPORT])
      expect(run.stderr).toBe('')
      expect(run.code).toBe(0)
      expect([...run.stdout.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      const csv = run.stdout.toString('utf8')
      expect(
        csv.startsWith(
          '\uFEFFsourceName,title,department,year,name,amountWan,score,grade,executionRate,unit,performance,problems,suggestions,rectifications,form,code,projectDepartment,budgetWan,initialBudgetWan,executionWeight,executionScore,goals,indicators,templateText,sourceStartLine,sourceEndLine,sourcePage,sourceSheet,sourceTable,sourceCells,sourceFieldCells,seriesKey,flags\r\n' +
            'shanghai-organization-department-2018.txt,中国共产党上海市委员会组织部2018年度财政支出项目绩效评价结果,中国共产党上海市委员会组织部,2018,2018年基层党建及队伍教育管理,338.62,93.17,优,,,',
        ),
      ).toBe(true)
      const back = fromCsv(csv)
      expect(back.diagnostics).toEqual([])
      expect(back.datasets.map((d) => [d.sourceName, d.projects.length])).toEqual([
        ['shanghai-organization-department-2018.txt', 8],
      ])
    },
  )

  it(
    'exits 1 naming each file that is missing or holds no block, and writes nothing',
    { timeout: SPAWN_TIMEOUT },
    async ({ expect }) => {
      const run = await runCli([MISSING, noBlock])
      expect(run.code).toBe(1)
      expect(run.stdout.toString('utf8')).toBe('')
      const lines = run.stderr.split('\n')
      expect(lines).toHaveLength(3)
      expect(lines[0]).toBe(`parse: ${MISSING}: cannot read (no such file)`)
      expect(lines[1]?.startsWith(`parse: ${noBlock}: no project found (`)).toBe(true)
      expect(lines[2]).toBe('')
      expect(run.stderr).not.toMatch(/\bat .+:\d+:\d+/) // no stack trace
    },
  )

  it(
    'still writes the files that parsed, and exits 1',
    { timeout: SPAWN_TIMEOUT },
    async ({ expect }) => {
      const run = await runCli([MISSING, REPORT])
      expect(run.code).toBe(1)
      expect(run.stderr).toBe(`parse: ${MISSING}: cannot read (no such file)\n`)
      const json = JSON.parse(run.stdout.toString('utf8')) as JsonOut
      expect(json.datasets.map((d) => [d.sourceName, d.projects.length])).toEqual([
        ['shanghai-organization-department-2018.txt', 8],
      ])
    },
  )

  it(
    'reads forms from every file type, and says why a file it cannot read is refused',
    { timeout: SPAWN_TIMEOUT },
    async ({ expect }) => {
      const forms = ['v2-anhui.html', 'v3-sichuan.docx', 'v2-shanghai.xlsx', 'several-forms.xls', 'v6-chongqing.pdf']
      const notes = join(dir, 'notes.odt')
      writeFileSync(notes, 'PK\u0003\u0004')
      const run = await runCli([...forms.map((name) => `tests/fixtures/forms/${name}`), notes])
      expect(run.code).toBe(1)
      expect(run.stderr).toBe(`parse: ${notes}: unsupported file type (.odt)\n`)
      const json = JSON.parse(run.stdout.toString('utf8')) as {
        datasets: { sourceName: string; year: number; projects: { form: string; name: string; amountWan: number; score: number | null }[] }[]
      }
      expect(json.datasets.map((d) => [d.sourceName, d.year, d.projects.map((p) => [p.form, p.name, p.amountWan, p.score])])).toEqual([
        [
          'v2-anhui.html',
          2022,
          [
            ['project-self-evaluation', '农村饮水安全工程维修养护经费', 116.53, 97.4],
            ['project-self-evaluation', '小型水库除险加固项目', 280, 99],
          ],
        ],
        [
          'v3-sichuan.docx',
          2023,
          [
            ['project-self-evaluation', '高标准农田建设项目管理经费', 88.9, 96.6],
            ['project-self-evaluation', '工资性支出', 648.12, null],
            ['project-self-evaluation', '农业面源污染防治补助资金', 32.4, null],
          ],
        ],
        [
          'v2-shanghai.xlsx',
          2022,
          [
            ['project-self-evaluation', '区体育中心委托运营管理费', 21.54576, 98.62],
            ['project-self-evaluation', '对口支援地区体育交流经费', 0.9034, 79.52],
          ],
        ],
        [
          'several-forms.xls',
          2022,
          [
            ['project-self-evaluation', '农机购置补贴工作经费', 30, 98],
            ['project-self-evaluation', '动物疫病防控经费', 69.31, 97.56],
            ['project-self-evaluation', '耕地地力保护补贴工作经费', 16.2, 99],
            ['project-self-evaluation', '农业综合执法专项经费', 0, 90],
            ['project-self-evaluation', '基层农技推广体系改革与建设补助项目', 38.25, null],
          ],
        ],
        ['v6-chongqing.pdf', 2021, [['department-self-evaluation', '重庆高新区融媒体中心', 1629.33, 97.6]]],
      ])
    },
  )

  // it.for, not it.each: only it.for hands the test context (its local expect) to a concurrent test.
  it.for<[string[], string]>([
    [['--format', 'xml', REPORT], "parse: unknown --format 'xml': use json or csv"],
    [[], 'parse: no FILE given'],
  ])(
    'exits 2 with the usage for %j',
    { timeout: SPAWN_TIMEOUT },
    async ([args, message], { expect }) => {
      const run = await runCli(args)
      expect(run.code).toBe(2)
      expect(run.stdout.toString('utf8')).toBe('')
      expect(run.stderr.startsWith(`${message}\n\n${USAGE_START}\n`)).toBe(true)
    },
  )
})
