// Truncation is damage (docs/vault.md, "Unfinished save or damage"; docs/reliability.md §3.3, §3.4): a real vault
// with documents, a compaction and later commits is cut at 50 offsets and has bits flipped in each region. Every case
// exits 5 or warns through the CLI, none opens as whole, `verify` agrees, and no command rewrites the file.
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { beforeAll, afterAll, describe, expect, it } from 'vitest';

import { INDEX_ITEM_BYTES } from '../../../electron/services/vault/blob-index';
import { commitSpan, parseHeader } from '../../../electron/services/vault/format';
import { STATE_FILE } from '../../../electron/services/vault/state-file';
import { VAULT_FILE } from '../../../electron/services/vault/vault';
import { EXIT, vaultCli } from '../../support/cli-harness';

import { PASS, tempDir, testVault } from './helpers';

let dir: string;
let cleanup: () => Promise<void>;
const cli = vaultCli({ dataDir: () => dir });

type Built = {
  bytes: Buffer;
  /** vault-state.json after the last lock, and after the lock before the last commit. */
  state: string;
  stateBeforeLast: string;
  regions: Record<string, [number, number]>;
};
let built: Built;

const vaultPath = (): string => join(dir, VAULT_FILE);
const size = async (): Promise<number> => (await stat(vaultPath())).size;

async function build(): Promise<Built> {
  const v = testVault(dir);
  await v.create(PASS);
  // The records are stand-ins in a collection unlock-check does not read as conferences: it names conference
  // records that fail their check (docs/vault.md, "Records that cannot be read"), and this table is about the file.
  for (const id of ['conf-a', 'conf-b', 'conf-c']) {
    await v.put('exchange', id, { id, summary: `Fictional summary for ${id}`, version: 1 });
    await v.putDocument(`${id}.v1.0.pdf`, {
      mediaType: 'application/pdf',
      meta: { type: 'signed-file', conferenceId: id },
      bytes: Buffer.alloc(3000 + id.length * 100, id),
    });
  }
  await v.compact();
  await v.put('exchange', 'conf-a', { id: 'conf-a', version: 2 });
  await v.put('exchange', 'conf-b', { id: 'conf-b', version: 2 });
  await v.close();
  const stateBeforeLast = await readFile(join(dir, STATE_FILE), 'utf8');
  const lastStart = await size();
  const w = testVault(dir);
  await w.unlock(PASS);
  await w.put('exchange', 'conf-c', { id: 'conf-c', version: 2 });
  await w.close();
  const bytes = await readFile(vaultPath());
  const h = parseHeader(bytes, bytes.length);
  const at = h.header.blobIndex!;
  const indexEnd = at.offset + commitSpan([at.count * INDEX_ITEM_BYTES]);
  const baseEnd = h.end + h.header.base!.bytes;
  return {
    bytes,
    state: await readFile(join(dir, STATE_FILE), 'utf8'),
    stateBeforeLast,
    regions: {
      header: [0, h.end],
      'document bytes': [h.end, at.offset],
      index: [at.offset, indexEnd],
      'records commit': [indexEnd, baseEnd],
      'journal tail': [baseEnd, lastStart],
      'last commit': [lastStart, bytes.length],
    },
  };
}

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  built = await build();
});
afterAll(() => cleanup());

/** Runs unlock-check, list and verify on `bytes`; returns their exit codes and whether they warned. */
async function tryCli(bytes: Buffer, state: string | null) {
  await writeFile(vaultPath(), bytes);
  if (state === null) {
    await rm(join(dir, STATE_FILE), { force: true });
  } else {
    await writeFile(join(dir, STATE_FILE), state);
  }
  const stdin = `${PASS}\n`;
  const check = await cli(['unlock-check', '--passphrase-stdin'], stdin);
  const list = await cli(['list', '--json', '--passphrase-stdin'], stdin);
  const verify = await cli(['verify', '--passphrase-stdin'], stdin);
  const after = await readFile(vaultPath());
  expect(after.equals(bytes)).toBe(true); // never rewritten, never shortened
  return { check, list, verify };
}

type Outcome = Awaited<ReturnType<typeof tryCli>>;

/** Exit 5, or exit 0 with a warning on standard error; verify is never 0 and is 5 whenever the check was. */
function expectRefusedOrWarned(name: string, o: Outcome, listMayAnswer = false): void {
  const runs: [string, Outcome['check']][] = [['unlock-check', o.check]];
  if (!listMayAnswer) {
    runs.push(['list', o.list]);
  }
  for (const [cmd, run] of runs) {
    const ok = run.code === EXIT.CORRUPT || (run.code === EXIT.OK && /Warning: /.test(run.err));
    expect([name, cmd, ok, run.err]).toEqual([name, cmd, true, run.err]);
  }
  expect([name, 'verify', o.verify.code === EXIT.OK]).toEqual([name, 'verify', false]);
  if (o.check.code === EXIT.CORRUPT) {
    expect([name, 'verify agrees', o.verify.code]).toEqual([name, 'verify agrees', EXIT.CORRUPT]);
  }
}

