// The vault journey in the browser shell, keyboard only: create (with the recovery key confirmed), lock, a wrong
// passphrase refused, unlock. Screenshots of each screen; axe on each.
import { expect, expectNoAxeViolations, screenshot, test } from './fixtures';

const PASSPHRASE = 'copper kettle morning lantern';

test('a new user creates the vault, keeps the recovery key, locks and unlocks it', async ({
  app,
}) => {
  test.setTimeout(240_000); // three key derivations and a calibration on a shared machine
  await expect(app.getByRole('heading', { name: 'Create the vault' })).toBeVisible();
  await expectNoAxeViolations(app);

  await app.getByLabel('Passphrase', { exact: true }).fill('short');
  await expect(app.getByText('Strength: Too short.')).toBeVisible();
  await app.getByRole('button', { name: 'Create the vault' }).press('Enter');
  await expect(app.getByRole('alert')).toContainText('at least 12 characters');

  await app.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await expect(app.getByText('Strength: Strong.')).toBeVisible();
  await app.getByLabel('Type the passphrase again').fill('copper kettle morning lanterns');
  await app.getByLabel('Type the passphrase again').press('Enter');
  await expect(app.getByRole('alert')).toContainText('not the same');
  await app.getByLabel('Type the passphrase again').fill(PASSPHRASE);
  await screenshot(app, '02-create-vault');
  await app.getByLabel('Type the passphrase again').press('Enter');

  const key = app.getByTestId('recovery-key');
  // Calibrating and deriving the key takes seconds, longer when the machine is busy.
  await expect(key).toHaveText(/^[A-Z0-9]{4}(-[A-Z0-9]{4}){5,}$/, { timeout: 60_000 });
  const lastGroup = ((await key.textContent()) ?? '').split('-').at(-1) ?? '';
  await screenshot(app, '03-recovery-key');
  await expectNoAxeViolations(app);
  const confirm = app.getByLabel('To confirm you have it, type the last group of the recovery key');
  await confirm.fill('ZZZZ');
  await confirm.press('Enter');
  await expect(app.getByText('That is not the last group')).toBeVisible();
  await confirm.fill(lastGroup.toLowerCase());
  await confirm.press('Enter');

  const lock = app.getByRole('button', { name: 'Lock' });
  await expect(lock).toBeVisible();
  await expect(key).toHaveCount(0);
  await lock.focus();
  await lock.press('Enter');

  await expect(app.getByRole('heading', { name: 'Unlock the vault' })).toBeVisible();
  await expect(app.getByTestId('vault-state')).toContainText('locked');
  await expectNoAxeViolations(app);
  await app.getByLabel('Passphrase').fill('not the passphrase');
  await app.getByLabel('Passphrase').press('Enter');
  await expect(app.getByRole('alert')).toContainText('The vault is still locked', {
    timeout: 60_000,
  });
  await screenshot(app, '04-unlock-wrong-passphrase');

  await app.getByLabel('Passphrase').fill(PASSPHRASE);
  await app.getByLabel('Passphrase').press('Enter');
  await expect(app.getByRole('button', { name: 'Lock' })).toBeVisible({ timeout: 60_000 });
});
