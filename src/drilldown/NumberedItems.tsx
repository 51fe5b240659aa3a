import type { ReactNode } from 'react'
import { useMessages } from '../store/use-messages.ts'
import { Highlighted } from './Highlighted.tsx'

/** What one item of a NumberedItems list adds to its text. */
interface ItemExtras {
  /** Terms to mark in the item: the search terms, or the phrases it shares with another item. */
  terms?: readonly string[]
  /** What follows the item: its theme chips, a note on where it recurred. */
  after?: ReactNode
  className?: string
}

export interface NumberedItemsProps {
  /** One list of a document (存在问题, 整改情况…), each item by its own number: （1）, （2）… */
  items: readonly string[]
  /** Per item, by position: what it adds to its text. */
  extras?: readonly (ItemExtras | undefined)[]
  /** Terms to mark in every item (the search terms), unless the item gives its own. */
  terms?: readonly string[]
  /** Said when the list has no item. */
  empty: string
}

const NO_TERMS: readonly string[] = []
const NO_EXTRAS: readonly (ItemExtras | undefined)[] = []

/** A list of report items, numbered as the document numbers them, rendered as text. */
export function NumberedItems({ items, extras = NO_EXTRAS, terms = NO_TERMS, empty }: NumberedItemsProps) {
  const t = useMessages()
  if (items.length === 0) return <p className="empty-slot">{empty}</p>
  return (
    <ol className="numbered-items">
      {items.map((text, i) => {
        const extra = extras[i]
        return (
          <li key={i} className={extra?.className}>
            <span className="item-n">{t.drawer.itemNumber(i + 1)}</span>
            <span lang="zh-CN">
              <Highlighted text={text} terms={extra?.terms ?? terms} />
            </span>
            {extra?.after}
          </li>
        )
      })}
    </ol>
  )
}
