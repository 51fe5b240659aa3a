/** Saves a file the page made (no server involved): a temporary link to a blob or data URL, clicked. */
export function downloadFile(fileName: string, content: Blob | string): void {
  const url = typeof content === 'string' ? content : URL.createObjectURL(content)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
  if (typeof content !== 'string') setTimeout(() => URL.revokeObjectURL(url), 0)
}
