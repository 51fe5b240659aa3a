const isAsciiAlnum = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
const isDigit = (c: number): boolean => c >= 48 && c <= 57

/**
 * Joins the visual lines of a wrapped value. Lines broken mid-sentence meet with no space,
 * except where two Latin words (not two halves of a number) meet.
 */
export function joinWrapped(lines: readonly string[]): string {
  let joined: string
  if (lines.length === 1) joined = lines[0] ?? ''
  else {
    const parts: string[] = []
    let previous = ''
    for (const line of lines) {
      if (line === '') continue
      if (previous !== '') {
        const a = previous.charCodeAt(previous.length - 1)
        const b = line.charCodeAt(0)
        if (isAsciiAlnum(a) && isAsciiAlnum(b) && !(isDigit(a) && isDigit(b))) parts.push(' ')
      }
      parts.push(line)
      previous = line
    }
    joined = parts.join('')
  }
  return removeStraySpaces(joined)
}

const CJK = '[\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef]'
const ENDS_CJK = new RegExp(`${CJK}$`, 'u')
const STARTS_CJK = new RegExp(`^${CJK}`, 'u')
const SPACE_RUN = /[\s\u3000]+/g
const HAS_SPACE = /[\s\u3000]/

/** Removes whitespace that touches a Chinese character or full-width punctuation; keeps it between Latin words and numbers. */
function removeStraySpaces(text: string): string {
  if (!HAS_SPACE.test(text)) return text
  return text.replace(SPACE_RUN, (run: string, at: number) => {
    const end = at + run.length
    const touchesCjk = ENDS_CJK.test(text.slice(Math.max(0, at - 2), at)) || STARTS_CJK.test(text.slice(end, end + 2))
    return touchesCjk ? '' : run
  })
}
