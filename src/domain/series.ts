import type { ProjectRow } from './project-row.ts'
import type { Dataset } from './types.ts'

/**
 * Series: the same project in different datasets (years). Records are linked automatically only
 * where the documents say so plainly, and the user confirms, breaks or makes links in the drill-down.
 *
 * Automatic links join records of different, known years, of the same kind of document (a result
 * report with result reports, a self-evaluation with self-evaluations: their scores are not
 * comparable), within one stated department (the record's 主管部门, else the dataset's):
 * - by code, where both records have one;
 * - by name, where not both have a code: the name with its year (2018年, 2018年度, （2018）),
 *   spaces and punctuation folded away (seriesName). Two records with different codes are never
 *   linked by name.
 * Never asserted, only offered as candidates (linkCandidates):
 * - a key with two different records in one year: none of that key's records is linked, and none
 *   counts as new or gone (SeriesIndex.ambiguous);
 * - links that would chain two different records of one year into a series;
 * - a record whose year or department is not known.
 * The same record twice in one year (a report imported as text and as PDF: same name, amount,
 * score, grade and problems) is a copy, not an ambiguity: it joins its original's series.
 *
 * The user's decisions (LinkDecision) apply after, in order: a join links two records whatever the
 * rules say, and wins over an automatic member of the same year; a detach takes a record out of
 * its automatic links for good and undoes its earlier joins (a later join links it again, to what
 * that join names only).
 */

/** A dataset as the series need it (a LoadedDataset is one). */
export interface SeriesSource {
  id: string
  dataset: Pick<Dataset, 'year' | 'department'>
  rows: readonly ProjectRow[]
}

export type LinkDecision = { op: 'join'; row: string; with: string } | { op: 'detach'; row: string }

/** Why a member is in its series: a shared code, a shared name, the user's link, or a copy of another member. */
type LinkBasis = 'code' | 'name' | 'user' | 'copy'

export interface SeriesMember {
  row: ProjectRow
  /** The dataset's year, else a year the project's name states; null when neither does. */
  year: number | null
  basis: LinkBasis
}

export interface ProjectSeries {
  /** `code:…` or `name:department|name` for an automatic series; `row:<row id>` (its first member) when the user's links made it. */
  key: string
  /** In year order (unknown years last), then dataset order. */
  members: SeriesMember[]
}

export interface SeriesIndex {
  /** Every series of two or more records, in the order of their first member's dataset and position. */
  series: ProjectSeries[]
  /** Row id → its series. */
  byRow: ReadonlyMap<string, ProjectSeries>
  /** changeScope key (kind of document and department) → the years of the datasets holding such records (for new and gone). */
  yearsByDepartment: ReadonlyMap<string, ReadonlySet<number>>
  /** Rows whose key was ambiguous: never linked automatically, never new or gone. */
  ambiguous: ReadonlySet<string>
}

/** A year as names write it: 2018年, 2018年度, （2018）; not the 2000 of 2000亩. */
const YEAR_IN_TEXT = /(?:19|20)\d{2}\s*(?:年度|年)|[(（]\s*(?:19|20)\d{2}\s*[)）]/g

/** Text as keys compare it: NFKC, lower case, without spaces, punctuation or symbols. */
export const fold = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '')

/** The name as automatic linking compares it: without its year, spaces and punctuation. */
export const seriesName = (name: string): string => fold(name.normalize('NFKC').replace(YEAR_IN_TEXT, ''))

/** The department a record belongs to, folded: its 主管部门, else its dataset's department, else ''. */
export const departmentKey = (source: SeriesSource, row: ProjectRow): string =>
  fold(row.project.department ?? source.dataset.department ?? '')

/** The first year a name states (2018年度工作经费 → 2018), or null. */
export function yearInName(name: string | null): number | null {
  const match = name?.normalize('NFKC').match(/(?:19|20)\d{2}(?=\s*年)/)
  return match === null || match === undefined ? null : Number(match[0])
}

export const rowYear = (source: SeriesSource, row: ProjectRow): number | null => source.dataset.year ?? yearInName(row.project.name)

/** Result reports and self-evaluations are linked and compared only among their own kind. */
const familyOf = (row: ProjectRow): 'result' | 'self' => (row.project.form === 'result' ? 'result' : 'self')

/** Where new and gone are judged: the kind of document and the department (years are compared within it). */
export const changeScopeKey = (source: SeriesSource, row: ProjectRow): string => `${familyOf(row)}|${departmentKey(source, row)}`

interface Node {
  source: SeriesSource
  sourceOrder: number
  row: ProjectRow
  year: number | null
  family: 'result' | 'self'
  department: string
  code: string | null
  name: string | null
  /** What makes two records of one year the same record imported twice. */
  fingerprint: string
}

