/**
 * The layer rules, checked by `npm run lint` (the folders' README.md files, e.g.
 * src/charts/README.md, say what each folder holds):
 *
 *   domain ← ingest ← store ← charts, table, compare, drilldown, import … ← app
 *   domain ← i18n (the interface text, plain TypeScript) ← store, ui, charts, table … ← app
 *   domain ← ui (small shared components) ← charts, table, drilldown, import, export, app
 *   ingest ← generate ← cli   (cli and generate are Node-side shells over the pure layers)
 *   domain, ingest, i18n ← boot (index.html's boot screen, written at build time in Node; React DOM's chunk) ← app
 *
 * Type-only imports count (tsPreCompilationDeps): a type pulled against the arrows is still a
 * dependency against the arrows.
 *
 * dependency-cruiser 17 parses TypeScript with the `typescript` package's JS API, which
 * TypeScript 7 no longer has: with TS 7 installed it silently cruises 0 modules and "passes".
 * Hence the pin to TypeScript 6.0.x and the guard below, which fails the lint instead.
 */

const typescriptVersion = (() => {
  try {
    return require('typescript/package.json').version
  } catch {
    return null
  }
})()
if (typescriptVersion === null || Number(typescriptVersion.split('.')[0]) >= 7) {
  throw new Error(
    `dependency-cruiser 17 cannot parse TypeScript with typescript@${typescriptVersion ?? '(missing)'}; ` +
      'it would cruise 0 modules and pass. Keep the typescript devDependency on ~6.0.3.',
  )
}

/** A rule forbidding `layer` to import any src/ module outside `allowed` (and itself). */
function onlyImports(layer, allowed) {
  const ok = [layer, ...allowed].join('|')
  return {
    name: `${layer}-imports-only-${allowed.length > 0 ? allowed.join('-') : 'itself'}`,
    comment: `src/${layer} may import only ${allowed.length > 0 ? allowed.map((l) => `src/${l}`).join(', ') : 'itself'}.`,
    severity: 'error',
    from: { path: `^src/${layer}/` },
    to: { path: '^src/', pathNot: `^src/(${ok})/` },
  }
}

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No import cycles, type-only ones included.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    onlyImports('domain', []),
    onlyImports('ingest', ['domain']),
    onlyImports('generate', ['domain', 'ingest']),
    onlyImports('cli', ['domain', 'ingest', 'generate']),
    onlyImports('i18n', ['domain']),
    onlyImports('store', ['domain', 'ingest', 'i18n']),
    onlyImports('ui', ['domain', 'i18n']),
    onlyImports('charts', ['domain', 'ingest', 'i18n', 'store', 'ui']),
    onlyImports('table', ['domain', 'ingest', 'i18n', 'store', 'ui']),
    onlyImports('compare', ['domain', 'ingest', 'i18n', 'store', 'ui']),
    onlyImports('drilldown', ['domain', 'ingest', 'i18n', 'store', 'ui']),
    onlyImports('import', ['domain', 'ingest', 'i18n', 'store', 'ui']),
    onlyImports('export', ['domain', 'ingest', 'i18n', 'ui']),
    onlyImports('boot', ['domain', 'ingest', 'i18n']),
    {
      name: 'pure-layers-no-ui-libraries',
      comment: 'domain, ingest, i18n, generate, cli and the boot screen run in Node: no React, ECharts, zustand or TanStack.',
      severity: 'error',
      from: { path: '^src/(domain|ingest|i18n|generate|cli)/|^src/boot/boot-screen' },
      to: { path: '(^|/)node_modules/(react|react-dom|echarts|zrender|zustand|@tanstack/[^/]+)/' },
    },
    {
      name: 'src-not-to-tests',
      comment: 'Application code never imports test code.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^tests/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
}
