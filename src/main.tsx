import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App.tsx'
import { followDocumentLocale } from './app/document-locale.ts'
import { useAppStore } from './store/app-store.ts'
import './app/app.css'

followDocumentLocale(useAppStore)

const root = document.getElementById('root')
if (root === null) throw new Error('index.html has no #root element')

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
