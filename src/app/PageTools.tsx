import { CopyLinkButton } from './CopyLinkButton.tsx'
import { LanguageSwitch } from './LanguageSwitch.tsx'
import { PrintMemoButton } from './PrintMemoButton.tsx'
import { ThemeToggle } from './ThemeToggle.tsx'

export interface PageToolsProps {
  /** The open project's name, or null. */
  projectName?: string | null
}

/** The page's own controls, top right: language, colour scheme, the page's link and the printable memo. Hidden in print. */
export function PageTools({ projectName = null }: PageToolsProps) {
  return (
    <div className="page-tools">
      <LanguageSwitch />
      <ThemeToggle />
      <CopyLinkButton />
      <PrintMemoButton projectName={projectName} />
    </div>
  )
}
