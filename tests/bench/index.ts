// Every bench module, in the order `npm run bench` runs them. Add one: a file here exporting a Bench, one line below.
import { cliBench } from './cli.bench';
import { docsBench } from './docs.bench';
import { exchangeBench } from './exchange.bench';
import type { Bench } from './figure';
import { listBench } from './list.bench';
import { movesBench } from './moves.bench';
import { shellBench } from './shell.bench';
import { uiBench } from './ui.bench';
import { signoffBench } from './signoff.bench';
import { signoffWaitBench } from './signoff-wait.bench';
import { spellBench } from './spell.bench';
import { stepChangeBench } from './step-change.bench';
import { vaultBench } from './vault.bench';

export const BENCHES: Bench[] = [
  shellBench,
  cliBench,
  vaultBench,
  docsBench,
  signoffBench,
  signoffWaitBench,
  uiBench,
  stepChangeBench,
  movesBench,
  listBench,
  exchangeBench,
  spellBench,
];
