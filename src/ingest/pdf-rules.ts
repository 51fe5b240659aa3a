/**
 * The ruling lines of a PDF page and the table cells they enclose. Pure: the operator list comes
 * from pdfjs (page.getOperatorList()), read here by its documented shape without importing pdfjs.
 */

/** A horizontal or vertical line drawn on a page, in PDF user space (y up): x0 ≤ x1, y0 ≤ y1, x0 = x1 or y0 = y1. */
export interface RuleSegment {
  x0: number
  y0: number
  x1: number
  y1: number
}

/** What page.getOperatorList() resolves to: operator codes and their arguments. */
export interface OperatorList {
  fnArray: ArrayLike<number>
  argsArray: ArrayLike<unknown>
}

/** pdfjs 5's OPS codes used here (tests/ingest/pdf-rules.test.ts checks them against pdfjs). */
export const PDF_OPS = {
  save: 10,
  restore: 11,
  transform: 12,
  stroke: 20,
  closeStroke: 21,
  fill: 22,
  eoFill: 23,
  fillStroke: 24,
  eoFillStroke: 25,
  closeFillStroke: 26,
  closeEOFillStroke: 27,
  paintFormXObjectBegin: 74,
  paintFormXObjectEnd: 75,
  beginGroup: 76,
  endGroup: 77,
  constructPath: 91,
} as const

/** pdfjs 5's DrawOPS: the codes inside a constructPath's flat path buffer. */
export const PATH_OPS = { moveTo: 0, lineTo: 1, curveTo: 2, quadraticCurveTo: 3, closePath: 4 } as const

type Matrix = readonly [number, number, number, number, number, number]

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0]

/** The matrix that applies `inner` first, then `outer` (PDF's `cm`: the new CTM is inner × outer). */
const compose = (outer: Matrix, inner: Matrix): Matrix => [
  outer[0] * inner[0] + outer[2] * inner[1],
  outer[1] * inner[0] + outer[3] * inner[1],
  outer[0] * inner[2] + outer[2] * inner[3],
  outer[1] * inner[2] + outer[3] * inner[3],
  outer[0] * inner[4] + outer[2] * inner[5] + outer[4],
  outer[1] * inner[4] + outer[3] * inner[5] + outer[5],
]

const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]]

const asMatrix = (value: unknown): Matrix | null => {
  if (value === null || typeof value !== 'object' || !('length' in value)) return null
  const m = Array.from(value as ArrayLike<unknown>)
  return m.length === 6 && m.every((n) => typeof n === 'number' && Number.isFinite(n)) ? (m as unknown as Matrix) : null
}

/** A line counts as horizontal or vertical when its ends differ by at most this much across (pt). */
const SKEW = 0.5
/** A filled shape at most this thick (pt) is a rule: Word and LibreOffice draw borders as thin filled rectangles. */
const THIN = 3
/** Shorter lines (pt) are ticks or dots, not rules. */
const MIN_LENGTH = 2

function axisSegment(ax: number, ay: number, bx: number, by: number): RuleSegment | null {
  if (Math.abs(ay - by) <= SKEW && Math.abs(ax - bx) >= MIN_LENGTH) {
    const y = (ay + by) / 2
    return { x0: Math.min(ax, bx), y0: y, x1: Math.max(ax, bx), y1: y }
  }
  if (Math.abs(ax - bx) <= SKEW && Math.abs(ay - by) >= MIN_LENGTH) {
    const x = (ax + bx) / 2
    return { x0: x, y0: Math.min(ay, by), x1: x, y1: Math.max(ay, by) }
  }
  return null
}

/** A thin filled shape as the line along its middle; null when it is not thin, or a dot. */
function thinShape(points: ReadonlyArray<readonly [number, number]>): RuleSegment | null {
  if (points.length < 3) return null
  const xs = points.map(([x]) => x)
  const ys = points.map(([, y]) => y)
  const [left, right, bottom, top] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)]
  const width = right - left
  const height = top - bottom
  if (width <= 0 || height <= 0) return null
  if (height <= THIN && width >= 2 * height && width >= MIN_LENGTH) {
    const y = (bottom + top) / 2
    return { x0: left, y0: y, x1: right, y1: y }
  }
  if (width <= THIN && height >= 2 * width && height >= MIN_LENGTH) {
    const x = (left + right) / 2
    return { x0: x, y0: bottom, x1: x, y1: top }
  }
  return null
}

