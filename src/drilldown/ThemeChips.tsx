import { type ThemeId, themeMatches } from '../domain/problem-themes.ts'
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
  const matches = themeMatches(item)
  return (
    <ul className="theme-chips" aria-label="问题主题">
      {matches.map(({ theme, keywords }) => {
        const isActive = active.includes(theme.id)
        const why = keywords.length === 0 ? theme.description : `${theme.description}（关键词：${keywords.join('、')}）`
        return (
          <li key={theme.id} className={isActive ? 'theme-chip is-active' : 'theme-chip'} title={why}>
            {theme.label}
            {isActive && <span className="themes-hidden">（筛选中）</span>}
          </li>
        )
      })}
    </ul>
  )
}
