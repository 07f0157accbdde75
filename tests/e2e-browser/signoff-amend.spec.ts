// Amendments and signed conferences end to end in the browser shell: with the conference open in live mode the
// chair signs version 1, amends, and the screens show version 2 at once (not "Signed"); an edit made in live mode
// saves and is in the signed version 2 PDF; a signed conference opens on its documents page from the conferences
// home with its set-up read-only; a refused save is shown beside its field and in view.
// Rule source: docs/reliability.md §2.5 (amendments make version n+1).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

import type { Page } from '@playwright/test';

import { aDocumentConference } from '../fixtures/documents';

import { expect, expectNoAxeViolations, screenshot, test, SCREENSHOT_DIR } from './fixtures';
import { TEST_PASSPHRASE, createVaultByRpc } from './pages/conference-vault';
import { rpc, signOffLookingAtAll, storeCompleteConference } from './pages/complete-conference';
import { tickEveryDocumentLookedAt } from './pages/signoff-preview';

const SIGNING = { timeout: 150_000 };
const EDIT = 'Amended: the grandmother now collects the children from school every day.';

/** Moves within the app by changing the hash, as its own links do (no page reload, the store is kept). */
async function goHash(app: Page, hash: string): Promise<void> {
  await app.evaluate((h) => {
    window.location.hash = h;
  }, hash);
}

async function signVersion(app: Page, version: number): Promise<void> {
  await tickEveryDocumentLookedAt(app);
  await app.getByLabel('Vault passphrase').fill(TEST_PASSPHRASE);
  await app.getByRole('button', { name: `Sign off version ${version}` }).click();
  await expect(app.getByText(`Version ${version} is signed and kept in the vault.`)).toBeVisible(
    SIGNING,
  );
}

test('amend, edit in live mode and sign: version 2 holds the edit; a signed record opens on its documents', async ({
  app,
}) => {
  test.setTimeout(600_000);
  await createVaultByRpc(app);
  // Two sign-offs on a busy machine can outlast the 5-minute idle lock.
  expect((await rpc(app, 'vault.setIdleLock', { minutes: 60 })).ok).toBe(true);
  const id = await storeCompleteConference(app, aDocumentConference());
  await app.goto(`${new URL(app.url()).origin}/#/conference/${id}/live/analysis`);
  await expect(app.getByRole('heading', { level: 1, name: /Analysis/ })).toBeVisible();

  await app.getByRole('link', { name: 'Sign off and documents' }).click();
  await signVersion(app, 1);

  await app.getByLabel('Reason for the amendment').fill('The strengths left out the grandmother.');
  await app.getByRole('button', { name: 'Amend: start version 2' }).click();
  await expect(app.getByRole('heading', { name: 'Version 2: open for changes' })).toBeVisible();
  await screenshot(app, 'amend-01-version-2-open');

  await app.getByRole('button', { name: 'Back to the conference' }).click();
  await goHash(app, `#/conference/${id}/live/analysis`);
  const about = app.locator('.live__about');
  await expect(about).toContainText('Awaiting sign-off');
  await expect(about).not.toContainText('Signed');
  const strengths = app.getByLabel('Strengths and protective factors', { exact: true });
  const before = await strengths.inputValue();
  await strengths.fill(`${before} ${EDIT}`);
  await strengths.blur();
  await expect(app.locator('.save-status')).toHaveText(/^Saved \d\d:\d\d:\d\d$/);
  await expect(app.locator('.field-error')).toHaveCount(0);
  await expectNoAxeViolations(app);
  await screenshot(app, 'amend-02-edited-in-live');

  await app.getByRole('link', { name: 'Sign off and documents' }).click();
  await signVersion(app, 2);
  const downloading = app.waitForEvent('download');
  await app.getByRole('button', { name: 'Download conference-record.pdf, version 2' }).click();
  const pdfPath = join(SCREENSHOT_DIR, 'amend-record-v2.pdf');
  await (await downloading).saveAs(pdfPath);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' })
    .replace(/\s+/g, ' ')
    .replace(/[’‘]/g, "'");
  expect(text).toContain(EDIT);
});

test('a signed conference opens on its documents page from the conferences home; its set-up is read-only', async ({
  app,
}) => {
  test.setTimeout(300_000);
  await createVaultByRpc(app);
  const id = await storeCompleteConference(app, aDocumentConference());
  const signed = await signOffLookingAtAll(app, id, TEST_PASSPHRASE);
  expect(signed.ok, JSON.stringify(signed)).toBe(true);
  // The home screen was open before the conference was stored: reload it to list the conference.
  await app.reload();
  const row = app.getByRole('button', { name: /Mia Example/ });
  await expect(row).toBeVisible();
  await row.click();
  await expect(app).toHaveURL(new RegExp(`#/conference/${id}/signoff$`));
  await expect(
    app.getByRole('heading', { level: 1, name: 'Sign off and documents' }),
  ).toBeVisible();
  await expect(app.getByRole('heading', { name: 'Version 1: signed' })).toBeVisible();
  // Back goes home, not to the redirect.
  await app.goBack();
  await expect(app).not.toHaveURL(/conference/);

  await goHash(app, `#/conference/${id}/setup`);
  await expect(
    app.getByText('This record is signed, so its set-up cannot be changed here.'),
  ).toBeVisible();
  await expect(app.getByLabel('Venue', { exact: true })).toBeDisabled();
  await expectNoAxeViolations(app);
  await screenshot(app, 'amend-03-setup-read-only');
});

test('a refused save is shown beside its field and in the Saved indicator, in view', async ({
  app,
}) => {
  test.setTimeout(240_000);
  await createVaultByRpc(app);
  const id = await storeCompleteConference(app, aDocumentConference());
  await app.setViewportSize({ width: 1024, height: 768 });
  await app.goto(`${new URL(app.url()).origin}/#/conference/${id}/live/analysis`);
  const strengths = app.getByLabel('Strengths and protective factors', { exact: true });
  await expect(strengths).toBeVisible();

  // Someone else changes the record meanwhile (another window): the next edit here is refused.
  const stored = await rpc<{ revision: number }>(app, 'conference.get', { conferenceId: id });
  const other = await rpc(app, 'conference.applyEdit', {
    conferenceId: id,
    baseRevision: stored.ok ? stored.value.revision : 0,
    edit: { type: 'set', path: ['venue'], value: 'Room 9' },
  });
  expect(other.ok).toBe(true);
  await strengths.scrollIntoViewIfNeeded();
  await strengths.fill('A change that cannot be saved.');
  await strengths.blur();
  const beside = app.locator('.text-block .field-error');
  await expect(beside).toContainText('Not saved: This conference was changed elsewhere.');
  await expect(beside).toBeInViewport();
  const status = app.locator('.save-status--failed');
  await expect(status).toContainText('Not saved');
  await expect(status).toBeInViewport();
  await expectNoAxeViolations(app);
  await screenshot(app, 'amend-04-refused-save-1024');

  // Reloading takes the other window's copy and drops the refused change.
  await status.getByRole('button', { name: /Reload the conference/ }).click();
  await expect(app.locator('.field-error')).toHaveCount(0);
  await expect(app.locator('.save-status')).toHaveText(/^Saved /);
});
