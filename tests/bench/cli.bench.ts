// cli.help_ms and cli.due_ms: wall time of `icpc --help` and `icpc due --strategy DATE`, each a new process of the
// built `icpc` command (bin/icpc.cjs, which starts the light front out/cli/icpc.cjs), median of 15. Every round
// runs each command once in turn, so a busy moment of the machine falls on all of them alike.
// Params, for scale:
// - node_start_ms: a bare `node -e 0` here, the floor; what is left above it is the CLI's own loading;
// - node_start_without_extra_ca_ms: the same without NODE_EXTRA_CA_CERTS, when it is set: Node then reads and
//   parses that certificate file before any script runs (about 40 ms for 150 certificates on this machine);
// - full_cli_ms: the same command through the full CLI's ES module entry (out/main/cli.js), as `icpc` ran it
//   before the light front.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

import type { Bench } from './figure';
import { median, round3 } from './figure';

const RUNS = 15;
const ROOT = join(import.meta.dirname, '..', '..');
const ICPC = join(ROOT, 'bin', 'icpc.cjs');
const FULL_CLI = join(import.meta.dirname, 'cli.js');
const DUE = ['due', '--strategy', '2025-12-10'];

type Run = { args: string[]; env?: NodeJS.ProcessEnv };

function timeRun({ args, env }: Run): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', env: env ?? process.env });
  const ms = performance.now() - t0;
  if (r.status !== 0) {
    throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  }
  return ms;
}

/** Medians of each run, taken in turns. */
function mediansInTurn(runs: Run[]): number[] {
  const times = runs.map((): number[] => []);
  for (let i = 0; i < RUNS; i += 1) {
    runs.forEach((run, j) => times[j]!.push(timeRun(run)));
  }
  return times.map((t) => round3(median(t)));
}

export const cliBench: Bench = {
  name: 'cli',
  run: (report) => {
    const { NODE_EXTRA_CA_CERTS: extraCa, ...withoutExtraCa } = process.env;
    const runs: Run[] = [
      { args: ['-e', '0'] },
      { args: [ICPC, '--help'] },
      { args: [ICPC, ...DUE] },
      { args: [FULL_CLI, '--help'] },
      { args: [FULL_CLI, ...DUE] },
      ...(extraCa === undefined ? [] : [{ args: ['-e', '0'], env: withoutExtraCa }]),
    ];
    const [nodeStart, help, due, fullHelp, fullDue, nodeWithoutCa] = mediansInTurn(runs);
    const params = {
      runs: RUNS,
      entry: 'bin/icpc.cjs',
      node_start_ms: nodeStart!,
      node_version: process.version,
      ...(nodeWithoutCa === undefined ? {} : { node_start_without_extra_ca_ms: nodeWithoutCa }),
    };
    report({
      name: 'cli.help_ms',
      value: help!,
      unit: 'ms',
      params: { ...params, args: '--help', full_cli_ms: fullHelp! },
    });
    report({
      name: 'cli.due_ms',
      value: due!,
      unit: 'ms',
      params: { ...params, args: DUE.join(' '), full_cli_ms: fullDue! },
    });
    return Promise.resolve();
  },
};
