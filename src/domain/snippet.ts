import { matchRanges, type SearchField, searchFields, type TextSegment } from './search-text.ts'
import type { Project } from './types.ts'

/** How many characters a snippet shows on each side of the hit. */
const SNIPPET_RADIUS = 20

export interface SearchSnippet {
  /** The field the hit is in (never the name: a hit there is seen in the name itself). */
  field: Exclude<SearchField['field'], 'name'>
  /** The item's number in its list (存在问题（2）), null for a single text. */
  item: number | null
  /** The text around the hit, the hits marked; plain text, never HTML. */
  segments: TextSegment[]
  /** Whether text was cut before, after the window (shown as …). */
  cutBefore: boolean
  cutAfter: boolean
}

const isTrail = (text: string, at: number): boolean => /[\uDC00-\uDFFF]/.test(text[at] ?? '')

/** The index `count` characters (code points: 𠀀 is one) before `at`, or after it, within the text. */
function move(text: string, at: number, count: number, step: 1 | -1): number {
  let to = at
  for (let n = 0; n < count; n++) {
    if (step === -1 ? to === 0 : to === text.length) break
    to += step
    // Landed between the two halves of a pair: take the whole character.
    if (isTrail(text, to) && to > 0 && to < text.length) to += step
  }
  return to
}

/** The segments of text[from, to) with the ranges (of the whole text) marked. */
function windowSegments(text: string, ranges: readonly [number, number][], from: number, to: number): TextSegment[] {
  const segments: TextSegment[] = []
  let at = from
  for (const [start, end] of ranges) {
    const s = Math.max(start, from)
    const e = Math.min(end, to)
    if (e <= s) continue
    if (s > at) segments.push({ text: text.slice(at, s), match: false })
    segments.push({ text: text.slice(s, e), match: true })
    at = e
  }
  if (at < to) segments.push({ text: text.slice(at, to), match: false })
  return segments
}

/**
 * Where a search hit a project outside its name: the first field (in searchFields order) holding one
 * of the terms (the query's positive terms, searchTerms), its text SNIPPET_RADIUS characters either
 * side of the first hit, every hit in that window marked. Null when there are no terms, when a term
 * is in the name, or when no field holds one (a project matched only by what it lacks).
 */
export function searchSnippet(project: Project, terms: readonly string[], radius = SNIPPET_RADIUS): SearchSnippet | null {
  if (terms.length === 0) return null
  const fields = searchFields(project)
  for (const { field, item, text } of fields) {
    const ranges = matchRanges(text, terms)
    const first = ranges[0]
    if (first === undefined) continue
    if (field === 'name') return null
    const from = move(text, first[0], radius, -1)
    const to = move(text, first[1], radius, 1)
    return { field, item, segments: windowSegments(text, ranges, from, to), cutBefore: from > 0, cutAfter: to < text.length }
  }
  return null
}
