/**
 * React DOM on its own: src/main.ts runs it in one task and the app in the next, so neither
 * evaluation is one long task (about 10 and 15 ms here; 4× that on a throttled phone).
 */
export { createRoot } from 'react-dom/client'
