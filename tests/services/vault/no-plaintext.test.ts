// Done-when of issue 4: no name or text of a test conference appears in any file the vault wrote under the data folder.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, beforeEach, expect, it } from 'vitest';

import { PASS, fakeConference, tempDir, testVault } from './helpers';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

async function allFiles(d: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(d, { withFileTypes: true })) {
    const p = join(d, e.name);
    out.push(...(e.isDirectory() ? await allFiles(p) : [p]));
  }
  return out;
}

it('writes none of a test conference’s names or texts to any file in the data folder', async () => {
  const v = testVault(dir);
  await v.create(PASS);
  const conference = fakeConference('conf-1', 4);
  await v.put('conferences', 'conf-1', conference);
  await v.putDocument('doc-1', {
    mediaType: 'text/plain',
    meta: { title: 'Minutes for Tilly Examplechild' },
    bytes: Buffer.from('Signed by Ada Fictional, chair'),
  });
  await v.compact();
  await v.put('conferences', 'conf-1', { ...conference, version: 2 });
  await v.close();
  await testVault(dir)
    .unlock('wrong passphrase')
    .catch(() => undefined); // writes the attempts state file too
  const files = await allFiles(dir);
  expect(files.length).toBeGreaterThanOrEqual(3);
  const needles = [
    'Tilly',
    'Examplechild',
    'Ada Fictional',
    'Lorem ipsum',
    'Signed by',
    'conf-1',
    'doc-1',
  ];
  for (const f of files) {
    const text = (await readFile(f)).toString('latin1');
    for (const n of needles) {
      expect([f, text.includes(n)]).toEqual([f, false]);
      expect([f, text.includes(Buffer.from(n, 'utf16le').toString('latin1'))]).toEqual([f, false]);
    }
  }
});
