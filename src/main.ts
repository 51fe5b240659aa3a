import { afterFirstPaint } from './boot/after-first-paint.ts'
import { nextTask } from './ui/when-idle.ts'
// Applies the reader's stored light or dark choice on import, so the boot screen is painted in it.
import './app/color-scheme.ts'
import './app/app.css'

afterFirstPaint(() => {
  void import('./boot/framework.ts')
    .then(nextTask)
    .then(() => import('./app/start.tsx'))
})
