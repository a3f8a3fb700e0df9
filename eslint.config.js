import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'net', 'url', 'util', 'stream'];
const noElectron = { group: ['electron', 'electron/*'], message: 'Core, host and CLI run without Electron: never import it here.' };
const noRenderer = {
  group: ['**/renderer/**'],
  message: 'The main process never imports the renderer: take what both need (e.g. Dutch labels) from shared/, as shared/format/domainLabels.ts.',
};

/**
 * Besides the usual rules, this file keeps the rooms of ARCHITECTURE.md honest:
 * shared/ imports nothing from Node, Electron, the DOM or the other folders; renderer/ never
 * imports electron/ and electron/ never imports renderer/; electron/core, the host and the CLI
 * (electron/cli.ts and electron/cli/**) never import electron; handlers and reports write no SQL
 * (electron/core/data owns it). Each later block for electron/ files repeats noRenderer: a block's
 * no-restricted-imports replaces an earlier block's for the same file, it does not add to it.
 */
export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.js', 'scripts/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Handlers and services are async on purpose although the SQLite driver is synchronous, so a
      // server database can later sit behind the same interfaces (ARCHITECTURE.md).
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ...jsxA11y.flatConfigs.recommended,
    languageOptions: { ...jsxA11y.flatConfigs.recommended.languageOptions, globals: { ...globals.browser } },
  },
  { files: ['renderer/**/*.{ts,tsx}'], ...reactHooks.configs.flat['recommended-latest'] },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeBuiltins, message: 'shared/ runs everywhere: no Node built-ins.' },
            { group: ['electron', 'electron/*'], message: 'shared/ must not import Electron.' },
            { group: ['**/electron/**', '**/renderer/**', '**/test/**'], message: 'shared/ imports nothing from the other folders.' },
            { group: ['react', 'react-dom', 'react-*'], message: 'shared/ has no UI.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'process'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/electron/**', 'electron', 'electron/*'], message: 'The renderer talks to the host only through the api object.' },
            { group: nodeBuiltins, message: 'The renderer runs in a sandbox: no Node built-ins.' },
          ],
        },
      ],
    },
  },
  {
    // One way to build a table and a query (issue #7 item 9): Utrecht's table parts only inside
    // components/DataTable.tsx (and VirtualRows.tsx, its body for long lists), and react-query keys only from api/queryKeys.ts, where each key's
    // family says what an invalidation refreshes.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/src/components/DataTable.tsx', 'renderer/src/components/VirtualRows.tsx', 'renderer/src/api/queryKeys.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value='@utrecht/component-library-react'] > ImportSpecifier[imported.name=/^Table/]",
          message: 'Build tables with components/DataTable (caption, alignment, sort, empty state).',
        },
        {
          selector: "Property[key.name='queryKey'] > ArrayExpression",
          message: 'Take the key from api/queryKeys.ts, so one invalidation refreshes what it should.',
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noRenderer] }],
    },
  },
  {
    files: ['electron/core/**/*.ts', 'electron/host/**/*.ts', 'electron/cli.ts', 'electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noElectron, noRenderer] }],
    },
  },
  {
    // electron/core/data owns SQL: handlers describe a channel, reports compute figures, the CLI
    // parses and prints, and all call read*/list*/save*… functions of data/ (or store/ for opening
    // and verifying the file), never the driver (ARCHITECTURE.md, data/README.md).
    files: ['electron/core/handlers/**/*.ts', 'electron/core/reports/**/*.ts', 'electron/cli.ts', 'electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'better-sqlite3-multiple-ciphers', message: 'No SQL here: the driver belongs to electron/core/store and electron/core/data.' }],
          patterns: [noElectron, noRenderer],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.type='MemberExpression'][callee.property.name=/^(prepare|exec|pragma|transaction)$/]",
          message: 'No SQL here: add a read*/list* or save*/remove* function to electron/core/data and call that.',
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts', '*.config.ts'],
    rules: {
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-empty-pattern': 'off',
    },
  },
  { files: ['eslint.config.js', 'scripts/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