class UnionFind {
  private readonly parent = new Map<string, string>()
  find(id: string): string {
    let root = id
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root) as string
    let at = id
    while (at !== root) {
      const next = this.parent.get(at) as string
      this.parent.set(at, root)
      at = next
    }
    return root
  }
  union(a: string, b: string): void {
    const ra = this.find(a)
    const rb = this.find(b)
    if (ra !== rb) this.parent.set(rb, ra)
  }
}

const groupBy = <T>(items: readonly T[], keyOf: (item: T) => string | null): Map<string, T[]> => {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const key = keyOf(item)
    if (key === null) continue
    const group = groups.get(key)
    if (group === undefined) groups.set(key, [item])
    else group.push(item)
  }
  return groups
}

const codeKey = (n: Node): string | null => (n.code === null ? null : `code:${n.family}|${n.department}|${n.code}`)
const nameKey = (n: Node): string | null => (n.name === null ? null : `name:${n.family}|${n.department}|${n.name}`)

function nodesOf(sources: readonly SeriesSource[]): Node[] {
  return sources.flatMap((source, sourceOrder) =>
    source.rows.map((row) => {
      const { project } = row
      const name = project.name === null ? '' : seriesName(project.name)
      return {
        source,
        sourceOrder,
        row,
        year: rowYear(source, row),
        family: familyOf(row),
        department: departmentKey(source, row),
        code: project.code === null ? null : fold(project.code),
        name: name.length >= 2 ? name : null,
        fingerprint: JSON.stringify([project.name, project.amountWan, project.score, project.grade, project.problems]),
      }
    }),
  )
}

/** Two nodes are the same record when of one year with one fingerprint. */
const sameRecord = (a: Node, b: Node): boolean => a.year === b.year && a.fingerprint === b.fingerprint

/**
 * A group's records with a copy of an earlier one left out, and whether the group is ambiguous:
 * two different records of one year.
 */
function originals(group: readonly Node[]): { kept: Node[]; ambiguous: boolean } {
  const kept: Node[] = []
  let ambiguous = false
  for (const n of group) {
    const sameYear = kept.filter((k) => k.year === n.year)
    if (sameYear.some((k) => sameRecord(k, n))) continue
    if (sameYear.length > 0) ambiguous = true
    kept.push(n)
  }
  return { kept, ambiguous }
}

interface Automatic {
  groups: Node[][]
  ambiguous: Set<string>
}

/** The automatic groups by code and by name (copies left out), and the rows of ambiguous keys. */
function automaticGroups(nodes: readonly Node[], detached: ReadonlySet<string>): Automatic {
  const linkable = nodes.filter((n) => !detached.has(n.row.id) && n.year !== null && n.department !== '')
  const groups: Node[][] = []
  const ambiguous = new Set<string>()
  const consider = (group: readonly Node[]) => {
    const { kept, ambiguous: unclear } = originals(group)
    if (unclear) for (const n of group) ambiguous.add(n.row.id)
    else if (kept.length > 1) groups.push(kept)
  }
  for (const group of groupBy(linkable, codeKey).values()) consider(group)
  for (const group of groupBy(linkable, nameKey).values()) {
    // Records that both have a code are linked by it, not by name: with two codes here, nothing links by name.
    const codes = new Set(group.flatMap((n) => (n.code === null ? [] : [n.code])))
    if (codes.size <= 1) consider(group)
  }
  return { groups, ambiguous }
}

interface Resolved {
  /** Joins in force, in the order made. */
  joins: [string, string][]
  /** Rows out of every automatic link. */
  detached: Set<string>
}

function resolveDecisions(decisions: readonly LinkDecision[]): Resolved {
  let joins: [string, string][] = []
  const detached = new Set<string>()
  for (const d of decisions) {
    if (d.op === 'join') joins.push([d.row, d.with])
    else {
      detached.add(d.row)
      joins = joins.filter(([a, b]) => a !== d.row && b !== d.row)
    }
  }
  return { joins, detached }
}

const memberOrder = (a: SeriesMember & { order: number }, b: SeriesMember & { order: number }): number =>
  (a.year ?? Number.POSITIVE_INFINITY) - (b.year ?? Number.POSITIVE_INFINITY) || a.order - b.order

const NO_SERIES: SeriesIndex = { series: [], byRow: new Map(), yearsByDepartment: new Map(), ambiguous: new Set() }

/**
 * The members a component keeps: no two different records of one known year. The user's latest
 * join wins a year; without one, a year with two different records keeps none of them.
 */
