// docs/domain.md §6, §9.5: the authority's settings (name, protective marking, the title of the manager who
// keeps the list) are saved in the vault from the list screens, every problem is listed at once, the list shows the
// saved title, and it is still there after a reload. axe on every state; screenshots looked at by hand.
import { expect, expectNoAxeViolations, screenshot, test } from './fixtures';
import { createVaultByRpc } from './pages/conference-vault';

test('the authority settings are saved and the list shows the manager’s title', async ({ app }) => {
  await createVaultByRpc(app);
  await app.getByRole('link', { name: 'Children subject to a child protection plan' }).click();
  await expect(app.getByText('Kept by the Designated Manager.')).toBeVisible();
  await app.getByRole('link', { name: 'Settings', exact: true }).click();
  await expect(
    app.getByRole('heading', { level: 1, name: 'Settings for this authority' }),
  ).toBeFocused();
  await expect(app.getByLabel('Protective marking')).toHaveValue('OFFICIAL-SENSITIVE');
  await expect(app.getByLabel('Title of the manager who keeps the list')).toHaveValue(
    'Designated Manager',
  );
  await expectNoAxeViolations(app);

  // Nothing for the authority's name, and the title cleared: both listed, each by its field.
  await app.getByLabel('Title of the manager who keeps the list').fill(' ');
  // Planned minutes: the usual figures shown, the total beside them; a wrong figure is listed with the rest.
  await expect(app.getByLabel('Reports (minutes)')).toHaveValue('4');
  await expect(app.getByText('In all: 90 minutes.')).toBeVisible();
  await app.getByLabel('Reports (minutes)').fill('four');
  await app.getByRole('button', { name: 'Save the settings' }).click();
  const problems = app.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(problems).toBeFocused();
  await expect(problems.getByRole('listitem')).toHaveText([
    'Name of the local authority: Enter the name of the local authority.',
    'Title of the manager who keeps the list: Enter the title of the manager who keeps the list.',
    'Reports (minutes): Enter the planned minutes as a whole number, for example 10.',
  ]);
  await expect(app.getByLabel('Name of the local authority')).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expectNoAxeViolations(app);
  await screenshot(app, 'list-settings-01-problems');

  await app.getByLabel('Name of the local authority').fill('Fictionshire County Council');
  await app.getByLabel('Title of the manager who keeps the list').fill('Child Protection Manager');
  await app.getByLabel('Reports (minutes)').fill('12');
  await expect(app.getByText('In all: 98 minutes.')).toBeVisible();
  await app.getByRole('button', { name: 'Save the settings' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible();
  await expect(app.getByText('Kept by the Child Protection Manager.')).toBeVisible();
  await expectNoAxeViolations(app);
  await screenshot(app, 'list-settings-02-saved');

  await app.reload();
  await expect(app.getByLabel('Name of the local authority')).toHaveValue(
    'Fictionshire County Council',
  );
  await expect(app.getByText('Kept by the Child Protection Manager.')).toBeVisible();
  await expect(app.getByLabel('Reports (minutes)')).toHaveValue('12');
});
