import { useState } from 'react'
import { readDecimal } from '../domain/format.ts'
import type { NumberRange } from '../domain/view.ts'
import type { Messages } from '../i18n/messages.ts'
import { useAppStore } from '../store/app-store.ts'
import { useMessages } from '../store/use-messages.ts'
import './table.css'

interface RangeInputsProps {
  legend: string
  /** The unit as it follows the legend, "（万元）", or ''. */
  unit: string
  range: NumberRange
  onChange: (range: NumberRange) => void
  t: Messages
}

const show = (n: number | null): string => (n === null ? '' : String(n))

/** Keeps what the user types; only a valid number (or nothing) reaches the store. */
function BoundInput({
  label,
  placeholder,
  value,
  onCommit,
}: {
  label: string
  placeholder: string
  value: number | null
  onCommit: (n: number | null) => void
}) {
  const [text, setText] = useState(show(value))
  const [shown, setShown] = useState(value)
  if (shown !== value) {
    // The store changed from elsewhere (URL, chip "×"): show it, unless the text already says so ("1." for 1).
    setShown(value)
    if (readDecimal(text) !== value) setText(show(value))
  }
  return (
    <input
      type="text"
      inputMode="decimal"
      aria-label={label}
      placeholder={placeholder}
      value={text}
      aria-invalid={text.trim() !== '' && readDecimal(text) === null}
      onChange={(event) => {
        setText(event.target.value)
        const typed = event.target.value
        if (typed.trim() === '') onCommit(null)
        else if (readDecimal(typed) !== null) onCommit(readDecimal(typed))
      }}
    />
  )
}

function RangeInputs({ legend, unit, range, onChange, t }: RangeInputsProps) {
  return (
    <fieldset className="range-inputs">
      <legend>
        {legend}
        {unit !== '' && <span className="muted">{unit}</span>}
      </legend>
      <BoundInput
        label={t.ranges.min(legend)}
        placeholder={t.ranges.minPlaceholder}
        value={range.min}
        onCommit={(min) => onChange({ ...range, min })}
      />
      <span aria-hidden="true">–</span>
      <BoundInput
        label={t.ranges.max(legend)}
        placeholder={t.ranges.maxPlaceholder}
        value={range.max}
        onCommit={(max) => onChange({ ...range, max })}
      />
    </fieldset>
  )
}

/** Amount and score ranges by keyboard: the same filter the scatter's brush draws with the mouse. */
export function RangeFilters() {
  const amount = useAppStore((s) => s.filters.amount)
  const score = useAppStore((s) => s.filters.score)
  const setAmountRange = useAppStore((s) => s.setAmountRange)
  const setScoreRange = useAppStore((s) => s.setScoreRange)
  const t = useMessages()
  return (
    <div className="range-filters">
      <RangeInputs legend={t.ranges.amount} unit={t.ranges.amountUnit} range={amount} onChange={setAmountRange} t={t} />
      <RangeInputs legend={t.ranges.score} unit="" range={score} onChange={setScoreRange} t={t} />
    </div>
  )
}
