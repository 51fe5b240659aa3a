import type { ProjectRow } from './project-row.ts'
import type { Dataset } from './types.ts'

/**
 * Series: the same project in different datasets (years). Records are linked automatically where
 * the documents say so plainly, and the user confirms, breaks or makes links in the drill-down.
 *
 * Automatic links, within one department (the record's 主管部门, else the dataset's department):
 * - by code, where both records have one;
 * - by name, where not both have a code: the name with its year (2018年, 2018年度, （2018）),
 *   spaces and punctuation folded away (seriesName).
 * Two records of one year with the same key (two in one dataset, or the same report imported twice,
 * as text and as PDF) are ambiguous: neither is linked by that key (the other years' records still
 * are), and they are offered as candidates instead (linkCandidates). Links that chain two records of
 * one year into a series (one by code, one by name) are ambiguous too: that whole series is left
 * unlinked. Two records with different codes are never linked by name. A dataset without a year
 * counts as a year of its own.
 *
 * The user's decisions (LinkDecision) apply after, in order: a join links two records whatever the
 * rules say; a detach takes a record out of its series (its automatic links and earlier joins).
 */

/** A dataset as the series need it (a LoadedDataset is one). */
export interface SeriesSource {
  id: string
  dataset: Pick<Dataset, 'year' | 'department'>
  rows: readonly ProjectRow[]
}

export type LinkDecision = { op: 'join'; row: string; with: string } | { op: 'detach'; row: string }

/** Why a member is in its series: a shared code, a shared name, or the user's link. */
type LinkBasis = 'code' | 'name' | 'user'

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
  /** Department key → the years of the datasets that hold a record of it (for new and gone). */
  yearsByDepartment: ReadonlyMap<string, ReadonlySet<number>>
}

const YEAR_IN_TEXT = /(?:19|20)\d{2}\s*(?:年度|年)?/g

const fold = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '')

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

