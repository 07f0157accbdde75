// `icpc verify` reports signed version records without their audit entry and exits non-zero (docs/vault.md, "A
// record and its audit entry").
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { MEDIA } from '../../../electron/services/signoff/version-records';
import { EXIT, vaultCli } from '../../support/cli-harness';

import { PASS, tempDir, testVault } from './helpers';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

const cli = vaultCli({ dataDir: () => dir });
const version = (conferenceId: string, n: number) => ({
  mediaType: MEDIA.version,
  meta: { type: 'signed-version', conferenceId, version: n },
  bytes: Buffer.from(`{"c":"${conferenceId}","v":${n}}`),
});
const signed = (conferenceId: string, n: number) => ({
  actor: 'chair',
  action: 'record.signed',
  ids: [conferenceId, `v${n}`],
});

describe('verify and records without audit entries', () => {
  it.each([
    // [stored versions, which are audited, expected unaudited ids]
    [[['conf-a', 1]], [true], []],
    [[['conf-a', 1]], [false], ['conf-a.v1']],
    [
      [
        ['conf-a', 1],
        ['conf-a', 2],
        ['conf-b', 1],
      ],
      [true, false, true],
      ['conf-a.v2'],
    ],
    [
      [
        ['conf-a', 1],
        ['conf-b', 1],
      ],
      [false, false],
      ['conf-a.v1', 'conf-b.v1'],
    ],
  ] as [[string, number][], boolean[], string[]][])(
    'versions %j audited %j: reports %j',
    async (versions, audited, expected) => {
      const v = testVault(dir);
      await v.create(PASS);
      for (const [i, [c, n]] of versions.entries()) {
        const doc = version(c, n);
        await (audited[i]
          ? v.putDocument(`${c}.v${n}`, doc, signed(c, n))
          : v.putDocument(`${c}.v${n}`, doc));
      }
      // An audit entry for another version does not count for this one.
      await v.appendAudit(signed('conf-z', 9));
      await v.close();
      const r = await cli(['verify', '--passphrase-stdin'], `${PASS}\n`);
      expect(r.code).toBe(expected.length > 0 ? EXIT.FAILED : EXIT.OK);
      for (const id of expected) {
        expect(r.err).toContain(`The signed version record ${id} has no audit entry.`);
      }
      expect(r.err.match(/has no audit entry/g)?.length ?? 0).toBe(expected.length);
    },
  );
});
