// The architecture's layers as rules (DESIGN.md): core is pure, store sits on core, map and ui read
// the store, and nothing imports in a circle. `npm run layers` checks them; CI runs it.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import circle makes load order matter and the modules impossible to use apart.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-is-pure',
      severity: 'error',
      comment: 'src/core runs in Node (CLI, tests, benchmarks): no store, app, map, ui, DOM frameworks or Leaflet.',
      from: { path: '^src/core/' },
      to: { path: ['^src/(store|app|map|ui|i18n)/', '^src/main', 'node_modules/(leaflet|preact|zustand|@preact)/'] },
    },
    {
      name: 'store-below-ui',
      severity: 'error',
      comment: 'The store is UI state: it knows nothing of the app wiring, the map or the components.',
      from: { path: '^src/store/' },
      to: { path: ['^src/(app|map|ui)/', '^src/main', 'node_modules/(leaflet|preact|@preact)/'] },
    },
    {
      name: 'map-not-ui',
      severity: 'error',
      comment: 'Map layers read the store; they never reach into Preact components.',
      from: { path: '^src/map/' },
      to: { path: ['^src/ui/', 'node_modules/(preact|@preact)/'] },
    },
    {
      name: 'marks-are-neutral',
      severity: 'error',
      comment: 'Mark glyphs, shapes and colours are shared by the map and the panels: they stand on core alone.',
      from: { path: '^src/marks/' },
      to: { path: ['^src/(store|app|map|ui|i18n)/', '^src/main', 'node_modules/(leaflet|preact|zustand|@preact)/'] },
    },
    {
      name: 'ui-not-map',
      severity: 'error',
      comment: 'Components mount maps through two entry points (map-view; compare-map, the compare view\'s second map); none reaches into Leaflet layers.',
      from: { path: '^src/ui/' },
      to: { path: '^src/map/', pathNot: '^src/map/(map-view|compare-map)\\.ts$' },
    },
    {
      name: 'cli-on-core',
      severity: 'error',
      comment: 'The command-line tools run in Node on the core alone.',
      from: { path: '^src/cli/' },
      to: { path: ['^src/(store|app|map|ui)/', 'node_modules/(leaflet|preact|zustand|@preact)/'] },
    },
    {
      name: 'not-to-tests',
      severity: 'error',
      comment: 'Shipped code never imports test helpers.',
      from: { path: '^src/' },
      to: { path: '^tests/' },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
