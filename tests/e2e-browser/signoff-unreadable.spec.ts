// A conference whose signed version record cannot be read (docs/vault.md, "Records that cannot be read"): the
// sign-off screen says the record cannot be signed or amended and why, offers no Sign off button, and says nothing
// was changed. The vault is seeded before the shell starts: the complete document fixture (fictional people)
// awaiting sign-off, and a version 1 record written as a newer version of the app might (a field this version does
// not know). Axe; screenshots at 1280x800 and 1024x768.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createServices } from '../../electron/services/create-services';
import { MEDIA } from '../../electron/services/signoff/version-records';
import { aDocumentConference } from '../fixtures/documents';
import { recordingLogger } from '../support/test-services';
import { startShellProcess } from '../support/web-shell-process';

import { expect, expectNoAxeViolations, screenshot, test as base } from './fixtures';
import { TEST_PASSPHRASE } from './pages/conference-vault';
import { rpc } from './pages/sibling-conference';

const conference = aDocumentConference();

async function seed(dataDir: string): Promise<void> {
  const services = createServices({
    dataDir,
    shell: 'test',
    clock: { now: () => new Date() },
    logger: recordingLogger(),
  });
  try {
    await services.vault.create(TEST_PASSPHRASE);
    await services.vault.put('conferences', conference.id, {
      revision: 1,
      savedAt: new Date().toISOString(),
      status: 'awaiting-sign-off',
      conference: JSON.parse(JSON.stringify(conference)) as never,
    });
    await services.vault.putDocument(`${conference.id}.v1`, {
      mediaType: MEDIA.version,
      meta: { type: 'signed-version', conferenceId: conference.id, version: 1, sealedBy: 'newer' },
      bytes: new TextEncoder().encode('{}'),
    });
  } finally {
    await services.close();
  }
}

const test = base.extend({
  shell: [
    async ({}, use) => {
      const dataDir = mkdtempSync(join(tmpdir(), 'icpc-e2e-unread-version-'));
      await seed(dataDir);
      const shell = await startShellProcess({ dataDir });
      await use(shell);
      await shell.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
    { scope: 'test', timeout: 120_000 },
  ],
});

test('a version record that cannot be read stops signing and says why, with nothing changed', async ({
  app,
}) => {
  await app.setViewportSize({ width: 1280, height: 800 });
  await rpc(app, 'vault.unlock', { passphrase: TEST_PASSPHRASE });
  await app.reload();
  await app.goto(`${new URL(app.url()).origin}/#/conference/${conference.id}/signoff`);
  const notice = app.getByTestId('unreadable-versions');
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('heading')).toHaveText('This record cannot be signed or amended');
  await expect(notice).toContainText(
    '1 of this record’s signed versions or amendments could not be read',
  );
  await expect(notice).toContainText('Nothing has been changed.');
  await expect(app.locator('p.lead')).toHaveText(
    'Awaiting sign-off. The version number is not known: see below.',
  );
  await expect(app.getByTestId('versions-unreadable')).toHaveText(
    'Warning: 1 version or amendment record could not be read, so it is not listed here.',
  );
  await expect(app.getByText('No version has been signed yet.')).toHaveCount(0);
  await expect(app.getByRole('button', { name: /^Sign off version/ })).toHaveCount(0);
  await expect(app.getByRole('button', { name: /^Amend/ })).toHaveCount(0);
  await expectNoAxeViolations(app);
  await screenshot(app, 'signoff-unreadable-version');
  await app.setViewportSize({ width: 1024, height: 768 });
  await notice.scrollIntoViewIfNeeded();
  await screenshot(app, 'signoff-unreadable-version-1024');
  const out = await rpc<{ status: string; unreadableVersions: number }>(
    app,
    'documents.listVersions',
    { conferenceId: conference.id },
  );
  expect(out).toMatchObject({ status: 'awaiting-sign-off', unreadableVersions: 1 });
});
