// A vault with records that cannot be read (docs/list.md and docs/vault.md, "Records that cannot be read"): the
// conferences screen names the conference; the list, a child's page and the enquiry log say so; and a check about
// the child whose record is unread says "cannot confirm", never "no". The vault is seeded before the shell starts:
// fictional generated children, one conference record written as a newer version of the app might (a field this
// version does not know), one broken planList record and one broken enquiry. Axe on each screen; screenshots at
// full size and 1024x768.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createServices } from '../../electron/services/create-services';
import { generatedConferences } from '../fixtures/list';
import { recordingLogger } from '../support/test-services';
import { startShellProcess } from '../support/web-shell-process';

import { expect, expectNoAxeViolations, screenshot, test as base } from './fixtures';
import { TEST_PASSPHRASE } from './pages/conference-vault';
import { rpc } from './pages/sibling-conference';

const { conferences } = generatedConferences(3);
const unreadable = conferences[1]!;
const hidden = unreadable.children[0]!.details;
const readable = conferences[0]!.children[0]!;

async function seed(dataDir: string): Promise<void> {
  const services = createServices({
    dataDir,
    shell: 'test',
    clock: { now: () => new Date() },
    logger: recordingLogger(),
  });
  try {
    await services.vault.create(TEST_PASSPHRASE);
    const savedAt = new Date().toISOString();
    for (const c of conferences) {
      const stored = {
        revision: 1,
        savedAt,
        status: 'signed',
        conference: JSON.parse(JSON.stringify(c)) as never,
      };
      await services.vault.put(
        'conferences',
        c.id,
        // A status this version does not know: the list reads the status, so it leaves the record out too.
        c === unreadable ? { ...stored, status: 'archived-by-a-newer-version' } : stored,
      );
    }
    await services.vault.put('planList', 'broken-entry', { kind: 'not-a-kind' });
    await services.vault.put('enquiries', 'enq-broken', { id: 'enq-broken', at: 'yesterday' });
  } finally {
    await services.close();
  }
}

const test = base.extend({
  shell: [
    async ({}, use) => {
      const dataDir = mkdtempSync(join(tmpdir(), 'icpc-e2e-unread-'));
      await seed(dataDir);
      const shell = await startShellProcess({ dataDir });
      await use(shell);
      await shell.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
    { scope: 'test', timeout: 120_000 },
  ],
});

test('records that cannot be read are said on the conferences screen and every list screen, and never give "no"', async ({
  app,
}) => {
  await rpc(app, 'vault.unlock', { passphrase: TEST_PASSPHRASE });
  await app.reload();
  const named = app.getByTestId('unreadable-conferences');
  await expect(named).toContainText(
    'Warning: 1 conference record in this vault could not be read, so it is not shown below. If the list of children subject to a plan cannot read it either, the list leaves it out and says so.',
  );
  await named.getByText('Its reference').click();
  await expect(named.getByRole('listitem')).toHaveText([unreadable.id]);
  await expectNoAxeViolations(app);
  await screenshot(app, 'conferences-unreadable');
  await app.evaluate(() => {
    window.location.hash = '#/list';
  });
  const notice = app.getByTestId('unread-notice');
  await expect(notice).toHaveText(
    /^Warning: 2 records in this vault could not be read and were left out, so this list may be incomplete\. Ask the Designated Manager to restore the newest backup/,
  );
  await expect(app.getByRole('status').filter({ hasText: /^Showing/ })).toContainText(
    'Showing 2 of 2 children subject to a plan.',
  );
  await expectNoAxeViolations(app);
  await screenshot(app, 'list-unread');
  await app.setViewportSize({ width: 1024, height: 768 });
  await screenshot(app, 'list-unread-1024');
  await app.setViewportSize({ width: 1280, height: 900 });

  await app.getByRole('link', { name: readable.details.name }).click();
  await expect(app.getByRole('heading', { level: 1, name: readable.details.name })).toBeVisible();
  await expect(notice).toContainText('so this history may be incomplete.');
  await expectNoAxeViolations(app);
  await screenshot(app, 'list-unread-child');

  await app.evaluate(() => {
    window.location.hash = '#/list/check';
  });
  await app.getByLabel("Enquirer's name").fill('Sam Fictional');
  await app.getByLabel('Role').fill('Health visitor');
  await app.getByLabel('Agency', { exact: true }).fill('Fictional Health Trust');
  await app.getByLabel('Phone number').fill('01632 960123');
  await app.getByLabel('Reason for the enquiry').fill('New family on the caseload.');
  await app.getByLabel("Child's name").fill(hidden.name);
  const [y, m, d] = (hidden.dateOfBirth ?? '').split('-');
  await app.getByLabel('Date of birth').fill(`${d}/${m}/${y}`);
  await app.getByRole('button', { name: 'Check and record the enquiry' }).click();
  const answer = app.getByRole('heading', { level: 2, name: /^Answer:/ });
  await expect(answer).toHaveText('Answer: Cannot confirm from these details');
  await expect(app.locator('main')).toContainText(
    'This cannot be confirmed or ruled out: 2 records in this vault could not be read, and the child may be in one of them.',
  );
  await expect(app.locator('main')).toContainText('Do not say no.');
  await expect(
    app.getByRole('heading', { level: 2, name: 'No record that could be read matches' }),
  ).toBeVisible();
  await expect(app.locator('.check-class')).not.toContainText(/no child|not subject/i);
  await expectNoAxeViolations(app);
  await screenshot(app, 'list-unread-check');
  await app.setViewportSize({ width: 1024, height: 768 });
  await screenshot(app, 'list-unread-check-1024');
  await app.setViewportSize({ width: 1280, height: 900 });

  await app.getByRole('link', { name: 'Enquiry log' }).click();
  await expect(notice).toHaveText(
    'Warning: 1 logged enquiry could not be read, so this log and its monthly counts may be incomplete.',
  );
  const log = app.getByRole('table', { name: 'Enquiries, newest first' });
  await expect(log.locator('tbody tr')).toHaveCount(1);
  await expect(log.locator('tbody tr')).toContainText(
    'Cannot confirm from these details (2 records could not be read)',
  );
  await expectNoAxeViolations(app);
  await screenshot(app, 'list-unread-log');
});
