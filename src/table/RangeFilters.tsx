import { useId, useState } from 'react'
import {
  appliedBound,
  parseAmountInput,
  parseCountInput,
  parseRateInput,
  parseScoreInput,
  type RangeInput,
} from '../domain/parse-range-input.ts'
import type { NumberRange } from '../domain/view.ts'
import type { Messages } from '../i18n/messages.ts'
import { useAppStore } from '../store/app-store.ts'
import { useMessages } from '../store/use-messages.ts'
import './table.css'

/** Why a box's text is not applied, in the interface language; null when it is. */
type Explain = (text: string, input: RangeInput) => string | null

interface RangeInputsProps {
  legend: string
  /** The unit as it follows the legend, "（万元）", or ''. */
  unit: string
  range: NumberRange
  onChange: (range: NumberRange) => void
  parse: (text: string) => RangeInput
  explain: Explain
  /** The keyboard a phone offers: numeric for whole numbers. */
  inputMode?: 'decimal' | 'numeric'
  /** Said under the boxes while a bound is set (what the range leaves out), or null. */
  hint?: string | null
  t: Messages
}

const show = (n: number | null): string => (n === null ? '' : String(n))

/**
 * Keeps what the user types and writes the store on every input: the bound it reads, or none when
 * the box is empty or cannot be read, which the box then says under it. Half-typed pinyin (an IME
 * composing 万元) is neither read nor explained until the composition ends.
 */
function BoundInput({
  label,
  placeholder,
  value,
  parse,
  explain,
  inputMode,
  describedBy,
  onCommit,
}: {
  label: string
  placeholder: string
  value: number | null
  parse: (text: string) => RangeInput
  explain: Explain
  inputMode: 'decimal' | 'numeric'
  /** The ids of the range's own messages (minimum above maximum, the hint), when they show. */
  describedBy: string | undefined
  onCommit: (n: number | null) => void
}) {
  const errorId = useId()
  const [text, setText] = useState(show(value))
  const [shown, setShown] = useState(value)
  const [composing, setComposing] = useState(false)
  if (shown !== value) {
    // The store changed from elsewhere (URL, chip "×"): show it, unless the text already says so ("1." or "0.1亿").
    setShown(value)
    if (appliedBound(parse(text)) !== value) setText(show(value))
  }
  const commit = (typed: string) => {
    const bound = appliedBound(parse(typed))
    if (bound !== value) onCommit(bound)
  }
  const error = composing ? null : explain(text, parse(text))
  const describedByIds = [error === null ? null : errorId, describedBy].filter((id) => id != null).join(' ')
  return (
    <>
      <input
        type="text"
        inputMode={inputMode}
        aria-label={label}
        placeholder={placeholder}
        value={text}
        aria-invalid={error !== null}
        aria-describedby={describedByIds === '' ? undefined : describedByIds}
        onChange={(event) => {
          setText(event.target.value)
          if (!composing) commit(event.target.value)
        }}
        onCompositionStart={() => setComposing(true)}
        onCompositionEnd={(event) => {
          setComposing(false)
          setText(event.currentTarget.value)
          commit(event.currentTarget.value)
        }}
      />
      {error !== null && (
        <p id={errorId} className="range-message">
          {error}
        </p>
      )}
    </>
  )
}

function RangeInputs({ legend, unit, range, onChange, parse, explain, inputMode = 'decimal', hint = null, t }: RangeInputsProps) {
  const crossedId = useId()
  const hintId = useId()
  // Kept as the filter has it (no project matches), but said rather than left an empty table.
  const crossed = range.min !== null && range.max !== null && range.min > range.max
  const hinted = hint !== null && (range.min !== null || range.max !== null)
  const describedBy = [crossed ? crossedId : null, hinted ? hintId : null].filter((id) => id !== null).join(' ') || undefined
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
        parse={parse}
        explain={explain}
        inputMode={inputMode}
        describedBy={describedBy}
        onCommit={(min) => onChange({ ...range, min })}
      />
      <span aria-hidden="true">–</span>
      <BoundInput
        label={t.ranges.max(legend)}
        placeholder={t.ranges.maxPlaceholder}
        value={range.max}
        parse={parse}
        explain={explain}
        inputMode={inputMode}
        describedBy={describedBy}
        onCommit={(max) => onChange({ ...range, max })}
      />
      {crossed && (
        <p id={crossedId} className="range-message">
          {t.ranges.minAboveMax}
        </p>
      )}
      {hinted && (
        <p id={hintId} className="range-hint">
          {hint}
        </p>
      )}
    </fieldset>
  )
}

/**
 * Amount and score ranges by keyboard (the same filter the scatter's brush draws with the mouse),
 * and the execution-rate and problem-count ranges.
 */
export function RangeFilters() {
  const amount = useAppStore((s) => s.filters.amount)
  const score = useAppStore((s) => s.filters.score)
  const rate = useAppStore((s) => s.filters.rate)
  const problems = useAppStore((s) => s.filters.problems)
  const setAmountRange = useAppStore((s) => s.setAmountRange)
  const setScoreRange = useAppStore((s) => s.setScoreRange)
  const setRateRange = useAppStore((s) => s.setRateRange)
  const setProblemRange = useAppStore((s) => s.setProblemRange)
  const t = useMessages()
  const m = t.moreFilters
  const explainAmount: Explain = (text, input) =>
    input.kind !== 'invalid'
      ? null
      : input.reason === 'negative'
        ? t.ranges.negativeAmount(text.trim())
        : t.ranges.unreadableAmount(text.trim())
  const explainScore: Explain = (text, input) =>
    input.kind !== 'invalid'
      ? null
      : input.reason === 'unreadable'
        ? t.ranges.unreadableScore(text.trim())
        : t.ranges.scoreOutOfRange(text.trim())
  const explainRate: Explain = (text, input) =>
    input.kind !== 'invalid' ? null : input.reason === 'negative' ? m.negativeRate(text.trim()) : m.unreadableRate(text.trim())
  const explainCount: Explain = (text, input) =>
    input.kind !== 'invalid'
      ? null
      : input.reason === 'negative'
        ? m.negativeCount(text.trim())
        : input.reason === 'not-whole'
          ? m.countNotWhole(text.trim())
          : m.unreadableCount(text.trim())
  return (
    <div className="range-filters">
      <RangeInputs
        legend={t.ranges.amount}
        unit={t.ranges.amountUnit}
        range={amount}
        onChange={setAmountRange}
        parse={parseAmountInput}
        explain={explainAmount}
        t={t}
      />
      <RangeInputs
        legend={t.ranges.score}
        unit=""
        range={score}
        onChange={setScoreRange}
        parse={parseScoreInput}
        explain={explainScore}
        t={t}
      />
      <RangeInputs
        legend={m.rate}
        unit={m.rateUnit}
        range={rate}
        onChange={setRateRange}
        parse={parseRateInput}
        explain={explainRate}
        hint={m.rateExcludesUndisclosed}
        t={t}
      />
      <RangeInputs
        legend={m.problems}
        unit=""
        range={problems}
        onChange={setProblemRange}
        parse={parseCountInput}
        explain={explainCount}
        inputMode="numeric"
        t={t}
      />
    </div>
  )
}
