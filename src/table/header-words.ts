/** A piece of a header: a word kept on one line, or the text between two words (a space). */
export interface HeaderPiece {
  text: string
  word: boolean
}

/**
 * A header cut into its `words` (found in order) and the text between them, so a line may break
 * between words only. Words that do not spell the header leave it whole: one word.
 */
export function headerPieces(header: string, words: readonly string[] | undefined): HeaderPiece[] {
  const whole = [{ text: header, word: true }]
  if (words === undefined) return whole
  const pieces: HeaderPiece[] = []
  let at = 0
  for (const word of words) {
    const found = word === '' ? -1 : header.indexOf(word, at)
    if (found < 0) return whole
    if (found > at) pieces.push({ text: header.slice(at, found), word: false })
    pieces.push({ text: word, word: true })
    at = found + word.length
  }
  if (at < header.length) pieces.push({ text: header.slice(at), word: false })
  return pieces.some((piece) => !piece.word && piece.text.trim() !== '') ? whole : pieces
}
