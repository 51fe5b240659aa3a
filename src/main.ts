import { applyChoice, readStoredChoice } from './app/color-scheme.ts'
import { afterFirstPaint } from './boot/after-first-paint.ts'
import { showBootFailure } from './boot/boot-dom.ts'
import { LANG_TAG } from './i18n/locale.ts'
import { initialLocale } from './store/locale-preference.ts'
import { nextTask } from './ui/when-idle.ts'
import './app/app.css'

// Before the boot screen is painted: its lines in the reader's language, and their light or dark choice.
document.documentElement.lang = LANG_TAG[initialLocale()]
applyChoice(readStoredChoice())

afterFirstPaint(() => {
  import('./boot/framework.ts')
    .then(nextTask)
    .then(() => import('./app/start.tsx'))
    .catch((error: unknown) => {
      showBootFailure()
      console.error(error)
    })
})
