// Lint: type-aware rules, boundary zones between the folders (docs/architecture.md §3.3), React + a11y, file size budget.
import js from '@eslint/js';
import importPlugin from 'eslint-plugin-import';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'crypto',
  'os',
  'child_process',
  'http',
  'util',
  'stream',
];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
      'node_modules/**',
      '.tmp/**',
      '*.d.mts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    plugins: { import: importPlugin },
    settings: {
      // Imports are relative and extensionless (moduleResolution bundler); the Node resolver finds them.
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.mjs', '.js'] } },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-ignore': 'allow-with-description' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      eqeqeq: 'error',
      curly: ['error', 'all'],
      'no-console': 'error',
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
      'import/no-cycle': 'error',
      'import/no-default-export': 'error',
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './shared',
              from: ['./electron', './renderer'],
              message:
                'shared/ is pure: it may not import from electron/ or renderer/ (docs/architecture.md §3.3).',
            },
            {
              target: ['./electron/services', './electron/web-shell', './electron/cli'],
              from: ['./electron/main', './electron/preload', './renderer'],
              message:
                'Services, the browser shell and the CLI run without Electron: import services or shared only.',
            },
            {
              target: './electron/main',
              from: ['./electron/preload', './renderer'],
              message: 'Main talks to the renderer over the contract, never by import.',
            },
            {
              target: './renderer',
              from: ['./electron'],
              message:
                'The renderer reaches main only through api/client.ts and the shared contract.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'electron',
                'react',
                'react-dom',
                'lowdb',
                'docx',
                'pdfmake',
                ...NODE_BUILTINS,
              ],
              message: 'shared/ is pure TypeScript that runs anywhere (docs/architecture.md §3.3).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/services/**/*.ts', 'electron/web-shell/**/*.ts', 'electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'Services run outside Electron too; put Electron code in electron/main.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!electron$|\\.\\./\\.\\./shared/ipc/(channels|bridge)$).*',
              message:
                'The sandboxed preload imports only electron and shared/ipc/channels (types: bridge).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { react, 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    settings: { react: { version: 'detect' } },
    rules: {
      ...react.configs.recommended.rules,
      ...react.configs['jsx-runtime'].rules,
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.configs.strict.rules,
      'react/prop-types': 'off',
    },
  },
  {
    files: ['electron/cli/**/*.ts', 'tests/**/*.ts', 'scripts/**/*.mjs'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['*.config.ts', '*.config.mjs', 'eslint.config.mjs', 'playwright.config.ts'],
    rules: { 'import/no-default-export': 'off' },
  },
  {
    files: ['**/*.mjs', 'bin/**/*.js', 'bin/**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // The `icpc` command is CommonJS so that Node starts it without its ES module loader (cli.help_ms).
    files: ['bin/**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      'max-lines': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-empty-pattern': 'off',
    },
  },
);
