import { useId } from 'react'
import { useMessages } from '../store/use-messages.ts'
import { COLOR_SCHEME_CHOICES } from './color-scheme.ts'
import { useColorScheme } from './use-color-scheme.ts'

/** System / light / dark, as one radio group; remembered in localStorage, the charts follow it. */
export function ThemeToggle() {
  const [choice, setChoice] = useColorScheme()
  const name = useId()
  const t = useMessages()
  return (
    <fieldset className="theme-toggle">
      <legend>{t.colorScheme.legend}</legend>
      {COLOR_SCHEME_CHOICES.map((value) => (
        <label key={value}>
          <input
            type="radio"
            name={name}
            value={value}
            checked={choice === value}
            onChange={() => setChoice(value)}
          />
          <span>{t.colorScheme[value]}</span>
        </label>
      ))}
    </fieldset>
  )
}
