// @ts-check
/**
 * Lint that keeps the structure: the typed rules that catch promise and type mistakes, no import
 * cycles, and the layer rules of ../shared/architecture.md (pure domain folders never reach for
 * pages, components, layouts or Astro's runtime; the CMS never reaches for the site's routes).
 * Dead exports and files are knip's job (knip.json); `npm run check` runs both.
 */
import eslintPluginAstro from 'eslint-plugin-astro';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/** The pure TypeScript folders: testable without a build, they know no rendering. */
export const DOMAIN_FOLDERS = ['collections', 'permalinks', 'legal', 'search', 'calendar', 'i18n', 'site', 'build', 'schemas', 'reach'];

/** What the domain folders may never import (paths relative to the repository). */
const RENDERING = ['./src/pages', './src/components', './src/layouts', './src/middleware.ts'];

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test/.tmp/', 'admin/dist/'] },
  ...tseslint.configs.recommended,
  ...eslintPluginAstro.configs.recommended,
  {
    // One root for every parser, .astro files' TypeScript included (no guessing between folders).
    languageOptions: { parserOptions: { tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // Type-aware rules for TypeScript, a chosen subset: the whole recommendedTypeChecked set would
  // mostly add no-unsafe-* findings on the `any` that test helpers and Decap's untyped API return.
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true } },
    rules: {
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/only-throw-error': 'error',
    },
  },
  // Imports: cycles anywhere (.astro files are read with Astro's own parser), and the layers.
  {
    files: ['**/*.{ts,mjs,js,astro}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.mjs', '.js', '.astro', '.json'] })],
      'import-x/parsers': { 'astro-eslint-parser': ['.astro'], '@typescript-eslint/parser': ['.ts'] },
      'import-x/extensions': ['.ts', '.mjs', '.js', '.astro'],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: import.meta.dirname,
          zones: [
            ...DOMAIN_FOLDERS.map((folder) => ({
              target: `./src/${folder}`,
              from: RENDERING.filter((path) => path !== './src/components'),
              message: 'Domain modules know no rendering: pass data to pages and components instead (../shared/architecture.md).',
            })),
            // The author components' registry is pure TypeScript (names, props schemas, CMS syntax): the content check reads it.
            ...DOMAIN_FOLDERS.map((folder) => ({
              target: `./src/${folder}`,
              from: './src/components',
              except: ['./author/index.ts'],
              message: 'Domain modules know no rendering: pass data to pages and components instead (../shared/architecture.md).',
            })),
            ...DOMAIN_FOLDERS.filter((folder) => folder !== 'build').map((folder) => ({
              target: `./src/${folder}`,
              from: './src/build/integrations',
              message: 'Integrations are build hooks that call the domain modules, never the other way round.',
            })),
            {
              target: './src/schemas',
              from: './src',
              except: ['./schemas', './legal/number.ts', './i18n'],
              message: 'Schemas read only other schemas, legal-number parsing and the languages and their labels (src/i18n).',
            },
            {
              target: './admin',
              from: './src/pages',
              message: 'The CMS knows the schemas and languages, not the site routes (../shared/architecture.md).',
            },
          ],
        },
      ],
    },
  },
  // Astro's runtime modules (astro:content, astro:middleware…) exist only inside a build or the dev
  // server. Only src/site/data.ts, the one loader of the collections, may read them.
  {
    files: DOMAIN_FOLDERS.map((folder) => `src/${folder}/**/*.ts`),
    ignores: ['src/site/data.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^astro:', message: 'Domain modules stay testable without a build: take the data as an argument.' }] },
      ],
    },
  },
);
