/** The characters String.prototype.trim removes, by code. */
function isTrimmable(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  )
}

/**
 * Calls `visit` with each non-blank line, trimmed, and its 1-based number (CRLF, CR and LF all end a
 * line). Scans by index so blank lines, half of an extracted report, cost no allocation.
 */
export function forEachTrimmedLine(text: string, visit: (line: string, lineNo: number) => void): void {
  const body = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text
  const length = body.length
  let lineNo = 0
  for (let start = 0; start <= length; ) {
    let end = body.indexOf('\n', start)
    if (end < 0) end = length
    lineNo++
    let from = start
    let to = end
    while (from < to && isTrimmable(body.charCodeAt(from))) from++
    while (to > from && isTrimmable(body.charCodeAt(to - 1))) to--
    if (from < to) visit(body.slice(from, to), lineNo)
    start = end + 1
  }
}
