/** Readers for the loosely typed params ECharts hands to event handlers and tooltip formatters. */

/** The `id` a data item carries (a ProjectRow id), from an event's or tooltip's params. */
export function rowIdOf(params: unknown): string | null {
  const item = Array.isArray(params) ? (params as unknown[])[0] : params
  if (typeof item !== 'object' || item === null) return null
  const data = (item as { data?: unknown }).data
  if (typeof data !== 'object' || data === null) return null
  const id = (data as { id?: unknown }).id
  return typeof id === 'string' ? id : null
}

/** The index of the data item the params point at, or null. */
export function dataIndexOf(params: unknown): number | null {
  const item = Array.isArray(params) ? (params as unknown[])[0] : params
  if (typeof item !== 'object' || item === null) return null
  const index = (item as { dataIndex?: unknown }).dataIndex
  return typeof index === 'number' ? index : null
}