/** 50 offsets: every region boundary (a clean cut between commits) and the rest evenly spread. */
function cutOffsets(b: Built): number[] {
  const cuts = new Set<number>([0, 1]);
  for (const [from, to] of Object.values(b.regions)) {
    cuts.add(from);
    cuts.add(to - 1);
  }
  cuts.delete(b.bytes.length);
  const step = b.bytes.length / (50 - cuts.size + 1);
  for (let x = step; cuts.size < 50; x += step) {
    cuts.add(Math.min(b.bytes.length - 1, Math.floor(x)));
  }
  return [...cuts].sort((a, c) => a - c);
}

describe('a damaged vault never opens as whole', () => {
  it('the regions are what the test means (each non-empty, tiling the file)', () => {
    const spans = Object.values(built.regions);
    expect(spans[0]![0]).toBe(0);
    expect(spans[spans.length - 1]![1]).toBe(built.bytes.length);
    for (let i = 0; i < spans.length; i += 1) {
      expect(spans[i]![1]).toBeGreaterThan(spans[i]![0]);
      if (i > 0) {
        expect(spans[i]![0]).toBe(spans[i - 1]![1]);
      }
    }
  });

  it('is refused when cut at 50 offsets (exit 5, verify agrees)', async () => {
    const cuts = cutOffsets(built);
    expect(cuts).toHaveLength(50);
    for (const cut of cuts) {
      const o = await tryCli(built.bytes.subarray(0, cut), built.state);
      expectRefusedOrWarned(`cut at ${cut}`, o);
      expect([cut, o.check.code]).toEqual([cut, EXIT.CORRUPT]); // less than was acknowledged: never a warning
      expect(o.list.out).toBe('');
    }
  }, 300_000);

  it('is refused or names the damage when a bit flips in any region', async () => {
    for (const [region, [from, to]] of Object.entries(built.regions)) {
      const picks = new Set([from, to - 1]);
      for (let k = 1; k <= 6; k += 1) {
        picks.add(from + Math.floor(((to - from) * k) / 7));
      }
      for (const at of picks) {
        const b = Buffer.from(built.bytes);
        b[at] = b[at]! ^ (1 << (at % 8));
        const o = await tryCli(b, built.state);
        // A damaged document does not trap the vault: `list` (which reads no document) still answers, while
        // unlock-check and verify name the damage (docs/vault.md, "One damaged document").
        expectRefusedOrWarned(`${region}: bit flip at ${at}`, o, region === 'document bytes');
        expect([region, at, o.check.code]).toEqual([region, at, EXIT.CORRUPT]);
        expect(o.check.err).toMatch(/damaged/);
      }
    }
  }, 300_000);

  it('without vault-state.json, still refuses any cut inside what the header says the file holds', async () => {
    const [, baseEnd] = built.regions['records commit']!;
    for (let cut = 0; cut < baseEnd; cut += Math.ceil(baseEnd / 25)) {
      const o = await tryCli(built.bytes.subarray(0, cut), null);
      expect([cut, o.check.code, o.verify.code]).toEqual([cut, EXIT.CORRUPT, EXIT.CORRUPT]);
    }
  }, 300_000);

  it('drops an unfinished save beyond everything acknowledged, with a warning; verify exits 1', async () => {
    const [from, to] = built.regions['last commit']!;
    for (const cut of [from + 1, from + 72, Math.floor((from + to) / 2), to - 1]) {
      const o = await tryCli(built.bytes.subarray(0, cut), built.stateBeforeLast);
      expectRefusedOrWarned(`unfinished save cut at ${cut}`, o);
      expect(o.check.code).toBe(EXIT.OK);
      expect(o.check.err).toMatch(/Warning: The end of the vault file held an unfinished save/);
      expect(o.verify.code).toBe(EXIT.FAILED);
    }
  }, 120_000);

  it('names the conference whose document is damaged, and verify agrees', async () => {
    const [from] = built.regions['document bytes']!;
    const b = Buffer.from(built.bytes);
    b[from + 72 + 500] = b[from + 72 + 500]! ^ 4; // inside the first document's ciphertext
    const o = await tryCli(b, built.state);
    expect(o.check.code).toBe(EXIT.CORRUPT);
    expect(o.check.err).toMatch(
      /^The document conf-a\.v1\.0\.pdf \(conference conf-a\) is damaged/,
    );
    expect(o.check.err).not.toMatch(/conf-[bc]/);
    expect(o.list.code).toBe(EXIT.OK); // the rest of the vault still works
    expect(o.verify.code).toBe(EXIT.CORRUPT);
  });

  it('refuses a damaged last commit once its save was acknowledged', async () => {
    const [from, to] = built.regions['last commit']!;
    const b = Buffer.from(built.bytes);
    b[from + 100] = b[from + 100]! ^ 1; // inside the last entry's ciphertext: the footer still matches
    expect(to).toBeGreaterThan(from + 100);
    const o = await tryCli(b, built.state);
    expect(o.check.code).toBe(EXIT.CORRUPT);
    expect(o.check.err).toMatch(/last confirmed save does not authenticate/);
  });
});
