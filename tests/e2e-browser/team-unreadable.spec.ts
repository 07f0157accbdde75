// Exchange records that cannot be read (docs/exchange.md, "Records that cannot be read"), seen in a chair's vault
// seeded before the shell starts: the Team screen names a directory card it cannot read, the inbox marks each
// bundle whose receipt or conversation record cannot be read as refused and names that record (never "new"), and
// the Merges screen names a waiting merge it cannot read. Fictional people only. Axe on each screen; screenshots
// at full size and 1024x768.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createServices } from '../../electron/services/create-services';
import { exchangeIds, threadOf } from '../../electron/services/exchange/threads';
import { aDocumentConference } from '../fixtures/documents';
import { recordingLogger } from '../support/test-services';
import { startShellProcess } from '../support/web-shell-process';

import { expect, expectNoAxeViolations, screenshot, test as base } from './fixtures';
import { TEST_PASSPHRASE } from './pages/conference-vault';
import { rpc } from './pages/sibling-conference';

const BROKEN_CARD = 'ab'.repeat(32);
const seeded: { thread: string; received: string } = { thread: '', received: '' };

const servicesAt = (dataDir: string) =>
  createServices({
    dataDir,
    shell: 'test',
    clock: { now: () => new Date() },
    logger: recordingLogger(),
  });

async function seed(dataDir: string, folder: string): Promise<void> {
  const otherDir = mkdtempSync(join(tmpdir(), 'icpc-e2e-mt-'));
  const chair = servicesAt(dataDir);
  const mt = servicesAt(otherDir);
  try {
    await chair.vault.create(TEST_PASSPHRASE);
    await mt.vault.create(TEST_PASSPHRASE);
    const c = await chair.exchange.createIdentity({
      name: 'Cass Exampleton',
      role: 'chair',
      authority: 'Testshire County Council',
    });
    const m = await mt.exchange.createIdentity({
      name: 'Morgan Testwell',
      role: 'minute-taker',
      authority: 'Testshire County Council',
    });
    await chair.exchange.addCard(mt.exchange.card());
    await chair.exchange.confirmCard(m.fingerprint, m.readAloud);
    await mt.exchange.addCard(chair.exchange.card());
    await mt.exchange.confirmCard(c.fingerprint, c.readAloud);
    await chair.exchange.setFolder(folder);
    await mt.exchange.setFolder(folder);
    const conference = aDocumentConference();
    await mt.vault.put('conferences', conference.id, {
      revision: 1,
      savedAt: new Date().toISOString(),
      status: 'awaiting-sign-off',
      conference: JSON.parse(JSON.stringify(conference)) as never,
    });
    const draft = { kind: 'draft-conference', conferenceId: conference.id, to: [c.fingerprint] };
    const first = await mt.exchange.sendToFolder(draft as never);
    await chair.exchange.receiveFromFolder(first.fileName);
    await mt.exchange.sendToFolder(draft as never);
    // Written as a newer version of the app might: a field this version does not know, or a changed type.
    seeded.thread = exchangeIds.thread(
      threadOf('draft-conference', conference.id, [m.fingerprint, c.fingerprint]),
    );
    seeded.received = exchangeIds.received(first.id);
    const thread = chair.vault.get('exchange', seeded.thread) as object;
    await chair.vault.put('exchange', seeded.thread, { ...thread, sequence: 'two' });
    const receipt = chair.vault.get('exchange', seeded.received) as object;
    await chair.vault.put('exchange', seeded.received, { ...receipt, kind: 'a-later-kind' });
    await chair.vault.put('exchange', 'merge:conf-broken', { conferenceId: 'conf-broken' });
    await chair.vault.put('team', BROKEN_CARD, { card: 'written by a newer version' });
  } finally {
    await chair.close();
    await mt.close();
    rmSync(otherDir, { recursive: true, force: true });
  }
}

const folder = mkdtempSync(join(tmpdir(), 'icpc-e2e-shared-'));
const test = base.extend({
  shell: [
    async ({}, use) => {
      const dataDir = mkdtempSync(join(tmpdir(), 'icpc-e2e-team-unread-'));
      await seed(dataDir, folder);
      const shell = await startShellProcess({ dataDir });
      await use(shell);
      await shell.stop();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(folder, { recursive: true, force: true });
    },
    { scope: 'test', timeout: 180_000 },
  ],
});

test('exchange records that cannot be read are named on the Team, Inbox and Merges screens, never hidden', async ({
  app,
}) => {
  await rpc(app, 'vault.unlock', { passphrase: TEST_PASSPHRASE });
  await app.evaluate(() => {
    window.location.hash = '#/team';
  });
  await app.reload();
  const notice = app.getByTestId('unreadable-notice');
  await expect(notice).toHaveText(
    new RegExp(
      `^Warning: 1 card in your team directory could not be read, so it is not shown \\(team/${BROKEN_CARD}\\)\\. Restore the newest backup that reads`,
    ),
  );
  await expect(app.getByRole('table', { name: 'Colleagues’ cards' })).toContainText(
    'Morgan Testwell',
  );
  await expectNoAxeViolations(app);
  await screenshot(app, 'team-unreadable');
  await app.setViewportSize({ width: 1024, height: 768 });
  await screenshot(app, 'team-unreadable-1024');
  await app.setViewportSize({ width: 1280, height: 900 });

  await app.getByRole('link', { name: 'Inbox', exact: true }).click();
  const refused = app.locator('.inbox-list .refused');
  await expect(refused).toHaveCount(2);
  await expect(refused.filter({ hasText: `exchange/${seeded.received}` })).toContainText(
    'Refused: The receipt of this bundle could not be read',
  );
  await expect(refused.filter({ hasText: `exchange/${seeded.thread}` })).toContainText(
    'Refused: The record of the last bundle in this conversation could not be read',
  );
  await expect(app.getByRole('button', { name: /^Receive / })).toHaveCount(0);
  await expectNoAxeViolations(app);
  await screenshot(app, 'team-unreadable-inbox');
  await app.setViewportSize({ width: 1024, height: 768 });
  await screenshot(app, 'team-unreadable-inbox-1024');
  await app.setViewportSize({ width: 1280, height: 900 });

  await app.getByRole('link', { name: 'Merges' }).click();
  await expect(notice).toHaveText(
    /^Warning: 1 waiting merge in this vault could not be read, so it is not shown \(exchange\/merge:conf-broken\)\./,
  );
  await expect(app.getByText('No other merge is waiting.')).toBeVisible();
  await expectNoAxeViolations(app);
  await screenshot(app, 'team-unreadable-merges');
  await app.setViewportSize({ width: 1024, height: 768 });
  await screenshot(app, 'team-unreadable-merges-1024');
});
