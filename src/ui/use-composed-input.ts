import { type ChangeEvent, type CompositionEvent, type KeyboardEvent, useRef } from 'react'

/**
 * A text box that acts on what is typed, but not on half-typed pinyin: while an IME composes
 * (拼音 → 汉字) the box shows the draft and `commit` waits for compositionend. Escape with text
 * clears it, and only it: the event goes no further, so a drawer around it stays open.
 * Spread the result on the <input>.
 */
export function useComposedInput(draft: string, setDraft: (value: string) => void, commit: (value: string) => void) {
  const composing = useRef(false)
  return {
    value: draft,
    onChange(event: ChangeEvent<HTMLInputElement>) {
      setDraft(event.target.value)
      const native = event.nativeEvent as Partial<InputEvent>
      if (!composing.current && native.isComposing !== true) commit(event.target.value)
    },
    onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
      if (event.key !== 'Escape' || event.nativeEvent.isComposing || draft === '') return
      event.preventDefault()
      event.stopPropagation()
      setDraft('')
      commit('')
    },
    onCompositionStart() {
      composing.current = true
    },
    onCompositionEnd(event: CompositionEvent<HTMLInputElement>) {
      composing.current = false
      setDraft(event.currentTarget.value)
      commit(event.currentTarget.value)
    },
  }
}
