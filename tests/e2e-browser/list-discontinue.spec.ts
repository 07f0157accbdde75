// A review conference opened from a child's plan discontinues it, and the child leaves the list; the plan
// history shows the end. Also a core group recorded from the child's page, and the first-review warning.
import { join } from 'node:path';

import type { Page } from '@playwright/test';

import { ENGLAND_DEFAULTS } from '../../shared/domain/config-defaults';
import { firstReviewDueDate } from '../../shared/domain/due-dates';
import { formatDate } from '../../shared/domain/format-en-gb';
import { DISCONTINUE_WORDING } from '../../shared/domain/review';

import { SCREENSHOT_DIR, expect, expectNoAxeViolations, screenshot, test } from './fixtures';
import { createVaultByRpc } from './pages/conference-vault';
import { fromToday, seedDecidedConference } from './pages/list-seed';
import { rpc } from './pages/sibling-conference';

/** Moves the app to a route by its hash, as a link would. */
async function goTo(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
}

test('a first review discontinues a plan and the child leaves the list', async ({ app }) => {
  await createVaultByRpc(app);
  await seedDecidedConference(app, fromToday(-85), [
    {
      id: 'mia-example',
      name: 'Mia Example',
      dateOfBirth: '2021-03-14',
      address: '12 Nowhere Street, Fictionton FT1 2AB',
      lead: 'Tom Placeholder',
      firstCoreGroupDate: fromToday(-75),
      reviewDate: fromToday(5),
    },
  ]);
  await goTo(app, '#/list');
  const rows = app.locator('tbody tr[aria-rowindex]');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Core group');
  await app.getByRole('link', { name: 'Mia Example' }).click();

  await expect(app.getByRole('heading', { level: 1, name: 'Mia Example' })).toBeFocused();
  await expect(app.getByText('Subject to a child protection plan', { exact: true })).toBeVisible();
  const history = app.getByRole('table', { name: 'Plan history, oldest first' });
  await expect(history.locator('tbody tr')).toHaveCount(1);
  await expect(history).toContainText('Not ended');
  await expectNoAxeViolations(app);
  await screenshot(app, 'list-07-child');

  // A core group held today moves the next one on, and the list no longer shows it overdue.
  await app.getByLabel('Date the core group met').press('Enter');
  await app.getByRole('button', { name: 'Record the core group' }).click();
  await expect(app.getByText(/^Core group on .* recorded for Mia Example\./)).toBeVisible();

  // Open the review: the first review, so the chair is warned before going on.
  await app.getByRole('button', { name: 'Open a review conference' }).click();
  await expect(app.getByText(/This is the first review/)).toBeVisible();
  await expectNoAxeViolations(app);
  await app.getByRole('link', { name: 'Set up the review conference' }).click();

  await expect(app.getByRole('heading', { level: 1, name: 'Set up the conference' })).toBeVisible();
  // The review's own due date: 3 months after the initial conference, not a strategy discussion date.
  const details = app.getByRole('region', { name: 'The conference', exact: true });
  await expect(details).toContainText('The conference before this one: initial conference on');
  await expect(details.getByLabel(/strategy discussion/)).toHaveCount(0);
  const due = firstReviewDueDate(fromToday(-85), ENGLAND_DEFAULTS);
  await expect(details.getByRole('status')).toContainText(`Due by ${formatDate(due.date)}`);
  await expect(details.getByRole('status')).toContainText(`Rule: ${due.rule}`);
  await screenshot(app, 'list-08-review-setup-due');
  const review = app.getByRole('region', { name: /Review conference 1: progress and decision/ });
  await expect(review).toBeVisible();
  await expect(review).toContainText('Categories under review: Neglect (primary)');
  const progress = review.getByRole('table', { name: /Progress against the actions/ });
  const firstAction = progress.locator('tbody tr').first();
  await firstAction.getByRole('combobox').selectOption('partly-achieved');
  await firstAction.getByRole('textbox').fill('Meals are regular; clothing still a worry.');

  // Continuing shows the next review date and its rule (+6 months).
  await review.getByLabel('The child protection plan continues').check();
  await expect(review.getByText(/^Next review due by/)).toBeVisible();
  await expect(review).toContainText('6 calendar months after the review conference');

  // Discontinuing at the first review warns, asks why, and what help follows.
  await review.getByLabel(DISCONTINUE_WORDING).check();
  await expect(review.getByRole('alert')).toContainText(
    'first review needs exceptional circumstances',
  );
  await review.getByLabel('Why the plan ends').selectOption('no-longer-at-risk');
  await expect(review.getByLabel('Child in need plan')).toBeChecked();
  await review
    .getByLabel('Reason for the recommendation to discontinue the child protection plan')
    .fill(
      'The completed assessment shows sustained change; exceptional progress evidenced by school.',
    );
  await app
    .getByLabel('Reason for the recommendation to discontinue the child protection plan')
    .blur();
  await expect(app.getByText(/^Saved /)).toBeVisible();
  await expectNoAxeViolations(app);
  await screenshot(app, 'list-08-review-discontinue');
  await review.screenshot({ path: join(SCREENSHOT_DIR, 'list-08b-review-section.png') });

  // The conference ends (live mode would do this): decided, awaiting sign-off.
  const conferenceId = decodeURIComponent(new URL(app.url()).hash.split('/')[2] ?? '');
  const got = await rpc<{ revision: number }>(app, 'conference.get', { conferenceId });
  let revision = got.revision;
  for (const status of ['in-conference', 'awaiting-sign-off'] as const) {
    revision = (
      await rpc<{ revision: number }>(app, 'conference.setStatus', {
        conferenceId,
        expectedRevision: revision,
        status,
      })
    ).revision;
  }

  await goTo(app, '#/list');
  await expect(app.getByText('No child is subject to a child protection plan.')).toBeVisible();
  await goTo(app, '#/list/child/mia-example');
  await expect(app.getByText('Not subject to a child protection plan')).toBeVisible();
  await expect(history.locator('tbody tr')).toHaveCount(1);
  await expect(history).toContainText(
    'A review conference judged the child no longer at risk of significant harm',
  );
  await expect(history).toContainText(/Review conference, .*: Child in need plan/);
  await expect(history).not.toContainText('Not ended');
  await expectNoAxeViolations(app);
  await screenshot(app, 'list-09-child-after');
});

