import { AUDIT_FLAG_IDS, type AuditFlagId } from '../domain/audit-flags.ts'
import type { ChangeKind } from '../domain/series-changes.ts'
import type { FormCheckFacts } from './year-forms.ts'
import { baseIn, type Identity, type PlantRole, type YearsPlan } from './year-plan.ts'
import {
  CONTRACT_AGAIN,
  CONTRACT_PROBLEM,
  CONTRACT_RECTIFICATION,
  PROCUREMENT_AGAIN,
  PROCUREMENT_PENDING,
  PROCUREMENT_PROBLEM,
  UNRELATED_BEFORE,
  UNRELATED_NEW,
} from './year-words.ts'

/**
 * expected.json: what the generated years plant, worked out from the plan alone (not by the code
 * that links and flags), so a test can parse the files, link them and compare. Projects are named
 * by `{ dataset, project }`: the file's index in `files` (the year order) and the record's index in
 * it, the indices the CLI's `series` uses when given the files in that order.
 *
 * The series rules (src/domain/series.ts) as they apply to the plan: a planned project's records
 * are one series, linked by its code, else by its name without the year, within one kind of
 * document and one department; a name that two records of one year share is ambiguous, and none
 * of its records (any year) is linked, new or gone.
 */

export interface ProjectRef {
  dataset: number
  project: number
}

/** One generated record, as the parse should read it back, and what the dashboard should flag. */
interface ExpectedProject {
  name: string
  code: string | null
  /** The planned project it is a year of: the same for every year of one project. */
  identity: string
  role: PlantRole
  score: number
  /** Every audit flag, in the table's order. */
  flags: AuditFlagId[]
  /** How it changed from the previous year of its series (src/domain/series-changes.ts). */
  changes: ChangeKind[]
}

interface ExpectedSeries {
  identity: string
  role: PlantRole
  /** Linked by the shared code, or by the name without its year. */
  basis: 'code' | 'name'
  /** `code:<kind>|<department>|<code>` or `name:<kind>|<department>|<name>`, folded; kind `result` or `self`. */
  key: string
  /** In year order. */
  projects: ProjectRef[]
}

/** The facts the generator plants, each with the records it concerns. */
export type PlantedFact =
  | { fact: 'series'; role: PlantRole; identity: string; names: string[]; projects: ProjectRef[] }
  | { fact: 'not-linked'; role: PlantRole; identity: string; names: string[]; projects: ProjectRef[] }
  /**
   * Two different records of one name in one year: none of the name's records, in any year, is
   * linked or new or gone; each is offered the name's records of the other files as candidates.
   */
  | { fact: 'ambiguous'; names: string[]; sameYear: ProjectRef[]; records: ProjectRef[] }
  | { fact: 'new'; identity: string; project: ProjectRef }
  | { fact: 'gone'; identity: string; project: ProjectRef }
  | { fact: 'scores'; identity: string; projects: ProjectRef[]; scores: number[]; changes: ChangeKind[][] }
  | {
      fact: 'problem-recurred'
      project: ProjectRef
      previous: ProjectRef
      problem: number
      previousProblem: number
      rectification: number
      texts: { problem: string; previousProblem: string; rectification: string }
    }
  | { fact: 'recurrence-pending'; project: ProjectRef; previous: ProjectRef; problem: number; previousProblem: number; texts: { problem: string; previousProblem: string; rectification: string } }
  /** A problem beside the recurrence that shares only generic words with the previous year's problem `previousProblem`: not a recurrence. */
  | { fact: 'new-problem'; project: ProjectRef; previous: ProjectRef; problem: number; previousProblem: number; texts: { problem: string; previousProblem: string } }
  | ({ fact: 'form-check'; project: ProjectRef } & FormCheckFacts)

export interface YearsExpected {
  layout: 'report' | 'project'
  seed: number
  years: number[]
  department: string
  /** The files, in year order: dataset i of a parse given them in this order. */
  files: string[]
  /** By dataset, in document order. */
  projects: ExpectedProject[][]
  /** Every series of two or more records, in the order of their first record. */
  series: ExpectedSeries[]
  facts: PlantedFact[]
}