function keptMembers(component: readonly Node[], joinOrder: ReadonlyMap<string, number>): Node[] {
  const byYear = groupBy(component, (n) => (n.year === null ? `row:${n.row.id}` : `year:${n.year}`))
  const kept: Node[] = []
  for (const sameYear of byYear.values()) {
    const { kept: distinct } = originals(sameYear)
    if (distinct.length === 1) {
      kept.push(...sameYear)
      continue
    }
    const chosen = distinct.filter((n) => joinOrder.has(n.row.id)).toSorted((a, b) => joinOrder.get(b.row.id)! - joinOrder.get(a.row.id)!)[0]
    if (chosen !== undefined) kept.push(...sameYear.filter((n) => sameRecord(n, chosen)))
  }
  return kept
}

export function linkSeries(sources: readonly SeriesSource[], decisions: readonly LinkDecision[] = []): SeriesIndex {
  // One dataset links nothing and has no other year: the common case costs nothing.
  if (sources.length < 2) return NO_SERIES
  const nodes = nodesOf(sources)
  const byId = new Map(nodes.map((n) => [n.row.id, n]))
  const { joins, detached } = resolveDecisions(decisions)

  const { groups, ambiguous } = automaticGroups(nodes, detached)
  const links = new UnionFind()
  for (const group of groups) for (const n of group.slice(1)) links.union(group[0]!.row.id, n.row.id)
  // A copy goes where its original goes.
  for (const group of groupBy(nodes.filter((n) => n.year !== null), (n) => `${n.year}|${n.fingerprint}`).values()) {
    for (const n of group.slice(1)) if (!detached.has(n.row.id) && !detached.has(group[0]!.row.id)) links.union(group[0]!.row.id, n.row.id)
  }
  const joinOrder = new Map<string, number>()
  joins.forEach(([a, b], order) => {
    if (!byId.has(a) || !byId.has(b)) return
    links.union(a, b)
    joinOrder.set(a, order)
    joinOrder.set(b, order)
  })

  const series: ProjectSeries[] = []
  const byRow = new Map<string, ProjectSeries>()
  for (const component of groupBy(nodes, (n) => links.find(n.row.id)).values()) {
    if (component.length < 2) continue
    const kept = keptMembers(component, joinOrder)
    if (new Set(kept.map((n) => n.year ?? n.row.id)).size < 2) continue
    const members = kept
      .map((n) => ({ row: n.row, year: n.year, basis: basisOf(n, kept, joinOrder), order: n.sourceOrder * 1e9 + n.row.index }))
      .toSorted(memberOrder)
    const entry: ProjectSeries = { key: seriesKey(kept, members[0]!.row.id), members: members.map(({ row, year, basis }) => ({ row, year, basis })) }
    series.push(entry)
    for (const m of entry.members) byRow.set(m.row.id, entry)
  }
  return { series, byRow, yearsByDepartment: yearsByScope(nodes), ambiguous }
}

function basisOf(node: Node, members: readonly Node[], joinOrder: ReadonlyMap<string, number>): LinkBasis {
  if (joinOrder.has(node.row.id)) return 'user'
  const others = members.filter((n) => n !== node)
  if (others.some((n) => sameRecord(n, node) && n.sourceOrder < node.sourceOrder)) return 'copy'
  if (node.code !== null && others.some((n) => n.code === node.code)) return 'code'
  if (node.name !== null && others.some((n) => n.name === node.name)) return 'name'
  return 'user'
}

/** The automatic key every member shares, else one made from the first member's row id. */
function seriesKey(members: readonly Node[], firstRowId: string): string {
  const first = members[0]!
  const keys = [codeKey(first), nameKey(first)]
  for (const key of keys) if (key !== null && members.every((n) => codeKey(n) === key || nameKey(n) === key)) return key
  return `row:${firstRowId}`
}

function yearsByScope(nodes: readonly Node[]): Map<string, Set<number>> {
  const years = new Map<string, Set<number>>()
  for (const n of nodes) {
    const year = n.source.dataset.year
    if (year === null || n.department === '') continue
    const key = `${n.family}|${n.department}`
    const set = years.get(key) ?? new Set()
    set.add(year)
    years.set(key, set)
  }
  return years
}

/** The member before and after a row in its series (the nearest of an earlier and a later known year); null at either end or outside a series. */
export function neighbours(index: SeriesIndex, rowId: string): { previous: SeriesMember | null; next: SeriesMember | null } {
  const series = index.byRow.get(rowId)
  if (series === undefined) return { previous: null, next: null }
  const at = series.members.findIndex((m) => m.row.id === rowId)
  const self = series.members[at]!
  // A record of unknown year is never compared: it has no previous or next year, and is no one's.
  if (self.year === null) return { previous: null, next: null }
  const before = (m: SeriesMember) => m.year !== null && m.year < (self.year as number)
  const after = (m: SeriesMember) => m.year !== null && m.year > (self.year as number)
  const previous = series.members.slice(0, at).toReversed().find(before) ?? null
  const next = series.members.slice(at + 1).find(after) ?? null
  return { previous, next }
}