const STROKES = new Set<number>([
  PDF_OPS.stroke,
  PDF_OPS.closeStroke,
  PDF_OPS.fillStroke,
  PDF_OPS.eoFillStroke,
  PDF_OPS.closeFillStroke,
  PDF_OPS.closeEOFillStroke,
])
const FILLS = new Set<number>([
  PDF_OPS.fill,
  PDF_OPS.eoFill,
  PDF_OPS.fillStroke,
  PDF_OPS.eoFillStroke,
  PDF_OPS.closeFillStroke,
  PDF_OPS.closeEOFillStroke,
])

/** The rules a painted path draws: its straight horizontal and vertical pieces when stroked, its thin subpaths when filled. */
function pathRules(paint: number, path: ArrayLike<number>, ctm: Matrix, out: RuleSegment[]): void {
  const stroked = STROKES.has(paint)
  const filled = FILLS.has(paint)
  if (!stroked && !filled) return // endPath: a clipping path, nothing drawn
  let start: [number, number] = [0, 0]
  let current: [number, number] = [0, 0]
  let subpath: Array<[number, number]> = []
  let curved = false
  const line = (to: [number, number]): void => {
    if (stroked) {
      const segment = axisSegment(current[0], current[1], to[0], to[1])
      if (segment !== null) out.push(segment)
    }
    current = to
    subpath.push(to)
  }
  const endSubpath = (): void => {
    if (filled && !curved) {
      const segment = thinShape(subpath)
      if (segment !== null) out.push(segment)
    }
    subpath = []
    curved = false
  }
  const at = (i: number): [number, number] => apply(ctm, path[i] ?? 0, path[i + 1] ?? 0)
  for (let i = 0; i < path.length; ) {
    switch (path[i++]) {
      case PATH_OPS.moveTo:
        endSubpath()
        start = current = at(i)
        subpath.push(current)
        i += 2
        break
      case PATH_OPS.lineTo:
        line(at(i))
        i += 2
        break
      case PATH_OPS.curveTo:
        current = at(i + 4)
        curved = true
        i += 6
        break
      case PATH_OPS.quadraticCurveTo:
        current = at(i + 2)
        curved = true
        i += 4
        break
      case PATH_OPS.closePath:
        line(start)
        break
      default:
        return // an unknown code: the rest of the buffer cannot be read
    }
  }
  endSubpath()
}

/**
 * The horizontal and vertical lines a page draws, in PDF user space like its text items: the
 * transform is followed through save/restore, `cm` and form XObjects. Stroked paths give their
 * straight pieces (a rectangle its four sides), filled paths their thin subpaths; curves and
 * slanted lines are left out.
 */
export function ruleSegments(list: OperatorList): RuleSegment[] {
  const out: RuleSegment[] = []
  const stack: Matrix[] = []
  let ctm = IDENTITY
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i]
    const args = list.argsArray[i]
    switch (fn) {
      case PDF_OPS.save:
      case PDF_OPS.beginGroup:
        stack.push(ctm)
        break
      case PDF_OPS.restore:
      case PDF_OPS.endGroup:
      case PDF_OPS.paintFormXObjectEnd:
        ctm = stack.pop() ?? ctm
        break
      case PDF_OPS.transform: {
        const m = asMatrix(args)
        if (m !== null) ctm = compose(ctm, m)
        break
      }
      case PDF_OPS.paintFormXObjectBegin: {
        stack.push(ctm)
        const m = Array.isArray(args) ? asMatrix(args[0]) : null
        if (m !== null) ctm = compose(ctm, m)
        break
      }
      case PDF_OPS.constructPath: {
        // [paint op, [Float32Array path | null], minMax | null]
        if (!Array.isArray(args)) break
        const [paint, data] = args as [unknown, unknown]
        const path = Array.isArray(data) ? (data[0] as unknown) : null
        if (typeof paint === 'number' && path !== null && typeof path === 'object' && 'length' in path) {
          pathRules(paint, path as ArrayLike<number>, ctm, out)
        }
        break
      }
      default:
        break
    }
  }
  return out
}