/** One written record, as the expectations need it. */
export interface WrittenRow {
  identity: Identity
  name: string
  score: number
  /** The flags the record shows on its own (not those comparing it with another year). */
  recordFlags: AuditFlagId[]
  check: FormCheckFacts | null
}

export interface ExpectedInput {
  plan: YearsPlan
  layout: YearsExpected['layout']
  seed: number
  files: string[]
  rows: WrittenRow[][]
}

const inTableOrder = (flags: readonly AuditFlagId[]): AuditFlagId[] => AUDIT_FLAG_IDS.filter((id) => flags.includes(id))

/** The name a record is linked by when it has no code: its base name in that year (no code is shared in the plan). */
const nameKeyOf = (row: WrittenRow, dataset: number): string | null => (row.identity.code === null ? baseIn(row.identity, dataset) : null)

/** A department or code as series keys write it: NFKC, lower case, without spaces and punctuation. */
const folded = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '')

export function expectedYears({ plan, layout, seed, files, rows }: ExpectedInput): YearsExpected {
  const last = plan.years.length - 1
  const refsOf = new Map<string, ProjectRef[]>()
  rows.forEach((yearRows, dataset) =>
    yearRows.forEach((row, project) => refsOf.set(row.identity.id, [...(refsOf.get(row.identity.id) ?? []), { dataset, project }])),
  )
  const rowAt = (ref: ProjectRef): WrittenRow => rows[ref.dataset]?.[ref.project] as WrittenRow
  // A name two records of one year share is ambiguous: none of its records, in any year, is linked, new or gone.
  const ambiguousNames = new Set(
    rows.flatMap((yearRows, dataset) => {
      const names = yearRows.flatMap((row) => nameKeyOf(row, dataset) ?? [])
      return names.filter((name, i) => names.indexOf(name) !== i)
    }),
  )
  const ambiguous = (ref: ProjectRef): boolean => ambiguousNames.has(nameKeyOf(rowAt(ref), ref.dataset) ?? '')
  const membersOf = new Map<string, ProjectRef[]>()
  for (const [id, refs] of refsOf) if (refs.length >= 2 && !refs.some(ambiguous)) membersOf.set(id, refs)

  const projects = rows.map((yearRows, dataset) =>
    yearRows.map((row, project): ExpectedProject => {
      const refs = membersOf.get(row.identity.id) ?? [{ dataset, project }]
      const at = refs.findIndex((r) => r.dataset === dataset)
      const previous = refs[at - 1]
      const next = refs[at + 1]
      const changes: ChangeKind[] = []
      const flags = [...row.recordFlags]
      // A record of an ambiguous name may well continue one of another year: it is neither new nor gone.
      const unclear = ambiguous({ dataset, project })
      if (previous !== undefined) {
        const before = rowAt(previous).score
        changes.push(row.score < before ? 'fell' : row.score > before ? 'rose' : 'same')
        if (row.score < before) flags.push('score-fell')
        if (row.identity.role === 'recurred' && dataset === last) flags.push('problem-recurred')
      } else if (dataset > 0 && !unclear) changes.push('new')
      if (next === undefined && dataset < last && !unclear) changes.push('gone')
      return {
        name: row.name,
        code: row.identity.code,
        identity: row.identity.id,
        role: row.identity.role,
        score: row.score,
        flags: inTableOrder(flags),
        changes,
      }
    }),
  )

  // Result reports and self-evaluations are linked only among their own kind, and the key says which.
  const scope = `${layout === 'report' ? 'result' : 'self'}|${folded(plan.department)}`
  const series = plan.identities
    .filter((identity) => membersOf.has(identity.id))
    .map((identity): ExpectedSeries => ({
      identity: identity.id,
      role: identity.role,
      basis: identity.code === null ? 'name' : 'code',
      key: identity.code === null ? `name:${scope}|${folded(identity.base)}` : `code:${scope}|${folded(identity.code)}`,
      projects: membersOf.get(identity.id) ?? [],
    }))
    .toSorted((a, b) => compareRefs(a.projects[0], b.projects[0]))

  return {
    layout,
    seed,
    years: [...plan.years],
    department: plan.department,
    files,
    projects,
    series,
    facts: plantedFacts(plan, rows, refsOf, membersOf, projects),
  }
}

