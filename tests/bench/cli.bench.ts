// cli.help_ms and cli.due_ms: wall time of `icpc --help` and `icpc due --strategy DATE`, each a new process of the
// built CLI (out/main/cli.js), median of 7. node_start_ms is a bare `node -e 0` on the same machine, for scale:
// what is left above it is the CLI's own loading.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

import type { Bench } from './figure';
import { median } from './figure';

const RUNS = 7;
const CLI = join(import.meta.dirname, 'cli.js');

function timeRun(args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (r.status !== 0) {
    throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  }
  return ms;
}

const medianOf = (args: string[]): number =>
  median(Array.from({ length: RUNS }, () => timeRun(args)));

export const cliBench: Bench = {
  name: 'cli',
  run: (report) => {
    const nodeStart = medianOf(['-e', '0']);
    const params = { runs: RUNS, node_start_ms: Math.round(nodeStart) };
    report({ name: 'cli.help_ms', value: medianOf([CLI, '--help']), unit: 'ms', params });
    report({
      name: 'cli.due_ms',
      value: medianOf([CLI, 'due', '--strategy', '2025-12-10']),
      unit: 'ms',
      params: { ...params, args: 'due --strategy 2025-12-10' },
    });
    return Promise.resolve();
  },
};
