import { type ThemeId, themeMatches } from '../domain/problem-themes.ts'
import { useMessages } from '../store/use-messages.ts'
import './themes.css'

export interface ThemeChipsProps {
  /** One 存在问题 item, as published. */
  item: string
  /** The store's filters.themes: chips of these themes are marked as the reason the project is shown. */
  active?: readonly ThemeId[]
}

const NONE: readonly ThemeId[] = []

/** The item's problem themes as small labels; hovering one names the keywords that gave it. */
export function ThemeChips({ item, active = NONE }: ThemeChipsProps) {
  const t = useMessages()
  const matches = themeMatches(item)
  return (
    <ul className="theme-chips" aria-label={t.drawer.themeChips}>
      {matches.map(({ theme, keywords }) => {
        const isActive = active.includes(theme.id)
        const { label, description } = t.themes[theme.id]
        const why = keywords.length === 0 ? description : t.drawer.keywords(description, keywords)
        return (
          <li key={theme.id} className={isActive ? 'theme-chip is-active' : 'theme-chip'} title={why}>
            {label}
            {isActive && <span className="themes-hidden">{t.drawer.filtering}</span>}
          </li>
        )
      })}
    </ul>
  )
}
