// Vault settings in the browser shell: change the passphrase (strength shown, wrong current refused), lock and unlock
// with the new one, set the idle lock, then restore the backup the passphrase change left (the current passphrase
// opens it, and the restored vault keeps the current passphrase); the refusal of a damaged or older copy of the file, and the typed acceptance of an older one. Axe on every screen; screenshots of each.
// Rule source: docs/vault.md; docs/reliability.md §3.4 (rolled-back file); docs/vault.md.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { Page } from '@playwright/test';

import { testVault } from '../services/vault/helpers';

import { expect, expectNoAxeViolations, screenshot, test } from './fixtures';

const FIRST = 'copper kettle morning lantern';
const SECOND = 'violet harbour quiet engine';
const EN_GB_TIME =
  /\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4} at (\d{1,2}(:\d{2})?(am|pm)|12 noon|12 midnight)/;

async function createVault(app: Page, passphrase: string): Promise<void> {
  await app.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await app.getByLabel('Type the passphrase again').fill(passphrase);
  await app.getByRole('button', { name: 'Create the vault' }).click();
  const key = app.getByTestId('recovery-key');
  const lastGroup = ((await key.textContent()) ?? '').split('-').at(-1) ?? '';
  await app
    .getByLabel('To confirm you have it, type the last group of the recovery key')
    .fill(lastGroup);
  await app.getByRole('button', { name: 'I have kept the recovery key' }).click();
  await expect(app.getByRole('button', { name: 'Lock', exact: true })).toBeVisible({
    timeout: 60_000,
  });
}

async function unlock(app: Page, passphrase: string): Promise<void> {
  await app.getByLabel('Passphrase').fill(passphrase);
  await app.getByRole('button', { name: 'Unlock' }).click();
}