test('a plan ended without a conference needs a reason, and the child leaves the list', async ({
  app,
}) => {
  await createVaultByRpc(app);
  await seedDecidedConference(app, fromToday(-120), [
    {
      id: 'noah-sampleton',
      name: 'Noah Sampleton',
      dateOfBirth: '2018-09-02',
      lead: 'Sam Pretend',
    },
  ]);
  await goTo(app, '#/list/child/noah-sampleton');
  await expect(app.getByRole('heading', { level: 1, name: 'Noah Sampleton' })).toBeFocused();

  await app.getByRole('button', { name: 'End the plan' }).click();
  await expect(app.getByText('Choose why the plan ends')).toBeVisible();
  await expect(app.getByText('Subject to a child protection plan', { exact: true })).toBeVisible();

  await app
    .getByLabel('Moved permanently to another authority, which has held its transfer conference')
    .check();
  await app.getByLabel('Date the plan ends').fill('nonsense');
  await app.getByRole('button', { name: 'End the plan' }).click();
  await expect(app.getByLabel('Date the plan ends')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(app);

  await app.getByLabel('Date the plan ends').fill(fromToday(-1).split('-').reverse().join('/'));
  await app
    .getByLabel('Note')
    .fill('Fictional Borough held its transfer conference; agencies told.');
  await app.getByRole('button', { name: 'End the plan' }).click();
  await expect(
    app.getByText(/^The child protection plan for Noah Sampleton ended on /),
  ).toBeVisible();
  await expect(app.getByText('Not subject to a child protection plan')).toBeVisible();
  await expect(app.getByRole('table', { name: 'Plan history, oldest first' })).toContainText(
    'Moved permanently to another authority',
  );
  await expect(app.getByRole('button', { name: 'End the plan' })).toHaveCount(0);
  await expectNoAxeViolations(app);

  await goTo(app, '#/list');
  await expect(app.getByText('No child is subject to a child protection plan.')).toBeVisible();
});
