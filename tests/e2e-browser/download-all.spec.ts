// "Download all" in the browser shell: one ZIP holding every file of the version (a browser blocks a burst of
// separate downloads, so only some arrived). The archive is opened and compared with the version record.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { unzipSync } from 'fflate';

import { aDocumentConference } from '../fixtures/documents';

import { SCREENSHOT_DIR, expect, expectNoAxeViolations, screenshot, test } from './fixtures';
import { TEST_PASSPHRASE, createVaultByRpc } from './pages/conference-vault';
import { rpc, signOffLookingAtAll, storeCompleteConference } from './pages/complete-conference';

type Versions = { versions: { version: number; files: { fileName: string; sha256: string }[] }[] };

test('download all gives one ZIP with every file of the version', async ({ app }) => {
  test.setTimeout(300_000);
  await createVaultByRpc(app);
  const id = await storeCompleteConference(app, aDocumentConference());
  const signed = await signOffLookingAtAll(app, id, TEST_PASSPHRASE);
  expect(signed.ok).toBe(true);
  const listed = await rpc<Versions>(app, 'documents.listVersions', { conferenceId: id });
  const record = listed.ok ? listed.value.versions[0]! : null;
  expect(record?.files.length ?? 0).toBeGreaterThan(10);

  await app.goto(`${new URL(app.url()).origin}/#/conference/${id}/signoff`);
  const count = record!.files.length;
  const button = app.getByRole('button', {
    name: `Download all ${count} files of version 1 as one ZIP`,
  });
  await expect(button).toBeVisible();
  await expectNoAxeViolations(app);
  const downloads: string[] = [];
  app.on('download', (d) => downloads.push(d.suggestedFilename()));
  const downloading = app.waitForEvent('download');
  await button.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('ICPC documents, version 1.zip');
  const path = join(SCREENSHOT_DIR, 'download-all-v1.zip');
  await download.saveAs(path);
  await expect(app.getByRole('status')).toHaveText(
    `Downloaded ICPC documents, version 1.zip with ${count} file(s).`,
  );
  await screenshot(app, 'download-all-01');
  expect(downloads).toEqual(['ICPC documents, version 1.zip']);

  const entries = unzipSync(new Uint8Array(readFileSync(path)));
  expect(Object.keys(entries).sort()).toEqual(record!.files.map((f) => f.fileName).sort());
  for (const f of record!.files) {
    expect(createHash('sha256').update(entries[f.fileName]!).digest('hex')).toBe(f.sha256);
  }
});
