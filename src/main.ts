import { afterFirstPaint } from './boot/after-first-paint.ts'
import { nextTask } from './ui/when-idle.ts'
import './app/app.css'

afterFirstPaint(() => {
  void import('./boot/framework.ts')
    .then(nextTask)
    .then(() => import('./app/start.tsx'))
})