/** A cell the rules enclose, in PDF user space, with its place in its table's grid. */
export interface RuledCell {
  left: number
  right: number
  top: number
  bottom: number
  row: number
  col: number
  rowSpan: number
  colSpan: number
}

/** A table: cells whose corners touch, and the grid their edges make. */
export interface RuledTable {
  left: number
  right: number
  top: number
  bottom: number
  rows: number
  cols: number
  /** Row-major by anchor. */
  cells: RuledCell[]
}

/**
 * Lines closer than this across (pt) are one line: the same border drawn twice or cell by cell a
 * hair apart, or the two strokes of a double border. No row or column of text is this narrow.
 */
const SNAP = 3.5
/** Gaps along a line up to this (pt) are bridged; lines that stop this short of one another still meet. */
const REACH = 2.5

interface Cluster {
  pos: number
  /** Covered stretches along the line, sorted, disjoint. */
  spans: Array<[number, number]>
}

/** Lines of one direction (pos across, from–to along) merged: close positions into one, overlapping stretches joined. */
function clusters(lines: ReadonlyArray<{ pos: number; from: number; to: number }>): Cluster[] {
  const sorted = lines.toSorted((a, b) => a.pos - b.pos)
  const groups: Array<typeof sorted> = []
  for (const line of sorted) {
    const group = groups.at(-1)
    const last = group?.at(-1)
    if (group !== undefined && last !== undefined && line.pos - last.pos <= SNAP) group.push(line)
    else groups.push([line])
  }
  return groups.map((group) => {
    const length = group.reduce((sum, l) => sum + (l.to - l.from), 0)
    const pos = group.reduce((sum, l) => sum + l.pos * (l.to - l.from), 0) / length
    const spans: Array<[number, number]> = []
    for (const l of group.toSorted((a, b) => a.from - b.from)) {
      const last = spans.at(-1)
      if (last !== undefined && l.from <= last[1] + REACH) last[1] = Math.max(last[1], l.to)
      else spans.push([l.from, l.to])
    }
    return { pos, spans }
  })
}

/** The cluster draws the whole stretch a–b (a < b). */
const covers = (cluster: Cluster, a: number, b: number): boolean =>
  cluster.spans.some(([from, to]) => from <= a + REACH && to >= b - REACH)

/** The cluster passes the point `at` along it. */
const reaches = (cluster: Cluster, at: number): boolean => cluster.spans.some(([from, to]) => from - REACH <= at && at <= to + REACH)

class UnionFind {
  private readonly parent: number[]
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i)
  }
  find(i: number): number {
    let root = i
    while (this.parent[root] !== root) root = this.parent[root] ?? root
    for (let n = i; n !== root; ) {
      const next = this.parent[n] ?? root
      this.parent[n] = root
      n = next
    }
    return root
  }
  union(a: number, b: number): void {
    this.parent[this.find(a)] = this.find(b)
  }
}

interface Box {
  /** Indices into the top-to-bottom horizontal lines and the left-to-right vertical lines. */
  top: number
  bottom: number
  left: number
  right: number
}

/**
 * The cells the rules enclose: from each crossing of a horizontal and a vertical line, the smallest
 * rectangle to a crossing below and to the right whose four sides are all drawn. A rule missing
 * inside a rectangle makes it one merged cell. Crossings include T-joins and corners.
 */