function compareRefs(a: ProjectRef | undefined, b: ProjectRef | undefined): number {
  return (a?.dataset ?? 0) - (b?.dataset ?? 0) || (a?.project ?? 0) - (b?.project ?? 0)
}

function plantedFacts(
  plan: YearsPlan,
  rows: readonly WrittenRow[][],
  refsOf: ReadonlyMap<string, ProjectRef[]>,
  membersOf: ReadonlyMap<string, ProjectRef[]>,
  projects: readonly ExpectedProject[][],
): PlantedFact[] {
  const facts: PlantedFact[] = []
  const namesOf = (refs: readonly ProjectRef[]): string[] => refs.map((r) => rows[r.dataset]?.[r.project]?.name ?? '')
  const of = (role: PlantRole): Identity[] => plan.identities.filter((i) => i.role === role)
  for (const identity of plan.identities) {
    const refs = refsOf.get(identity.id) ?? []
    if (identity.role === 'filler' || identity.role === 'ambiguous' || identity.role === 'ambiguous-twin') continue
    if (membersOf.has(identity.id)) facts.push({ fact: 'series', role: identity.role, identity: identity.id, names: namesOf(refs), projects: refs })
    else if (identity.role === 'code-clash-a' || identity.role === 'code-clash-b') {
      facts.push({ fact: 'not-linked', role: identity.role, identity: identity.id, names: namesOf(refs), projects: refs })
    }
  }
  const records = [...of('ambiguous'), ...of('ambiguous-twin')].flatMap((i) => refsOf.get(i.id) ?? []).toSorted(compareRefs)
  const sameYear = records.filter((r) => records.filter((o) => o.dataset === r.dataset).length > 1)
  facts.push({ fact: 'ambiguous', names: namesOf(sameYear), sameYear, records })
  for (const [role, pick] of [['new', 0], ['gone', -1]] as const) {
    for (const identity of of(role)) {
      const project = (refsOf.get(identity.id) ?? []).at(pick)
      if (project !== undefined) facts.push({ fact: role, identity: identity.id, project })
    }
  }
  for (const identity of of('scores')) {
    const refs = refsOf.get(identity.id) ?? []
    const at = (r: ProjectRef) => projects[r.dataset]?.[r.project]
    facts.push({ fact: 'scores', identity: identity.id, projects: refs, scores: refs.map((r) => at(r)?.score ?? 0), changes: refs.map((r) => at(r)?.changes ?? []) })
  }
  for (const identity of of('recurred')) {
    const [previous, project] = refsOf.get(identity.id) ?? []
    if (previous === undefined || project === undefined) continue
    const texts = { problem: `${CONTRACT_AGAIN}。`, previousProblem: `${CONTRACT_PROBLEM}。`, rectification: `${CONTRACT_RECTIFICATION}。` }
    facts.push({ fact: 'problem-recurred', project, previous, problem: 1, previousProblem: 1, rectification: 1, texts })
    facts.push({ fact: 'new-problem', project, previous, problem: 2, previousProblem: 2, texts: { problem: `${UNRELATED_NEW}。`, previousProblem: `${UNRELATED_BEFORE}。` } })
  }
  for (const identity of of('pending')) {
    const [previous, project] = refsOf.get(identity.id) ?? []
    if (previous === undefined || project === undefined) continue
    const texts = { problem: `${PROCUREMENT_AGAIN}。`, previousProblem: `${PROCUREMENT_PROBLEM}。`, rectification: `${PROCUREMENT_PENDING}。` }
    facts.push({ fact: 'recurrence-pending', project, previous, problem: 1, previousProblem: 1, texts })
  }
  rows.forEach((yearRows, dataset) =>
    yearRows.forEach((row, project) => {
      if (row.check !== null) facts.push({ fact: 'form-check', project: { dataset, project }, ...row.check })
    }),
  )
  return facts
}
