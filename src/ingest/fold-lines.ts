/** Text as the cell model keeps it: each line's whitespace folded and trimmed, empty lines dropped. */
export function foldLines(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n')
}
