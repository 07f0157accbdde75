// Create a conference, set it up, see the due date and the saved state, reload and find every edit.
import { expect, expectNoAxeViolations, screenshot, test } from './fixtures';
import { createVaultByRpc } from './pages/conference-vault';

test('a chair creates and sets up a conference, and every edit survives a reload', async ({
  app,
}) => {
  await createVaultByRpc(app);
  await expect(app.getByRole('heading', { level: 1, name: 'Conferences' })).toBeVisible();
  await expectNoAxeViolations(app);
  await screenshot(app, 'conf-01-home-empty');

  await app.getByRole('button', { name: 'Start a new conference' }).click();
  await app.getByLabel('Date of the conference').fill('2026-01-07');
  await app
    .getByLabel('Date of the strategy discussion that started section 47 enquiries')
    .fill('2025-12-10');
  await expectNoAxeViolations(app);
  await app.getByRole('button', { name: 'Create conference' }).click();

  await expect(app.getByRole('heading', { level: 1, name: 'Set up the conference' })).toBeVisible();
  await expect(app.getByText('Due by 5 January 2026')).toBeVisible();
  await expect(app.getByText(/later than its due date/)).toBeVisible();
  await app.getByRole('button', { name: 'Record the reason for the delay' }).click();
  await app.getByLabel('Reason for the delay').fill('The mother was in hospital until 6 January.');
  await app.getByLabel('Venue').fill('Room 4, Fictional House');
  await app.getByLabel('Chair').fill('Ada Fictional');
  await app.getByLabel('Minute-taker').fill('Ben Sample');
  await app.getByLabel('Signs of Safety').check();

  await app.getByLabel("Child's full name").fill('Mia Example');
  await app.getByLabel('Date of birth').fill('2021-03-14');
  await app.getByRole('button', { name: 'Add child' }).click();
  await app.getByLabel("Child's full name").fill('Noah Example');
  await app.getByRole('button', { name: 'Add child' }).click();

  await app.getByLabel("Family member's name").fill('Jade Example');
  await app.getByLabel('Relationship to the children').fill('Mother');
  await app.getByRole('button', { name: 'Add family member' }).click();

  await app.getByLabel("Professional's name").fill('Tom Placeholder');
  await app.getByLabel('Role').fill('Social worker');
  await app.getByRole('button', { name: 'Add professional' }).click();
  await app.getByLabel("Professional's name").fill('Priya Sampleton');
  await app.getByLabel('Agency type').selectOption('health-visitor');
  await app.getByRole('button', { name: 'Add professional' }).click();

  await app.getByLabel("Professional's name").fill('Sam Pretend');
  await app.getByLabel('Agency type').selectOption('school');
  await app.getByRole('button', { name: 'Add professional' }).click();

  const quorum = app.getByRole('status').filter({ hasText: /quorate/ });
  await expect(quorum).toContainText('Not quorate');
  for (const name of ['Tom Placeholder', 'Priya Sampleton', 'Sam Pretend']) {
    await app.getByRole('button', { name: new RegExp(`^${name}: `) }).focus();
    await app.keyboard.press('p');
  }
  await expect(quorum).toContainText('The conference is quorate.');
  await app.getByRole('button', { name: /^Sam Pretend: / }).focus();
  await app.keyboard.press('l');
  await expect(
    app.getByRole('button', { name: /^Sam Pretend: Left at \d{1,2}:\d\d(am|pm)/ }),
  ).toBeVisible();
  await expect(quorum).toContainText('Not quorate');
  await app.getByRole('button', { name: /^Jade Example: / }).focus();
  await app.keyboard.press('a');
  await expect(app.getByRole('status').filter({ hasText: /^Saved \d\d:\d\d:\d\d$/ })).toBeVisible();
  await screenshot(app, 'conf-02-setup');
  await expectNoAxeViolations(app);

  await app.reload();
  await expect(app.getByLabel('Venue')).toHaveValue('Room 4, Fictional House');
  await expect(app.getByLabel('Chair')).toHaveValue('Ada Fictional');
  await expect(app.getByLabel('Reason for the delay')).toHaveValue(
    'The mother was in hospital until 6 January.',
  );
  await expect(app.getByLabel('Signs of Safety')).toBeChecked();
  await expect(app.getByText('Mia Example, born 14 March 2021')).toBeVisible();
  await expect(app.getByText('Priya Sampleton, role not given, Health visiting')).toBeVisible();
  await expect(app.getByRole('button', { name: /^Jade Example: Apologies/ })).toBeVisible();
  await expect(app.getByRole('button', { name: /^Tom Placeholder: Present/ })).toBeVisible();

  await app.getByRole('button', { name: 'Back to conferences' }).click();
  const table = app.getByRole('table', { name: 'Conferences' });
  await expect(table.getByRole('button', { name: 'Mia Example, Noah Example' })).toBeVisible();
  await expect(table).toContainText('7 January 2026');
  await expect(table).toContainText('5 January 2026');
  await app.getByLabel('Filter conferences').fill('nobody');
  await expect(app.getByText('Showing 0 of 1 conferences')).toBeVisible();
  await app.getByLabel('Filter conferences').fill('mia');
  await expect(app.getByText('Showing 1 of 1 conferences')).toBeVisible();
  await app.getByRole('button', { name: /^Date/ }).focus();
  await app.keyboard.press('Enter');
  await expect(app.getByRole('columnheader', { name: /Date/ })).toHaveAttribute(
    'aria-sort',
    /ascending|descending/,
  );
  await screenshot(app, 'conf-03-home');
  await expectNoAxeViolations(app);
});
