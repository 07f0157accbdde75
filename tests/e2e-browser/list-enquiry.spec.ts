// The list of children subject to a plan (filters, search, sort, CSV), an enquiry "is this child subject
// to a plan?" end to end, and the enquiry appearing in the enquiry log with the monthly count. Keyboard only where
// the flow is typed; axe on every screen; screenshots looked at by hand.
import { expect, expectNoAxeViolations, screenshot, test } from './fixtures';
import { createVaultByRpc } from './pages/conference-vault';
import { seedThreeChildren } from './pages/list-seed';
import { rpc } from './pages/sibling-conference';

test('the list shows children subject to a plan, and an enquiry is answered and logged', async ({
  app,
}) => {
  await createVaultByRpc(app);
  await seedThreeChildren(app);
  await app.reload();

  await app.getByRole('link', { name: 'Children subject to a child protection plan' }).click();
  await expect(
    app.getByRole('heading', { level: 1, name: 'Children subject to a child protection plan' }),
  ).toBeFocused();
  const summary = app.getByRole('status').filter({ hasText: /^Showing/ });
  await expect(summary).toHaveText(
    'Showing 3 of 3 children subject to a plan. 1 review overdue, 3 core groups overdue.',
  );
  const table = app.getByRole('table', { name: 'Children subject to a child protection plan' });
  await expect(table).toHaveAttribute('aria-rowcount', '4');
  const rows = table.locator('tbody tr[aria-rowindex]');
  await expect(rows).toHaveCount(3);
  // By surname: Example, Placeholder-Jones, Sampleton.
  await expect(rows.nth(0)).toContainText('Mia Example');
  await expect(rows.nth(1)).toContainText('Ava Placeholder-Jones');
  await expect(rows.nth(1).locator('td').nth(2)).toHaveText('Emotional abuse (primary)\nNeglect', {
    useInnerText: true,
  });
  await expect(rows.nth(2)).toContainText('Noah Sampleton');
  await expect(rows.nth(2).locator('td').last()).toHaveText('Review and core group');
  await expect(app.getByText('Kept by the Designated Manager.')).toBeVisible();
  await expectNoAxeViolations(app);
  await screenshot(app, 'list-01-list');

  // Sort by the next review due, latest first, from the keyboard.
  const reviewHeader = app.getByRole('button', { name: /^Next review due/ });
  await reviewHeader.focus();
  await app.keyboard.press('Enter');
  await expect(app.getByRole('columnheader', { name: /Next review due/ })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await expect(rows.nth(0)).toContainText('Noah Sampleton');
  await app.keyboard.press('Enter');
  await expect(rows.nth(0)).toContainText('Ava Placeholder-Jones');

  // Filters: overdue, category, lead social worker; search tolerant of spelling.
  await app.getByLabel('Overdue').selectOption('review');
  await expect(rows).toHaveCount(1);
  await expect(rows.nth(0)).toContainText('Noah Sampleton');
  await app.getByLabel('Overdue').selectOption('all');
  await app.getByRole('checkbox', { name: 'Emotional abuse' }).check();
  await expect(rows).toHaveCount(1);
  await app.getByRole('checkbox', { name: 'Emotional abuse' }).uncheck();
  await app.getByLabel('Lead social worker').selectOption('Tom Placeholder');
  await expect(rows).toHaveCount(2);
  await app.getByLabel('Lead social worker').selectOption({ label: 'Any lead social worker' });
  await app.getByLabel('Search the list').fill('Mia Exampel');
  await expect(rows).toHaveCount(1);
  await expect(rows.nth(0)).toContainText('Mia Example');

  const download = app.waitForEvent('download');
  await app.getByRole('button', { name: 'Export these rows as CSV' }).click();
  const csv = await download;
  expect(csv.suggestedFilename()).toMatch(/\.csv$/);
  await expect(app.getByText(/with 1 row\.$/)).toBeVisible();
  await app.getByLabel('Search the list').fill('');

  // The enquiry: nothing given is refused with every problem listed.
  await app.getByRole('link', { name: 'Check whether a child is subject to a plan' }).click();
  await expect(app.getByRole('heading', { level: 1 })).toHaveText(
    'Check whether a child is subject to a plan',
  );
  await expectNoAxeViolations(app);
  await app.getByRole('button', { name: 'Check and record the enquiry' }).click();
  const problems = app.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(problems).toBeFocused();
  await expect(problems).toContainText("Enquirer's name: Give the enquirer's name");
  await expect(problems).toContainText("The child's details: Give at least one of");
  await expect(app.getByLabel("Enquirer's name")).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(app);
  await screenshot(app, 'list-02-check-errors');

  // Typed from the keyboard, field by field.
  await app.getByLabel("Enquirer's name").focus();
  await app.keyboard.type('Sam Fictional');
  await app.keyboard.press('Tab');
  await expect(app.getByLabel('Role')).toBeFocused();
  await app.keyboard.type('Police officer');
  await app.getByLabel('Agency', { exact: true }).fill('Fictional Constabulary');
  await app.getByLabel('Phone number').fill('01632 960123');
  await app.getByLabel('Reason for the enquiry').fill('Called to the home overnight.');
  await app.getByLabel("Child's name").fill('Exampel, Mia');
  await app.getByLabel('Date of birth').fill('14/3/2021');
  await app.getByRole('button', { name: 'Check and record the enquiry' }).click();

  const answer = app.getByRole('heading', { level: 2, name: /^Answer:/ });
  await expect(answer).toBeFocused();
  await expect(answer).toHaveText('Answer: Subject to a child protection plan');
  const recorded = app.getByRole('status').filter({ hasText: 'Enquiry recorded' });
  await expect(recorded).toContainText('from Sam Fictional');
  const reference = (await recorded.locator('.enquiry-ref').textContent()) ?? '';
  expect(reference).not.toBe('');
  await expect(app.getByRole('heading', { level: 3, name: /Mia Example/ })).toContainText(
    'Strong match',
  );
  await expect(app.getByText('What you may tell the enquirer', { exact: true })).toBeVisible();
  await expectNoAxeViolations(app);
  await screenshot(app, 'list-03-check-answer');

  // The log shows it, with the month's count; filters narrow it.
  await app.getByRole('link', { name: 'Enquiry log' }).click();
  await expect(app.getByRole('heading', { level: 1 })).toHaveText('Enquiry log');
  const log = app.getByRole('table', { name: 'Enquiries, newest first' });
  await expect(log.locator('tbody tr')).toHaveCount(1);
  await expect(log).toContainText(reference);
  await expect(log).toContainText('Sam Fictional');
  await expect(log).toContainText('Subject to a child protection plan');
  const monthly = app.getByRole('table', { name: 'Enquiries each month' });
  await expect(monthly.locator('tbody tr')).toHaveCount(1);
  await expect(monthly.locator('tbody tr td').first()).toHaveText('1');
  await expectNoAxeViolations(app);
  await screenshot(app, 'list-04-enquiry-log');
  await app.getByLabel('Answer given').selectOption('no-match');
  await expect(app.getByText('No enquiries match these filters.')).toBeVisible();
  await app.getByLabel('Answer given').selectOption('');
  await app.getByLabel('Search the log').fill('Constabulary');
  await expect(log.locator('tbody tr')).toHaveCount(1);

  // The dashboard: Mia's review (in 14 days) and Noah's overdue review.
  await app.getByRole('link', { name: 'Due in the next 20 working days' }).click();
  const reviews = app.getByRole('table', { name: 'Review conferences due, earliest first' });
  await expect(reviews.locator('tbody tr')).toHaveCount(2);
  await expect(reviews.locator('tbody tr').first()).toContainText('Noah Sampleton');
  await expect(reviews.locator('tbody tr').first()).toContainText('Overdue since');
  await expectNoAxeViolations(app);
  await screenshot(app, 'list-05-due');

  // Census export: refused without the authority's name (the LA attribute); then the census checks block the
  // file because the seeded conferences have no section 47 start date recorded (CIN rule 8615).
  await app.getByRole('link', { name: 'Census export' }).click();
  await app.getByRole('button', { name: 'Download XML' }).click();
  await expect(app.getByText(/authority's name/)).toBeVisible();
  await rpc(app, 'settings.set', {
    authorityName: 'Fictionshire County Council',
    protectiveMarking: 'OFFICIAL-SENSITIVE',
    listManagerTitle: 'Child protection list manager',
  });
  await app.getByRole('button', { name: 'Download XML' }).click();
  await expect(app.getByRole('heading', { name: 'Census checks' })).toBeVisible();
  await expect(app.getByText(/^Error 8615 \(child mia-example/)).toBeVisible();
  await expect(app.getByText(/census file was not made/)).toBeVisible();
  await expectNoAxeViolations(app);
  await screenshot(app, 'list-06-census');
  await app.setViewportSize({ width: 1024, height: 768 });
  await screenshot(app, 'list-06-census-1024');
});