function enclosedBoxes(rows: readonly Cluster[], cols: readonly Cluster[]): Box[] {
  const crossing = rows.map((h) => cols.map((v) => reaches(h, v.pos) && reaches(v, h.pos)))
  const at = (r: number, c: number): boolean => crossing[r]?.[c] === true
  const boxes: Box[] = []
  rows.forEach((h, top) => {
    cols.forEach((v, left) => {
      if (!at(top, left)) return
      for (let bottom = top + 1; bottom < rows.length; bottom++) {
        const below = rows[bottom]
        if (below === undefined || !covers(v, below.pos, h.pos)) break
        if (!at(bottom, left)) continue
        for (let right = left + 1; right < cols.length; right++) {
          const beside = cols[right]
          if (beside === undefined || !covers(h, v.pos, beside.pos)) break
          if (!at(top, right) || !at(bottom, right)) continue
          if (covers(below, v.pos, beside.pos) && covers(beside, below.pos, h.pos)) {
            boxes.push({ top, bottom, left, right })
            return
          }
        }
      }
    })
  })
  return boxes
}

/** The distinct values, ascending, and each one's rank. */
function ranks(values: readonly number[]): Map<number, number> {
  return new Map([...new Set(values)].toSorted((a, b) => a - b).map((v, i) => [v, i]))
}

/**
 * The tables a page's rules draw: cells that share corners form a table, whose rows and columns
 * are the distinct lines its cells' edges lie on. Top to bottom, then left to right. A single box
 * around another table (a frame) is not a table.
 */
export function ruledTables(segments: readonly RuleSegment[]): RuledTable[] {
  const horizontal = segments.filter((s) => s.y0 === s.y1).map((s) => ({ pos: s.y0, from: s.x0, to: s.x1 }))
  const vertical = segments.filter((s) => s.x0 === s.x1 && s.y0 !== s.y1).map((s) => ({ pos: s.x0, from: s.y0, to: s.y1 }))
  const rows = clusters(horizontal).toReversed() // top first
  const cols = clusters(vertical)
  const boxes = enclosedBoxes(rows, cols)

  const corners = new UnionFind(rows.length * cols.length)
  const key = (r: number, c: number): number => r * cols.length + c
  for (const b of boxes) {
    corners.union(key(b.top, b.left), key(b.top, b.right))
    corners.union(key(b.top, b.left), key(b.bottom, b.left))
    corners.union(key(b.top, b.left), key(b.bottom, b.right))
  }
  const groups = new Map<number, Box[]>()
  for (const b of boxes) {
    const root = corners.find(key(b.top, b.left))
    const group = groups.get(root)
    if (group === undefined) groups.set(root, [b])
    else group.push(b)
  }

  const y = (r: number): number => rows[r]?.pos ?? 0
  const x = (c: number): number => cols[c]?.pos ?? 0
  const tables = [...groups.values()].map((group): RuledTable => {
    const rowOf = ranks(group.flatMap((b) => [b.top, b.bottom]))
    const colOf = ranks(group.flatMap((b) => [b.left, b.right]))
    const cells = group
      .map((b): RuledCell => {
        const row = rowOf.get(b.top) ?? 0
        const col = colOf.get(b.left) ?? 0
        return {
          left: x(b.left),
          right: x(b.right),
          top: y(b.top),
          bottom: y(b.bottom),
          row,
          col,
          rowSpan: (rowOf.get(b.bottom) ?? row + 1) - row,
          colSpan: (colOf.get(b.right) ?? col + 1) - col,
        }
      })
      .toSorted((a, b) => a.row - b.row || a.col - b.col)
    return {
      left: Math.min(...cells.map((c) => c.left)),
      right: Math.max(...cells.map((c) => c.right)),
      top: Math.max(...cells.map((c) => c.top)),
      bottom: Math.min(...cells.map((c) => c.bottom)),
      rows: rowOf.size - 1,
      cols: colOf.size - 1,
      cells,
    }
  })
  const inside = (inner: RuledTable, outer: RuledTable): boolean =>
    inner !== outer && inner.left >= outer.left && inner.right <= outer.right && inner.top <= outer.top && inner.bottom >= outer.bottom
  return tables
    .filter((t) => !(t.cells.length === 1 && tables.some((other) => inside(other, t))))
    .toSorted((a, b) => b.top - a.top || a.left - b.left)
}