interface Node {
  source: SeriesSource
  sourceOrder: number
  row: ProjectRow
  /** The year, else the dataset: two records of one year are as ambiguous as two of one dataset. */
  slot: string
  department: string
  code: string | null
  name: string | null
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

const spansSlots = (nodes: readonly Node[]): boolean => new Set(nodes.map((n) => n.slot)).size > 1
const hasRepeatedSlot = (nodes: readonly Node[]): boolean => new Set(nodes.map((n) => n.slot)).size < nodes.length

const codeKey = (department: string, code: string): string => `code:${department}|${code}`
const nameKey = (department: string, name: string): string => `name:${department}|${name}`

function nodesOf(sources: readonly SeriesSource[]): Node[] {
  return sources.flatMap((source, sourceOrder) =>
    source.rows.map((row) => {
      const name = row.project.name === null ? '' : seriesName(row.project.name)
      const year = rowYear(source, row)
      return {
        source,
        sourceOrder,
        row,
        slot: year === null ? `dataset:${source.id}` : `year:${year}`,
        department: departmentKey(source, row),
        code: row.project.code === null ? null : fold(row.project.code),
        name: name.length >= 2 ? name : null,
      }
    }),
  )
}

/** The automatic groups: by code, and by name where the group's codes do not disagree; ambiguous groups left out. */
function automaticGroups(nodes: readonly Node[], detached: ReadonlySet<string>): Node[][] {
  const linkable = nodes.filter((n) => !detached.has(n.row.id))
  const groups: Node[][] = []
  for (const group of groupBy(linkable, (n) => (n.code === null ? null : codeKey(n.department, n.code))).values()) groups.push(group)
  for (const group of groupBy(linkable, (n) => (n.name === null ? null : nameKey(n.department, n.name))).values()) {
    const codes = new Set(group.flatMap((n) => (n.code === null ? [] : [n.code])))
    // Records that both have a code are linked by it, not by name: with two codes here, nothing links by name.
    if (codes.size <= 1) groups.push(group)
  }
  // A year (or a dataset without one) with two records of the key is ambiguous about which one continues: neither is linked by it.
  return groups.map(withoutRepeatedSlots).filter(spansSlots)
}

function withoutRepeatedSlots(group: readonly Node[]): Node[] {
  const counts = new Map<string, number>()
  for (const n of group) counts.set(n.slot, (counts.get(n.slot) ?? 0) + 1)
  return group.filter((n) => counts.get(n.slot) === 1)
}

/** The joins still in force and the rows detached, after the decisions in order. */
function resolveDecisions(decisions: readonly LinkDecision[]): { joins: [string, string][]; detached: Set<string> } {
  let joins: [string, string][] = []
  const detached = new Set<string>()
  for (const d of decisions) {
    if (d.op === 'join') {
      detached.delete(d.row)
      joins.push([d.row, d.with])
    } else {
      detached.add(d.row)
      joins = joins.filter(([a, b]) => a !== d.row && b !== d.row)
    }
  }
  return { joins, detached }
}

const memberOrder = (a: SeriesMember & { order: number }, b: SeriesMember & { order: number }): number =>
  (a.year ?? Number.POSITIVE_INFINITY) - (b.year ?? Number.POSITIVE_INFINITY) || a.order - b.order

const NO_SERIES: SeriesIndex = { series: [], byRow: new Map(), yearsByDepartment: new Map() }

export function linkSeries(sources: readonly SeriesSource[], decisions: readonly LinkDecision[] = []): SeriesIndex {
  // One dataset links nothing and has no other year: the common case costs nothing.
  if (sources.length < 2) return NO_SERIES
  const nodes = nodesOf(sources)
  const byId = new Map(nodes.map((n) => [n.row.id, n]))
  const { joins, detached } = resolveDecisions(decisions)

  // Automatic groups first; a component holding two records of one dataset is ambiguous and dissolved.
  const automatic = new UnionFind()
  for (const group of automaticGroups(nodes, detached)) for (const n of group.slice(1)) automatic.union(group[0]!.row.id, n.row.id)
  const components = groupBy(nodes, (n) => automatic.find(n.row.id))
  const final = new UnionFind()
  for (const component of components.values()) {
    if (component.length < 2 || hasRepeatedSlot(component)) continue
    for (const n of component.slice(1)) final.union(component[0]!.row.id, n.row.id)
  }
  const joined = new Set<string>()
  for (const [a, b] of joins) {
    if (!byId.has(a) || !byId.has(b)) continue
    final.union(a, b)
    joined.add(a)
    joined.add(b)
  }

  const series: ProjectSeries[] = []
  const byRow = new Map<string, ProjectSeries>()
  for (const component of groupBy(nodes, (n) => final.find(n.row.id)).values()) {
    if (component.length < 2) continue
    const members = component
      .map((n) => ({
        row: n.row,
        year: rowYear(n.source, n.row),
        basis: basisOf(n, component, joined),
        order: n.sourceOrder * 1e9 + n.row.index,
      }))
      .toSorted(memberOrder)
    const entry: ProjectSeries = { key: seriesKey(component, members[0]!.row.id), members: members.map(({ row, year, basis }) => ({ row, year, basis })) }
    series.push(entry)
    for (const m of entry.members) byRow.set(m.row.id, entry)
  }
  return { series, byRow, yearsByDepartment: yearsByDepartment(nodes) }
}

function basisOf(node: Node, component: readonly Node[], joined: ReadonlySet<string>): LinkBasis {
  if (joined.has(node.row.id)) return 'user'
  const others = component.filter((n) => n !== node)
  if (node.code !== null && others.some((n) => n.code === node.code)) return 'code'
  if (node.name !== null && others.some((n) => n.name === node.name)) return 'name'
  return 'user'
}

/** The automatic key every member shares, else one made from the first member's row id. */
function seriesKey(component: readonly Node[], firstRowId: string): string {
  const first = component[0]!
  const sameDepartment = component.every((n) => n.department === first.department)
  if (sameDepartment && first.code !== null && component.every((n) => n.code === first.code)) return codeKey(first.department, first.code)
  if (sameDepartment && first.name !== null && component.every((n) => n.name === first.name)) return nameKey(first.department, first.name)
  return `row:${firstRowId}`
}

function yearsByDepartment(nodes: readonly Node[]): Map<string, Set<number>> {
  const years = new Map<string, Set<number>>()
  for (const n of nodes) {
    const year = n.source.dataset.year
    if (year === null) continue
    const set = years.get(n.department) ?? new Set()
    set.add(year)
    years.set(n.department, set)
  }
  return years
}

/** The member before and after a row in its series (the nearest of another year); null at either end or outside a series. */
export function neighbours(index: SeriesIndex, rowId: string): { previous: SeriesMember | null; next: SeriesMember | null } {
  const series = index.byRow.get(rowId)
  if (series === undefined) return { previous: null, next: null }
  const at = series.members.findIndex((m) => m.row.id === rowId)
  const self = series.members[at]!
  const differentYear = (m: SeriesMember) => m.year === null || self.year === null || m.year !== self.year
  const previous = series.members.slice(0, at).toReversed().find(differentYear) ?? null
  const next = series.members.slice(at + 1).find(differentYear) ?? null
  return { previous, next }
}
