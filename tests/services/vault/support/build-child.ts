// Bundles the saver child with rolldown so it runs under plain node (and under strace / fiu-run).
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { rolldown } from 'rolldown';

const OUT_DIR = resolve('node_modules/.cache/icpc-vault-tests');

export async function buildSaver(): Promise<string> {
  mkdirSync(OUT_DIR, { recursive: true });
  const file = join(OUT_DIR, `saver-${process.pid}.mjs`);
  const bundle = await rolldown({
    input: resolve('tests/services/vault/support/saver.ts'),
    platform: 'node',
    external: [/^node:/, 'lowdb', 'zod'],
  });
  await bundle.write({ file, format: 'esm' });
  await bundle.close();
  return file;
}
