// Set-up asks what the documents state (relationship to and living with each child, parental responsibility, a
// child's school, address and NHS number, the local authority), and the attendance step records an exclusion and
// each leaving and return. Rule source: docs/domain.md §1.8, §4.2, §9.1.
import { expect, expectNoAxeViolations, screenshot, test } from './fixtures';
import { createVaultByRpc } from './pages/conference-vault';

test.setTimeout(180_000);

test('set-up records the household facts and the attendance step records an exclusion', async ({
  app,
}) => {
  await createVaultByRpc(app);
  await app.getByRole('button', { name: 'Start a new conference' }).click();
  await app.getByLabel('Date of the conference').fill('2026-01-07');
  await app
    .getByLabel('Date of the strategy discussion that started section 47 enquiries')
    .fill('2025-12-10');
  await app.getByRole('button', { name: 'Create conference' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Set up the conference' })).toBeVisible();

  await app.getByLabel('Local authority').fill('Fictionshire County Council');
  await app.getByLabel("Child's full name").fill('Mia Example');
  await app.getByLabel('Date of birth').fill('14/3/2021');
  await app.getByRole('button', { name: 'Add child' }).click();
  await app.getByLabel('School or setting of Mia Example').fill('Fictional Lane Nursery');
  const nhs = app.getByLabel('NHS number of Mia Example (optional)');
  await nhs.fill('12345');
  await nhs.press('Tab');
  await expect(app.getByText('An NHS number has 10 digits')).toBeVisible();
  // Ten digits whose check digit is wrong (the last digit of a valid number changed) are refused too.
  await nhs.fill('999 000 0017');
  await nhs.press('Tab');
  await expect(app.getByText('This is not a valid NHS number')).toBeVisible();
  await nhs.fill('999 000 0018');
  await nhs.press('Tab');
  await expect(app.getByText('An NHS number has 10 digits')).toHaveCount(0);
  await expect(app.getByText('This is not a valid NHS number')).toHaveCount(0);
  const legal = app.getByLabel('Legal status of Mia Example');
  // Nothing is assumed: "Not recorded" until the chair chooses.
  await expect(legal).toHaveValue('');
  await legal.selectOption({ label: 'Accommodated under section 20' });

  await app.getByLabel("Family member's name").fill('Liam Example');
  await app.getByLabel('Relationship to the children').fill('Father');
  await app.getByRole('button', { name: 'Add family member' }).click();
  const liam = app.getByRole('group', { name: 'Liam Example', exact: true });
  // Nothing is assumed: no answer is chosen until the chair chooses one.
  await expect(liam.getByRole('radio', { checked: true })).toHaveCount(0);
  await liam
    .getByRole('group', { name: 'Has parental responsibility' })
    .getByRole('radio', { name: 'Yes' })
    .check();
  await liam.getByLabel("Liam Example's relationship to Mia Example").fill('Father');
  await liam
    .getByRole('group', { name: 'Lives with Mia Example' })
    .getByRole('radio', { name: 'No' })
    .check();
  await expect(app.getByRole('status').filter({ hasText: /^Saved \d\d:\d\d:\d\d$/ })).toBeVisible();
  await screenshot(app, 'recorded-facts-01-setup');
  await app.setViewportSize({ width: 1024, height: 768 });
  await liam.scrollIntoViewIfNeeded();
  await screenshot(app, 'recorded-facts-01-setup-1024');
  await expectNoAxeViolations(app);

  await app.reload();
  const again = app.getByRole('group', { name: 'Liam Example', exact: true });
  await expect(again.getByLabel("Liam Example's relationship to Mia Example")).toHaveValue(
    'Father',
  );
  await expect(
    again.getByRole('group', { name: 'Lives with Mia Example' }).getByRole('radio', { name: 'No' }),
  ).toBeChecked();
  await expect(app.getByLabel('NHS number of Mia Example (optional)')).toHaveValue('9990000018');
  await expect(app.getByLabel('Legal status of Mia Example')).toHaveValue('section-20');

  // The register: L then P keeps the time Liam left and records his return.
  const row = app.getByRole('button', { name: /^Liam Example: / });
  await row.focus();
  await app.keyboard.press('p');
  await app.keyboard.press('l');
  await expect(app.getByRole('button', { name: /^Liam Example: Left at / })).toBeVisible();
  await app.getByRole('button', { name: /^Liam Example: / }).focus();
  await app.keyboard.press('p');
  await expect(
    app.getByRole('button', { name: /^Liam Example: Present \(left at .+, came back at .+\)/ }),
  ).toBeVisible();

  await app.getByRole('button', { name: 'Start the conference' }).click();
  await app
    .getByRole('link', { name: /Attendance/ })
    .first()
    .click();
  await app.getByRole('button', { name: 'Record an exclusion of Liam Example' }).click();
  const ex = app.getByRole('group', { name: 'Exclusion of Liam Example' });
  await ex.getByRole('radio', { name: 'The chair agreed to exclude' }).check();
  await ex.getByLabel('Ground').selectOption('family-conflict');
  await ex.getByRole('checkbox', { name: 'Reports' }).check();
  await ex.getByLabel('Excluded from (time)').fill('10:15');
  await ex.getByLabel('Excluded from (time)').press('Tab');
  await ex.getByLabel('Excluded until (time)').fill('11:05');
  await ex.getByLabel('Excluded until (time)').press('Tab');
  await ex
    .getByLabel("How Liam Example's views were put to the conference")
    .fill('The chair read out his views.');
  await expect(app.getByRole('status').filter({ hasText: /^Saved \d\d:\d\d:\d\d$/ })).toBeVisible();
  await ex.scrollIntoViewIfNeeded();
  await screenshot(app, 'recorded-facts-02-exclusion-1024');
  await expectNoAxeViolations(app);
  await app.reload();
  await expect(
    app
      .getByRole('group', { name: 'Exclusion of Liam Example' })
      .getByLabel('Excluded until (time)'),
  ).toHaveValue('11:05');
});
