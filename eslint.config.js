// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const MAPLIBRE_PATHS = [
  { name: 'maplibre-gl', message: 'Only src/map/ may import maplibre-gl.' },
  { name: 'react-map-gl/maplibre', message: 'Only src/map/ may import react-map-gl.' },
];
const MAPLIBRE_PATTERN = { group: ['maplibre-gl/*', 'react-map-gl', 'react-map-gl/*'], message: 'Only src/map/ may import MapLibre.' };

/**
 * Layers, lowest first (docs/ARCHITECTURE.md): a folder may import its own layer and those
 * below, never one above. Within the renderers' layer, the SVG map and the MapLibre map never
 * import each other (what both need lives in src/view/; the page chooses the renderer).
 */
const LAYERS = [['lib'], ['data'], ['i18n'], ['geo', 'partners'], ['state'], ['view'], ['embed', 'svg', 'map'], ['panels'], ['share'], ['pages']];
const SIBLING_BANS = {
  svg: { group: ['**/map/*', '../map'], message: 'The SVG map may not import the MapLibre map: share through src/view/.' },
  map: { group: ['**/svg/*', '../svg'], message: 'The MapLibre map may not import the SVG map: share through src/view/.' },
};
const folderPatterns = (folder) => [`**/${folder}/*`, `../${folder}`, `../../${folder}`];
const layerConfigs = LAYERS.flatMap((layer, i) => {
  const above = LAYERS.slice(i + 1).flat();
  return layer.map((folder) => ({
    files: [`src/${folder}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          // Only src/map/ may hold the MapLibre map object: everything else passes intent through the store.
          paths: folder === 'map' ? [] : MAPLIBRE_PATHS,
          patterns: [
            ...(folder === 'map' ? [] : [MAPLIBRE_PATTERN]),
            ...(above.length ? [{ group: above.flatMap(folderPatterns), message: `src/${folder} may not import a higher layer (${above.join(', ')}); see docs/ARCHITECTURE.md.` }] : []),
            ...(SIBLING_BANS[folder] ? [SIBLING_BANS[folder]] : []),
          ],
        },
      ],
    },
  }));
});

/**
 * scripts/ run in Node at build and bench time: they may import the shared vocabulary, types and
 * pure helpers (src/lib/, src/data/), never the UI. One exception, for the bench only: the app's
 * own partner ranking, through the public entry of src/partners/ (index.ts), so the bench walks
 * the suggestions a reader sees rather than a copy of the rule.
 */
const UI_FOLDERS = LAYERS.flat().filter((folder) => folder !== 'lib' && folder !== 'data');
const scriptsBan = (allowPartnersEntry) => ({
  group: [...UI_FOLDERS.map((folder) => `**/src/${folder}/**`), '**/src/main', '**/src/main.*', ...(allowPartnersEntry ? ['!**/src/partners/index.ts'] : [])],
  message: allowPartnersEntry
    ? 'The bench may import src/lib/, src/data/ and src/partners/index.ts only; see docs/ARCHITECTURE.md.'
    : 'scripts/ may import src/lib/ and src/data/ only (the shared vocabulary and types), never the UI; see docs/ARCHITECTURE.md.',
});
const scriptsConfigs = [
  {
    files: ['scripts/**/*.ts'],
    // The link-preview cards are the download figure drawn at build time: those two modules render
    // the app's own figure (src/svg, src/geo) on purpose, so a card never drifts from the download.
    ignores: ['scripts/lib/bench/**', 'scripts/lib/hosting/previews.ts', 'scripts/lib/hosting/preview-views.tsx'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [scriptsBan(false)] }] },
  },
  {
    files: ['scripts/lib/bench/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [scriptsBan(true)] }] },
  },
];

export default tseslint.config(
  { ignores: ['dist/', 'build/', 'node_modules/', 'bench/', 'coverage/', 'public/**/*.js', 'data/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
      'no-console': 'off',
    },
  },
  {
    // The entry point (src/main.tsx) is in no layer; it may not reach MapLibre either.
    files: ['src/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { paths: MAPLIBRE_PATHS, patterns: [MAPLIBRE_PATTERN] }] },
  },
  {
    // MapLibre reaches the page only through a dynamic import(), so it lands in its own chunk.
    files: ['src/pages/**/*.{ts,tsx}', 'src/main.tsx', 'src/embed/**/*.{ts,tsx}', 'src/share/**/*.{ts,tsx}', 'src/svg/**/*.{ts,tsx}', 'src/view/**/*.{ts,tsx}', 'src/panels/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/map/*', '!**/map/WebGLMap'],
              message: 'Reach src/map/ only through the dynamic import in src/pages/use-renderer-upgrade.ts.',
            },
            { group: ['**/map/WebGLMap'], allowTypeImports: true, message: 'Import the WebGL map with import(), not statically.' },
          ],
        },
      ],
    },
  },
  ...layerConfigs,
  ...scriptsConfigs,
  {
    // The browser driver is the only file that talks to playwright-core.
    files: ['tests/**/*.ts', 'scripts/**/*.ts'],
    ignores: ['tests/browser/driver.ts', 'scripts/bench.ts', 'scripts/screenshot.ts', 'scripts/lib/bench/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'playwright-core', message: 'Import the browser through tests/browser/driver.ts.' }] }],
    },
  },
);
