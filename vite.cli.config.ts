// Builds the `icpc` command's light front (electron/cli/front.ts) as one CommonJS file, out/cli/icpc.cjs, after the
// main build (npm run build). Node starts a CommonJS file without its ES module loader, which saves about 20 ms
// of `icpc --help` here (cli.help_ms). Every import() inside a command's run is left out: the front hands those
// commands to the full CLI of the main build, so the one module they resolve to here throws if it is ever run.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { defineConfig } from 'vite';
import type { Plugin } from 'vite';

const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8')) as {
  version: string;
};

const NOT_IN_FRONT = '\0icpc-front-not-here';

function leaveOutLoadedCode(): Plugin {
  return {
    name: 'icpc-front-leave-out-loaded-code',
    resolveDynamicImport(specifier) {
      // A string is a module the bundler would follow (Node's own modules stay); an expression (the hand-over to
      // the full CLI) stays too.
      return typeof specifier === 'string' && !specifier.startsWith('node:') ? NOT_IN_FRONT : null;
    },
    load(id) {
      return id === NOT_IN_FRONT
        ? "throw new Error('This command runs in the full CLI (out/main/cli-main.js), not the light front.');"
        : null;
    },
  };
}

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  plugins: [leaveOutLoadedCode()],
  build: {
    ssr: resolve(import.meta.dirname, 'electron/cli/front.ts'),
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: {
      output: { format: 'cjs', entryFileNames: 'icpc.cjs', chunkFileNames: '[name].cjs' },
    },
  },
});
