import { useSyncExternalStore } from 'react'
import { type ColorSchemeChoice, getChoice, setChoice, subscribeChoice } from './color-scheme.ts'

const serverChoice = (): ColorSchemeChoice => 'system'

/** The colour-scheme choice (system / light / dark) and its setter; remembered across visits. */
export function useColorScheme(): [ColorSchemeChoice, (choice: ColorSchemeChoice) => void] {
  const choice = useSyncExternalStore(subscribeChoice, getChoice, serverChoice)
  return [choice, setChoice]
}
