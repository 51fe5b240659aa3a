import { OPS, getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import {
  appendBezierCurve,
  concatTransformationMatrix,
  endPath,
  fill,
  fillAndStroke,
  lineTo,
  moveTo,
  PDFDocument,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setLineWidth,
  stroke,
} from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { type OperatorList, PATH_OPS, PDF_OPS, type RuleSegment, ruledTables, ruleSegments } from '../../src/ingest/pdf-rules.ts'

const { moveTo: M, lineTo: L, curveTo: C, closePath: Z } = PATH_OPS
const round = (segments: readonly RuleSegment[]): RuleSegment[] =>
  segments.map(({ x0, y0, x1, y1 }) => ({ x0: +x0.toFixed(2), y0: +y0.toFixed(2), x1: +x1.toFixed(2), y1: +y1.toFixed(2) }))
const h = (y: number, x0: number, x1: number): RuleSegment => ({ x0, y0: y, x1, y1: y })
const v = (x: number, y0: number, y1: number): RuleSegment => ({ x0: x, y0, x1: x, y1 })
/** A path as pdfjs 5 gives it: constructPath with the paint operator, the flat path and its bounding box. */
const path = (paint: number, ...codes: number[]): [number, unknown] => [PDF_OPS.constructPath, [paint, [new Float32Array(codes)], null]]
const list = (...ops: Array<[number, unknown]>): OperatorList => ({ fnArray: ops.map(([fn]) => fn), argsArray: ops.map(([, args]) => args) })

describe('ruleSegments: the operator codes', () => {
  it('are pdfjs’s own', () => {
    for (const [name, code] of Object.entries(PDF_OPS)) expect([name, OPS[name as keyof typeof OPS]]).toEqual([name, code])
  })
})

describe('ruleSegments: paths of an operator list', () => {
  it.each<[string, OperatorList, RuleSegment[]]>([
    ['a stroked rectangle gives its four sides', list(path(PDF_OPS.stroke, M, 10, 20, L, 110, 20, L, 110, 70, L, 10, 70, Z)), [
      h(20, 10, 110),
      v(110, 20, 70),
      h(70, 10, 110),
      v(10, 20, 70),
    ]],
    ['a stroked line', list(path(PDF_OPS.stroke, M, 300, 500, L, 100, 500)), [h(500, 100, 300)]],
    ['a line slanted by no more than half a point is horizontal', list(path(PDF_OPS.stroke, M, 100, 500, L, 300, 500.4)), [h(500.2, 100, 300)]],
    ['a slanted line is no rule', list(path(PDF_OPS.stroke, M, 100, 500, L, 300, 520)), []],
    ['a line shorter than 2 pt is no rule', list(path(PDF_OPS.stroke, M, 100, 500, L, 101.5, 500)), []],
    ['curves are no rules, the line after one is', list(path(PDF_OPS.stroke, M, 0, 0, C, 10, 10, 20, 10, 30, 0, L, 60, 0)), [h(0, 30, 60)]],
    ['a thin filled rectangle is the line along its middle', list(path(PDF_OPS.fill, M, 50, 99.5, L, 250, 99.5, L, 250, 100.5, L, 50, 100.5, Z)), [
      h(100, 50, 250),
    ]],
    ['a thin filled upright rectangle', list(path(PDF_OPS.eoFill, M, 50, 100, L, 51, 100, L, 51, 300, L, 50, 300, Z)), [v(50.5, 100, 300)]],
    ['a filled rectangle thicker than 3 pt is a shading, not a rule', list(path(PDF_OPS.fill, M, 50, 100, L, 250, 100, L, 250, 104, L, 50, 104, Z)), []],
    ['a small filled square is a dot', list(path(PDF_OPS.fill, M, 50, 100, L, 52, 100, L, 52, 102, L, 50, 102, Z)), []],
    ['each thin subpath of a fill is a rule', list(path(PDF_OPS.fill, M, 0, 0, L, 100, 0, L, 100, 1, L, 0, 1, Z, M, 0, 0, L, 1, 0, L, 1, 50, L, 0, 50, Z)), [
      h(0.5, 0, 100),
      v(0.5, 0, 50),
    ]],
    ['a path only clipped (endPath) draws nothing', list([PDF_OPS.constructPath, [28, [new Float32Array([M, 0, 0, L, 100, 0])], null]]), []],
    ['a transform applies to the paths after it', list([PDF_OPS.transform, [2, 0, 0, 2, 10, 20]], path(PDF_OPS.stroke, M, 0, 0, L, 50, 0)), [h(20, 10, 110)]],
    [
      'restore undoes the transform since save',
      list([PDF_OPS.save, null], [PDF_OPS.transform, [1, 0, 0, 1, 0, 100]], [PDF_OPS.restore, null], path(PDF_OPS.stroke, M, 0, 0, L, 50, 0)),
      [h(0, 0, 50)],
    ],
    [
      'a form XObject’s matrix applies inside it only',
      list(
        [PDF_OPS.paintFormXObjectBegin, [new Float32Array([1, 0, 0, 1, 30, 0]), null]],
        path(PDF_OPS.stroke, M, 0, 0, L, 50, 0),
        [PDF_OPS.paintFormXObjectEnd, []],
        path(PDF_OPS.stroke, M, 0, 10, L, 50, 10),
      ),
      [h(0, 30, 80), h(10, 0, 50)],
    ],
    ['a rotated page’s transform turns a vertical line horizontal', list([PDF_OPS.transform, [0, 1, -1, 0, 600, 0]], path(PDF_OPS.stroke, M, 100, 0, L, 100, 200)), [
      h(100, 400, 600),
    ]],
    ['a path with no buffer is skipped', list([PDF_OPS.constructPath, [PDF_OPS.stroke, [null], null]]), []],
  ])('%s', (_, operators, expected) => {
    expect(round(ruleSegments(operators))).toEqual(expected)
  })
})

describe('ruleSegments: a page read by pdfjs', () => {
  it('finds stroked, filled, transformed and form-drawn rules, and leaves out curves, slants and shadings', async () => {
    const doc = await PDFDocument.create()
    const inner = doc.addPage([200, 200])
    inner.pushOperators(moveTo(0, 10), lineTo(100, 10), stroke())
    const form = await doc.embedPage(inner, undefined, [1, 0, 0, 1, 5, 0])
    const page = doc.addPage([600, 800])
    page.pushOperators(
      setLineWidth(0.5),
      rectangle(100, 600, 200, 50),
      stroke(),
      // Word's way: borders as thin filled rectangles
      rectangle(100, 500, 200, 0.5),
      fill(),
      pushGraphicsState(),
      concatTransformationMatrix(2, 0, 0, 2, 10, 20),
      rectangle(0, 0, 0.4, 30),
      fill(),
      popGraphicsState(),
      moveTo(400, 400),
      lineTo(500, 450),
      stroke(),
      moveTo(400, 300),
      appendBezierCurve(420, 320, 440, 320, 460, 300),
      stroke(),
      rectangle(50, 50, 300, 100),
      fill(),
      rectangle(400, 100, 100, 40),
      fillAndStroke(),
      moveTo(0, 0),
      lineTo(600, 0),
      endPath(),
    )
    page.drawPage(form, { x: 300, y: 200 })
    const pdf = await getDocument({ data: await doc.save(), verbosity: 0, isEvalSupported: false }).promise
    const segments = ruleSegments(await (await pdf.getPage(2)).getOperatorList())
    await pdf.destroy()
    expect(round(segments)).toEqual([
      h(600, 100, 300),
      v(300, 600, 650),
      h(650, 100, 300),
      v(100, 600, 650),
      h(500.25, 100, 300),
      v(10.4, 20, 80),
      h(100, 400, 500),
      v(500, 100, 140),
      h(140, 400, 500),
      v(400, 100, 140),
      h(210, 305, 405),
    ])
  })
})

const grid = (xs: readonly number[], ys: readonly number[]): RuleSegment[] => [
  ...ys.map((y) => h(y, Math.min(...xs), Math.max(...xs))),
  ...xs.map((x) => v(x, Math.min(...ys), Math.max(...ys))),
]

describe('ruledTables', () => {
  it.each<[string, RuleSegment[], Array<[number, number, number, number, number, number, number, number]>]>([
    ['a 2×2 grid', grid([100, 200, 300], [600, 650, 700]), [
      [0, 0, 1, 1, 100, 200, 700, 650],
      [0, 1, 1, 1, 200, 300, 700, 650],
      [1, 0, 1, 1, 100, 200, 650, 600],
      [1, 1, 1, 1, 200, 300, 650, 600],
    ]],
    [
      'lines drawn a hair apart and stopping short of one another are one grid',
      [h(700.4, 100.4, 299.6), h(650, 100, 300), h(600.3, 100, 200), h(599.8, 200, 300), v(100, 600, 700), v(200.6, 600.2, 699.5), v(300, 600, 700)],
      [
        [0, 0, 1, 1, 100, 200.6, 700.4, 650],
        [0, 1, 1, 1, 200.6, 300, 700.4, 650],
        [1, 0, 1, 1, 100, 200.6, 650, 600.05],
        [1, 1, 1, 1, 200.6, 300, 650, 600.05],
      ],
    ],
    ['a missing rule merges two cells', [...grid([100, 300], [600, 650, 700]), v(200, 600, 650)], [
      [0, 0, 1, 2, 100, 300, 700, 650],
      [1, 0, 1, 1, 100, 200, 650, 600],
      [1, 1, 1, 1, 200, 300, 650, 600],
    ]],
    ['a line ending inside a cell does not split it', [...grid([100, 300], [600, 700]), v(200, 650, 700)], [[0, 0, 1, 1, 100, 300, 700, 600]]],
    ['a ragged table has cells only where drawn', [...grid([100, 200, 300], [650, 700]), ...grid([100, 200], [600, 650])], [
      [0, 0, 1, 1, 100, 200, 700, 650],
      [0, 1, 1, 1, 200, 300, 700, 650],
      [1, 0, 1, 1, 100, 200, 650, 600],
    ]],
    ['a frame around a table is not a table', [...grid([50, 350], [550, 750]), ...grid([100, 200], [600, 700])], [[0, 0, 1, 1, 100, 200, 700, 600]]],
    ['lone lines (an underline, a rule under the header) are no table', [h(700, 100, 300), v(400, 100, 300)], []],
  ])('%s', (_, segments, expected) => {
    const cells = ruledTables(segments).flatMap((t) => t.cells)
    expect(
      cells.map((c) => [c.row, c.col, c.rowSpan, c.colSpan, +c.left.toFixed(2), +c.right.toFixed(2), +c.top.toFixed(2), +c.bottom.toFixed(2)]),
    ).toEqual(expected)
  })

  it('tells apart two tables, top first, with their own grids', () => {
    const tables = ruledTables([...grid([100, 300], [100, 200]), ...grid([100, 200, 300, 400], [500, 600, 700])])
    expect(tables.map(({ rows, cols, top, bottom, left, right }) => ({ rows, cols, top, bottom, left, right }))).toEqual([
      { rows: 2, cols: 3, top: 700, bottom: 500, left: 100, right: 400 },
      { rows: 1, cols: 1, top: 200, bottom: 100, left: 100, right: 300 },
    ])
  })
})
