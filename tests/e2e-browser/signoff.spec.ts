// End to end in the browser shell: a complete conference is signed off with the vault passphrase,
// version 1 is listed with its files and hashes, edits are refused, an amendment opens version 2 which is signed
// again, and a downloaded PDF is checked in the app: intact, then with one changed byte, changed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { isPlanOutcome } from '../../shared/domain/decision';
import { aDocumentConference } from '../fixtures/documents';

import { expect, expectNoAxeViolations, screenshot, test, SCREENSHOT_DIR } from './fixtures';
import { TEST_PASSPHRASE, createVaultByRpc } from './pages/conference-vault';
import { rpc, storeCompleteConference } from './pages/complete-conference';
import { tickEveryDocumentLookedAt } from './pages/signoff-preview';

const SIGNING = { timeout: 120_000 };

test('a chair signs off, amends to version 2 and checks a downloaded PDF', async ({ app }) => {
  test.setTimeout(360_000);
  await createVaultByRpc(app);
  const id = await storeCompleteConference(app, aDocumentConference());
  await app.goto(`${new URL(app.url()).origin}/#/conference/${id}/signoff`);

  await expect(
    app.getByRole('heading', { level: 1, name: 'Sign off and documents' }),
  ).toBeVisible();
  const plan = app.getByRole('table', { name: 'Look at each document before you sign' });
  await expect(plan).toContainText('Restricted annex (professionals only)');
  await expect(plan).toContainText('Family copy for Liam Example');
  const distribution = app.getByRole('table', { name: 'Distribution list' });
  await expect(distribution.getByRole('row', { name: /Liam Example/ })).toContainText(
    'Partial copy',
  );
  await expectNoAxeViolations(app);
  await screenshot(app, 'signoff-01-before');

  await tickEveryDocumentLookedAt(app);
  await app.getByLabel('Vault passphrase').fill('not the passphrase');
  await app.getByRole('button', { name: 'Sign off version 1' }).click();
  await expect(app.getByRole('alert')).toContainText('That is not the vault passphrase.', SIGNING);

  // Before sign-off (a draft) no child is on the list of children subject to a plan.
  const listed = async () => {
    const r = await rpc<{ rows: { name: string }[] }>(app, 'list.query', {});
    return r.ok ? r.value.rows.map((row) => row.name).sort() : [];
  };
  expect(await listed()).toEqual([]);

  await app.getByLabel('Vault passphrase').fill(TEST_PASSPHRASE);
  await app.getByRole('button', { name: 'Sign off version 1' }).click();
  await expect(app.getByRole('progressbar')).toBeVisible();
  await expect(app.getByText(/^Signed \d+ of 10 documents$/)).toBeVisible();
  await screenshot(app, 'signoff-02a-progress');
  await expect(app.getByText('Version 1 is signed and kept in the vault.')).toBeVisible(SIGNING);
  await expect(app.getByRole('heading', { name: 'Version 1: signed' })).toBeVisible();
  await expect(
    app.getByText(/^Signed by .+ on \d{1,2} \w+ \d{4} at .+ \(UK time\)\.$/),
  ).toBeVisible();
  await expect(app.getByText('Content SHA-256')).toBeVisible();
  await expectNoAxeViolations(app);
  await screenshot(app, 'signoff-02-signed');

  const stored = await rpc<{ revision: number; status: string }>(app, 'conference.get', {
    conferenceId: id,
  });
  expect(stored.ok && stored.value.status).toBe('signed');
  const edit = await rpc(app, 'conference.applyEdit', {
    conferenceId: id,
    baseRevision: stored.ok ? stored.value.revision : 0,
    edit: { type: 'set', path: ['venue'], value: 'Room 9' },
  });
  expect(edit.ok ? 'ok' : edit.error.code).toBe('SIGNED_LOCKED');

  // The signed conference's plan children are on the list with no re-entry.
  const planChildren = aDocumentConference()
    .children.filter((c) => c.decision !== undefined && isPlanOutcome(c.decision.outcome))
    .map((c) => c.details.name)
    .sort();
  expect(planChildren.length).toBeGreaterThan(0);
  expect(await listed()).toEqual(planChildren);

  const downloading = app.waitForEvent('download');
  await app.getByRole('button', { name: 'Download conference-record.pdf, version 1' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('conference-record.pdf');
  const pdfPath = join(SCREENSHOT_DIR, 'signoff-record-v1.pdf');
  await download.saveAs(pdfPath);
  const saved: string[] = [];
  for (const name of ['decision-letter.docx', 'decision-letter.docx.p7s']) {
    const next = app.waitForEvent('download');
    await app.getByRole('button', { name: `Download ${name}, version 1` }).click();
    const path = join(SCREENSHOT_DIR, `signoff-${name}`);
    await (await next).saveAs(path);
    saved.push(path);
  }

  await app.getByLabel('Reason for the amendment').fill('The father’s address was out of date.');
  await app.getByLabel('Who asked for it (optional)').fill('Liam Example');
  await app.getByRole('button', { name: 'Amend: start version 2' }).click();
  await expect(app.getByText('Version 2 is open for changes.', { exact: false })).toBeVisible();
  await expect(app.getByRole('heading', { name: 'Version 2: open for changes' })).toBeVisible();
  await tickEveryDocumentLookedAt(app);
  await app.getByLabel('Vault passphrase').fill(TEST_PASSPHRASE);
  await app.getByRole('button', { name: 'Sign off version 2' }).click();
  await expect(app.getByText('Version 2 is signed and kept in the vault.')).toBeVisible(SIGNING);
  await expect(app.getByRole('heading', { name: 'Version 2: signed' })).toBeVisible();
  await expect(app.getByRole('heading', { name: 'Version 1: signed' })).toBeVisible();
  await expect(app.getByText('The father’s address was out of date.')).toBeVisible();
  await expectNoAxeViolations(app);
  await screenshot(app, 'signoff-03-version-2');

  await app.getByRole('link', { name: 'Check a signed document' }).click();
  await expect(
    app.getByRole('heading', { level: 1, name: 'Check a signed document' }),
  ).toBeVisible();
  await expectNoAxeViolations(app);
  const input = app.getByLabel('Signed document (PDF, or .docx with its .p7s)');
  await input.setInputFiles(pdfPath);
  const result = app.getByRole('region', { name: /Intact/ });
  await expect(result).toContainText('Intact: unchanged since it was signed');
  await expect(result).toContainText('(UK time)');
  await expect(result).toContainText('conference-record.pdf, version 1, exactly as stored');
  await expectNoAxeViolations(app);
  await screenshot(app, 'signoff-04-verify-intact');

  await input.setInputFiles(saved);
  const docx = app.getByRole('region', { name: /Intact/ });
  await expect(docx).toContainText('decision-letter.docx, version 1, exactly as stored');

  const changed = readFileSync(pdfPath);
  const at = changed.indexOf('Conference record');
  changed[at] = 'c'.charCodeAt(0);
  await input.setInputFiles({ name: 'changed.pdf', mimeType: 'application/pdf', buffer: changed });
  const bad = app.getByRole('region', { name: /Changed after signing/ });
  await expect(bad).toContainText('Do not rely on it');
  await expectNoAxeViolations(app);
  await screenshot(app, 'signoff-05-verify-changed');
});

test('the sign-off screen lists what blocks sign-off and offers no signing', async ({ app }) => {
  await createVaultByRpc(app);
  const base = aDocumentConference();
  const id = await storeCompleteConference(app, {
    ...base,
    children: base.children.map((c) => ({ ...c, decision: undefined })),
  });
  await app.goto(`${new URL(app.url()).origin}/#/conference/${id}/signoff`);
  const blockers = app.getByRole('region', { name: 'The record cannot be signed yet' });
  await expect(blockers).toContainText('Mia Example');
  await expect(blockers.getByRole('listitem')).not.toHaveCount(0);
  await expect(app.getByRole('button', { name: /^Sign off version/ })).toHaveCount(0);
  await expect(app.getByLabel('Vault passphrase')).toHaveCount(0);
  await expectNoAxeViolations(app);
  await screenshot(app, 'signoff-06-blocked');
});
