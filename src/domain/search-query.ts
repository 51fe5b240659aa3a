import { normalizeForSearch } from './search-fold.ts'

/**
 * The search box's query language:
 * - `合同 验收`: both (terms separated by spaces must all occur, as always);
 * - `合同 -验收`: 合同 and not 验收;
 * - `合同 OR 采购`, `合同 | 采购`, `合同|采购`: either; OR binds tighter than the space, so
 *   `资金 合同 OR 采购` is 资金 and (合同 or 采购);
 * - `"资金 使用"` (also “…”): one term, its spaces kept out of the split (the comparison ignores
 *   whitespace, so it matches 资金使用 and 资金 使用); `-"资金 使用"` excludes it.
 * Only an upper-case OR is the operator (or is a word of English text); full-width ＂ ｜ － and the
 * ideographic space work like their plain forms. What a half-typed query leaves dangling (a leading
 * or trailing OR, a lone -) is ignored; a quote not yet closed runs to the end of the query.
 */

/** A term the text must hold, or, negated, must not. */
export interface SearchLiteral {
  /** In the search form (normalizeForSearch). */
  term: string
  negated: boolean
}

/** Every clause must hold (AND); a clause holds when any of its literals does (OR). No clause: everything matches. */
export interface SearchQuery {
  clauses: SearchLiteral[][]
}

type Token = { kind: 'or' } | { kind: 'term'; text: string; negated: boolean }

/** A character as NFKC reads it, so full-width ＂ ｜ － act as " | -. */
const plain = (char: string): string => char.normalize('NFKC')
const isSpace = (char: string): boolean => /\s/.test(char)
const isBar = (char: string): boolean => plain(char) === '|'
const isOpenQuote = (char: string): boolean => plain(char) === '"' || char === '“'
const isCloseQuote = (char: string): boolean => plain(char) === '"' || char === '”'

/**
 * The query's tokens. Split on the raw query's whitespace (the ideographic space too), each term
 * then normalised on its own: a query of plain terms splits exactly as it always has.
 */
function tokenize(query: string): Token[] {
  const tokens: Token[] = []
  let at = 0
  while (at < query.length) {
    const char = query[at] ?? ''
    if (isSpace(char)) {
      at += 1
      continue
    }
    if (isBar(char)) {
      tokens.push({ kind: 'or' })
      at += 1
      continue
    }
    const negated = plain(char) === '-'
    if (negated) at += 1
    if (isOpenQuote(query[at] ?? '')) {
      let end = at + 1
      while (end < query.length && !isCloseQuote(query[end] ?? '')) end += 1
      tokens.push({ kind: 'term', text: query.slice(at + 1, end), negated })
      at = end + 1
      continue
    }
    let end = at
    while (end < query.length && !isSpace(query[end] ?? '') && !isBar(query[end] ?? '')) end += 1
    const word = query.slice(at, end)
    tokens.push(!negated && plain(word) === 'OR' ? { kind: 'or' } : { kind: 'term', text: word, negated })
    at = end
  }
  return tokens
}

/** The query as clauses of literals; a blank query has none. */
export function parseSearchQuery(query: string): SearchQuery {
  const clauses: SearchLiteral[][] = []
  let joinNext = false
  for (const token of tokenize(query)) {
    if (token.kind === 'or') {
      joinNext = clauses.length > 0
      continue
    }
    const term = normalizeForSearch(token.text)
    if (term === '') continue
    const literal = { term, negated: token.negated }
    const last = clauses.at(-1)
    if (joinNext && last !== undefined) last.push(literal)
    else clauses.push([literal])
    joinNext = false
  }
  return { clauses }
}

/** Whether a text in the search form (ProjectRow.searchText) satisfies the query. */
export const matchesQuery = (searchText: string, query: SearchQuery): boolean =>
  query.clauses.every((clause) => clause.some(({ term, negated }) => searchText.includes(term) !== negated))

/** The terms a match shows (not the excluded ones), each once, in the order typed: what highlighting marks. */
export function positiveTerms(query: SearchQuery): string[] {
  return [...new Set(query.clauses.flatMap((clause) => clause.filter((l) => !l.negated).map((l) => l.term)))]
}
