// The three answers to "is this child subject to a plan?" on the check screen (docs/list.md, "Checks"): subject to
// a plan, cannot confirm (a name alone with a letter missing and a sounds-alike forename; says what to ask for
// next, never "no"), and no child subject to a plan matches. Axe on each; screenshots at full size and 1024x768.
import { expect, expectNoAxeViolations, screenshot, test } from './fixtures';
import type { Page } from '@playwright/test';
import { createVaultByRpc } from './pages/conference-vault';
import { seedThreeChildren } from './pages/list-seed';

async function enquire(app: Page, child: { name: string; dob?: string }): Promise<void> {
  await app.getByLabel("Child's name").fill(child.name);
  if (child.dob) {
    await app.getByLabel('Date of birth').fill(child.dob);
  }
  await app.getByRole('button', { name: 'Check and record the enquiry' }).click();
}

test('a check gives one of three answers, with what may be told', async ({ app }) => {
  await createVaultByRpc(app);
  await seedThreeChildren(app);
  await app.reload();
  await app.getByRole('link', { name: 'Children subject to a child protection plan' }).click();
  await app.getByRole('link', { name: 'Check whether a child is subject to a plan' }).click();
  await app.getByLabel("Enquirer's name").fill('Sam Fictional');
  await app.getByLabel('Role').fill('Health visitor');
  await app.getByLabel('Agency', { exact: true }).fill('Fictional Health Trust');
  await app.getByLabel('Phone number').fill('01632 960123');
  await app.getByLabel('Reason for the enquiry').fill('New family on the caseload.');

  const answer = app.getByRole('heading', { level: 2, name: /^Answer:/ });
  await enquire(app, { name: 'Mya Exmple' });
  await expect(answer).toBeFocused();
  await expect(answer).toHaveText('Answer: Cannot confirm from these details');
  await expect(app.getByText('Ask next for:')).toBeVisible();
  await expect(app.locator('.ask-next')).toHaveText('Ask next for: the child’s date of birth');
  await expect(app.locator('.check-class')).not.toContainText(/no child|not subject/i);
  await expect(app.locator('.due-date p').first()).not.toContainText(/no child|not subject/i);
  await expectNoAxeViolations(app);
  await screenshot(app, 'list-check-cannot-confirm');
  await app.setViewportSize({ width: 1024, height: 768 });
  await screenshot(app, 'list-check-cannot-confirm-1024');
  await app.setViewportSize({ width: 1280, height: 900 });

  await app.getByRole('button', { name: /^Check another child for/ }).click();
  await enquire(app, { name: 'Mya Exmple', dob: '14/3/2021' });
  await expect(answer).toHaveText('Answer: Subject to a child protection plan');
  await expect(app.locator('.ask-next')).toHaveCount(0);
  await expectNoAxeViolations(app);
  await screenshot(app, 'list-check-subject');

  await app.getByRole('button', { name: /^Check another child for/ }).click();
  await enquire(app, { name: 'Reuben Fauxton', dob: '10/10/2010' });
  await expect(answer).toHaveText('Answer: No child subject to a plan matches');
  await expect(app.getByText('No child subject to a plan matches these details.')).toBeVisible();
  await expectNoAxeViolations(app);
  await screenshot(app, 'list-check-no-match');

  await app.getByRole('link', { name: 'Enquiry log' }).click();
  const log = app.getByRole('table', { name: 'Enquiries, newest first' });
  await expect(log.locator('tbody tr')).toHaveCount(3);
  await expect(log).toContainText('Cannot confirm from these details');
  await expect(log).toContainText('No child subject to a plan matches');
  await expectNoAxeViolations(app);
  await screenshot(app, 'list-check-log');
});