test('change the passphrase, unlock with the new one, set the idle lock and restore a backup', async ({
  app,
}) => {
  test.setTimeout(300_000);
  await createVault(app, FIRST);

  await app.getByRole('link', { name: 'Vault settings' }).click();
  await expect(app.getByRole('heading', { name: 'Vault settings', level: 1 })).toBeVisible();
  // Backups from the first day: the first unlock of the day (here, creating the vault) kept one.
  const backups = app.getByRole('table', { name: 'Backups, newest first' });
  await expect(backups.getByRole('row')).toHaveCount(2);
  await expectNoAxeViolations(app);
  // The document check: nothing stored yet, so nothing is damaged.
  await app.getByRole('button', { name: 'Check every document' }).click();
  await expect(app.getByText('All 0 documents are intact.')).toBeVisible();
  await expectNoAxeViolations(app);
  await app.setViewportSize({ width: 1024, height: 768 });
  await screenshot(app, 'vault-settings-document-check-1024');
  await app.setViewportSize({ width: 1280, height: 800 });

  const change = app.getByRole('form', { name: 'Change the passphrase' });
  await change.getByLabel('Current passphrase').fill('not the passphrase');
  await change.getByLabel('New passphrase', { exact: true }).fill(SECOND);
  await expect(change.getByText('Strength: Strong.')).toBeVisible();
  await change.getByLabel('Type the new passphrase again').fill(SECOND);
  await change.getByRole('button', { name: 'Change the passphrase' }).click();
  await expect(change.getByRole('alert')).toContainText('The current passphrase is not right.', {
    timeout: 30_000,
  });
  await change.getByLabel('Current passphrase').fill(FIRST);
  await change.getByLabel('New passphrase', { exact: true }).fill(SECOND);
  await change.getByLabel('Type the new passphrase again').fill(SECOND);
  await change.getByRole('button', { name: 'Change the passphrase' }).click();
  await expect(change.getByRole('status')).toContainText('The passphrase was changed.', {
    timeout: 120_000, // calibration and two key derivations; slow when the machine is shared
  });
  // The change rewrote the file, so a backup from before it (which the old passphrase opens) is listed too
  // (it replaces the day's first backup if both were made in the same second).
  await expect(backups.getByRole('row').nth(1)).toContainText(EN_GB_TIME);
  const rows = await backups.getByRole('row').count();
  expect(rows).toBeGreaterThanOrEqual(2);
  await screenshot(app, 'vault-settings-passphrase-changed');

  const minutes = app.getByLabel('Lock the vault after this many minutes without use');
  await expect(minutes).toHaveValue('5');
  await minutes.fill('0');
  await app.getByRole('button', { name: 'Save' }).click();
  await expect(app.getByRole('alert')).toContainText('from 1 to 60');
  await minutes.fill('10');
  await app.getByRole('button', { name: 'Save' }).click();
  await expect(app.getByText('The vault now locks after 10 minutes without use.')).toBeVisible();

  await app.reload(); // the setting is kept in the vault and read back
  await expect(app.getByLabel('Lock the vault after this many minutes without use')).toHaveValue(
    '10',
  );
  await expect(backups.getByRole('row')).toHaveCount(rows);
  await expect(backups.getByRole('row').nth(1)).toContainText(EN_GB_TIME);
  await expect(backups.getByRole('row').nth(1)).toContainText(/\d+ (KB|MB)/);
  await expectNoAxeViolations(app);
  await screenshot(app, 'vault-settings');

  await app.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(app.getByRole('heading', { name: 'Unlock the vault' })).toBeVisible();
  await unlock(app, FIRST);
  await expect(app.getByRole('alert')).toContainText('The vault is still locked', {
    timeout: 30_000,
  });
  await unlock(app, SECOND);
  await expect(app.getByRole('button', { name: 'Lock', exact: true })).toBeVisible({
    timeout: 60_000,
  });

  await app.getByRole('link', { name: 'Vault settings' }).click();
  await app.getByRole('button', { name: 'Lock and restore a backup' }).click();
  const restore = app.getByRole('form', { name: 'Restore a backup' });
  await expect(restore).toBeVisible();
  await expect(restore.getByLabel(EN_GB_TIME).first()).toBeVisible();
  await expect(
    restore.getByLabel('The newest backup that opens with the passphrase below (recommended)'),
  ).toBeChecked();
  await expectNoAxeViolations(app);
  await restore.getByLabel('Vault passphrase').fill('not the passphrase at all');
  await restore.getByRole('button', { name: 'Restore the backup' }).click();
  await expect(restore.getByRole('alert')).toContainText('Tick the box');
  await restore.getByLabel(/I understand that the vault will go back to/).check();
  await screenshot(app, 'vault-restore-backup');
  await restore.getByRole('button', { name: 'Restore the backup' }).click();
  await expect(restore.getByRole('alert')).toContainText(
    'That passphrase does not open any backup.',
    { timeout: 30_000 },
  );
  await restore.getByLabel(EN_GB_TIME).first().check();
  await expect(restore.getByText(/go back to the backup of/)).toContainText(EN_GB_TIME);
  // The backup is from before the change; the current passphrase opens it (docs/vault.md).
  await restore.getByLabel('Vault passphrase').fill(SECOND);
  await restore.getByRole('button', { name: 'Restore the backup' }).click();

  await expect(app.getByRole('heading', { name: 'Unlock the vault' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(app.getByRole('status').filter({ hasText: 'is now the vault' })).toContainText(
    EN_GB_TIME,
  );
  await expectNoAxeViolations(app);
  await screenshot(app, 'vault-restored');
  // The restored file took the current passphrase: the old one no longer opens it.
  await unlock(app, FIRST);
  await expect(app.getByRole('alert')).toContainText('The vault is still locked', {
    timeout: 30_000,
  });
  await unlock(app, SECOND);
  await expect(app.getByRole('button', { name: 'Lock', exact: true })).toBeVisible({
    timeout: 60_000,
  });
});

test('an older or cut-short vault file is refused until the person chooses; a damaged one says so', async ({
  app,
  shell,
}) => {
  test.setTimeout(300_000);
  await createVault(app, FIRST);
  await app.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(app.getByRole('heading', { name: 'Unlock the vault' })).toBeVisible();
  // The day's first backup exists from the start, so restoring one is offered.
  await expect(app.getByRole('button', { name: 'Restore a backup instead' })).toBeVisible();
  const path = join(shell.dataDir, 'vault.icpc');
  const older = await readFile(path); // as a backup or sync program might keep it
  await unlock(app, FIRST);
  await app.getByRole('link', { name: 'Vault settings' }).click();
  const minutes = app.getByLabel('Lock the vault after this many minutes without use');
  await expect(minutes).toHaveValue('5');
  await minutes.fill('7');
  await app.getByRole('button', { name: 'Save' }).click();
  await expect(app.getByText('The vault now locks after 7 minutes without use.')).toBeVisible();
  await app.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(app.getByRole('heading', { name: 'Unlock the vault' })).toBeVisible();
  const newer = await readFile(path);

  // Damaged: the newer file cut short in its last save.
  await writeFile(path, newer.subarray(0, newer.length - 30));
  await unlock(app, FIRST);
  await expect(app.getByRole('heading', { name: 'The vault file is damaged' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(app.getByText(/bytes of saved data are missing/)).toBeVisible();
  await expect(app.getByRole('button', { name: /^Restore a backup \(newest: / })).toBeVisible();
  await expectNoAxeViolations(app);
  await screenshot(app, 'vault-corrupt');
  await app.setViewportSize({ width: 1024, height: 768 });
  await screenshot(app, 'vault-corrupt-1024');
  await app.getByRole('button', { name: 'Back to unlocking' }).click();

  // Older: a whole copy from before the last save.
  await writeFile(path, older);
  await unlock(app, FIRST);
  await expect(
    app.getByRole('heading', { name: 'This vault file is older than the one last saved' }),
  ).toBeVisible({ timeout: 30_000 });
  await expectNoAxeViolations(app);
  await screenshot(app, 'vault-rolled-back');
  const confirm = app.getByLabel('Type “open the older file” to confirm');
  await confirm.fill('yes');
  await app.getByRole('button', { name: 'Use the older file' }).click();
  await expect(app.getByRole('alert').filter({ hasText: 'to confirm' })).toBeVisible();
  await confirm.fill('open the older file');
  await app.getByRole('button', { name: 'Use the older file' }).click();
  await expect(app.getByRole('heading', { name: 'Check before you carry on' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(app.getByText(/You chose to use this older vault file/)).toBeVisible();
  await expectNoAxeViolations(app);
  await screenshot(app, 'vault-older-accepted');
  await app.getByRole('button', { name: 'Carry on' }).click();
  await expect(app.getByRole('button', { name: 'Lock', exact: true })).toBeVisible({
    timeout: 60_000,
  });
  await app.getByRole('link', { name: 'Vault settings' }).click();
  await expect(app.getByLabel('Lock the vault after this many minutes without use')).toHaveValue(
    '5',
  ); // the older file does not have the change
});

test('a vault open on another computer says who holds it and how to recover', async ({
  page,
  shell,
}) => {
  test.setTimeout(120_000);
  // Before the window opens: a vault, and a lock left by the app on another computer sharing the folder.
  const made = testVault(shell.dataDir);
  await made.create(FIRST);
  await made.close();
  const holder = {
    pid: 4242,
    host: 'other-laptop',
    shell: 'electron',
    since: '2026-01-05T09:00:00.000Z',
  };
  await writeFile(join(shell.dataDir, 'vault.lock'), JSON.stringify(holder));
  await page.goto(shell.launchUrl);
  await unlock(page, FIRST);
  await expect(page.getByRole('heading', { name: 'The vault is open somewhere else' })).toBeVisible(
    { timeout: 30_000 },
  );
  await expect(page.getByText(/process 4242 on other-laptop/)).toBeVisible();
  await expect(page.getByText(/icpc unlock --force/)).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'vault-busy');
});
