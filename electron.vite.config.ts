// Builds main (entries: Electron app, browser shell, CLI, bench; the CLI's light front is vite.cli.config.ts), the sandboxed preload (one CJS file) and the
// renderer (root renderer/). Rule source: docs/architecture.md §3.2.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const pkg = JSON.parse(readFileSync(resolve(__dirname, 'package.json'), 'utf8')) as {
  version: string;
};
const define = { __APP_VERSION__: JSON.stringify(pkg.version) };

export default defineConfig({
  main: {
    define,
    build: {
      outDir: 'out/main',
      // dependencies are external by default; the bench entry also loads these dev tools at run time.
      externalizeDeps: { include: ['playwright-core', '@playwright/test'] },
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          'web-shell': resolve(__dirname, 'electron/web-shell/index.ts'),
          cli: resolve(__dirname, 'electron/cli/index.ts'),
          // The full CLI as a function, which the light front (out/cli/icpc.cjs, vite.cli.config.ts) hands to.
          'cli-main': resolve(__dirname, 'electron/cli/main.ts'),
          bench: resolve(__dirname, 'tests/bench/run.ts'),
          // The document worker thread (electron/services/documents/worker/pool.ts finds it beside the entries).
          'doc-worker': resolve(__dirname, 'electron/services/documents/worker/doc-worker.ts'),
        },
        output: {
          // Zod-free modules `icpc --help` and `icpc due` need, kept out of the schema chunks (cli.help_ms).
          advancedChunks: {
            groups: [
              {
                name: 'cli-light',
                test: /shared[\\/](domain[\\/]config-defaults|list[\\/]sort-keys)/,
              },
            ],
          },
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can require only 'electron' and a few built-ins, so it is one CommonJS file.
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    define,
    plugins: [react()],
    resolve: {
      // The en-GB dictionary's .aff and .dic, imported as text by the spell-check worker (the package exports
      // only its Node entry, which reads them with node:fs). docs/decisions/0014-offline-spell-check.md
      alias: { 'dictionary-en-gb-files': resolve(__dirname, 'node_modules/dictionary-en-gb') },
    },
    // Module workers (renderer/src/spell/spell.worker.ts), started with { type: 'module' }.
    worker: { format: 'es' },
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
      // Keep every asset a file so the CSP needs no 'data:' for scripts or styles.
      assetsInlineLimit: 0,
      // Minified: the first screen's script is parsed and run before anything shows (shell.start_ms).
      minify: true,
    },
  },
});
