import { useId } from 'react'
import { COLOR_SCHEME_CHOICES, type ColorSchemeChoice } from './color-scheme.ts'
import { useColorScheme } from './use-color-scheme.ts'

const LABELS: Readonly<Record<ColorSchemeChoice, string>> = {
  system: '跟随系统',
  light: '浅色',
  dark: '深色',
}

/** System / light / dark, as one radio group; remembered in localStorage, the charts follow it. */
export function ThemeToggle() {
  const [choice, setChoice] = useColorScheme()
  const name = useId()
  return (
    <fieldset className="theme-toggle">
      <legend>配色</legend>
      {COLOR_SCHEME_CHOICES.map((value) => (
        <label key={value}>
          <input
            type="radio"
            name={name}
            value={value}
            checked={choice === value}
            onChange={() => setChoice(value)}
          />
          <span>{LABELS[value]}</span>
        </label>
      ))}
    </fieldset>
  )
}
