// Live mode for the steps this suite owns (introductions, attendance, purpose, reports,
// agency information, parents' views, the child's views, Signs of Safety analysis with scaling, summary).
// Each step: a screenshot and axe with no violations. Also: undo/redo, the terminology guard, en-GB dates,
// projector-safe hiding a restricted block, large text, a finding linked to its field, and a reload.
import type { Page } from '@playwright/test';

import { expect, expectNoAxeViolations, screenshot, test } from './fixtures';
import { createVaultByRpc } from './pages/conference-vault';
import { createLiveConference, openHash } from './pages/live-conference';

/** The text box (or text area) with exactly this accessible name. */
const box = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });

const saved = (page: Page) =>
  expect(page.getByRole('status').filter({ hasText: /^Saved \d\d:\d\d:\d\d$/ })).toBeVisible();

async function next(page: Page, title: string): Promise<void> {
  await page.getByRole('link', { name: `Next: ${title}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeFocused();
}

async function check(page: Page, name: string): Promise<void> {
  await saved(page);
  await expectNoAxeViolations(page);
  await screenshot(page, name);
}

test('a chair runs live mode through every step, with undo, restricted text and en-GB dates', async ({
  app,
}) => {
  // Every step, with undo and the terminology guard: over a minute on a loaded two-core machine.
  test.setTimeout(240_000);
  await createVaultByRpc(app);
  const id = await createLiveConference(app);
  await app.getByRole('button', { name: 'Start the conference' }).click();

  // 1. Introductions
  await expect(app.getByRole('heading', { level: 1, name: /Introductions/ })).toBeVisible();
  await expect(app.getByRole('timer')).toHaveText(/^00:0\d:\d\d$/);
  await expect(app.getByText('In conference', { exact: false })).toBeVisible();
  const rail = app.getByRole('navigation', { name: 'Agenda' });
  await expect(rail.getByRole('link', { name: /Introductions/ })).toHaveAttribute(
    'aria-current',
    'step',
  );
  await app
    .getByRole('checkbox', {
      name: 'I have read the confidentiality statement to everyone present',
    })
    .check();
  await app
    .getByRole('checkbox', { name: 'I have read the professional difference statement' })
    .check();
  await expect(rail.getByRole('link', { name: /Introductions.*✓ Done/ })).toBeVisible();
  await check(app, 'live-01-introductions');

  // 2. Attendance: one-key toggles; not quorate until the third agency arrives
  await next(app, 'Attendance');
  await expect(app.getByRole('textbox', { name: /chair's reason for going ahead/ })).toBeVisible();
  for (const name of ['Tom Placeholder', 'Priya Sampleton', 'Owen Madeup', 'Jade Example']) {
    await app.getByRole('button', { name: new RegExp(`^${name}: `) }).focus();
    await app.keyboard.press('p');
  }
  await expect(app.getByText('The conference is quorate.')).toBeVisible();
  await check(app, 'live-02-attendance');

  // 3. Purpose: standard wording, undo/redo by keyboard and buttons, terminology guard
  await next(app, 'Purpose of the conference');
  await app.getByRole('button', { name: 'Use the standard wording for the purpose' }).click();
  await expect(box(app, 'Purpose of the conference')).toHaveValue(/significant harm/);
  const reason = box(app, 'Reason for the conference');
  await reason.click();
  await app.keyboard.type('Mia had a bruise.');
  await app.waitForTimeout(900); // a pause ends one undo step, as in a word processor
  await app.keyboard.type(' She was placed on the register');
  await expect(reason).toHaveValue('Mia had a bruise. She was placed on the register');
  await app.keyboard.press('Control+z');
  await expect(reason).not.toHaveValue('Mia had a bruise. She was placed on the register');
  await expect(reason).toHaveValue(/^Mia had a bruise\./);
  await app.keyboard.press('Control+y');
  await expect(reason).toHaveValue('Mia had a bruise. She was placed on the register');
  await app.getByRole('button', { name: 'Undo in Reason for the conference' }).click();
  await app.getByRole('button', { name: 'Redo in Reason for the conference' }).click();
  await expect(reason).toHaveValue('Mia had a bruise. She was placed on the register');
  const guard = app.getByRole('region', { name: 'Wording to change in Reason for the conference' });
  await expect(guard).toContainText('made subject to a child protection plan');
  await screenshot(app, 'live-03a-terminology-guard');
  // A wrong flag never blocks signing: the chair can keep the wording with a reason, and flag it again.
  await guard.getByRole('button', { name: 'Keep this wording' }).click();
  const why = guard.getByLabel('Why keep “placed on the register”?');
  await expect(why).toBeFocused();
  await guard.getByRole('button', { name: 'Keep “placed on the register”' }).click();
  await expect(guard).toContainText('Give the reason for keeping “placed on the register”');
  await why.fill('Quoting the police log word for word.');
  await app.keyboard.press('Enter');
  await expect(guard).toContainText(
    /“placed on the register” kept by .+ on \d{1,2} \w+ \d{4}: Quoting the police log word for word\./,
  );
  await expectNoAxeViolations(app);
  await screenshot(app, 'live-03b-terminology-kept');
  await guard.getByRole('button', { name: 'Flag “placed on the register” again' }).click();
  await guard.getByRole('button', { name: 'Replace “placed on the register”' }).click();
  await expect(reason).toHaveValue(
    'Mia had a bruise. She was made subject to a child protection plan',
  );
  await expect(guard).toHaveCount(0);
  await check(app, 'live-03-purpose');

  // 4. Reports: add, en-GB date (an impossible date is refused), restricted summary, projector-safe
  await next(app, 'Reports');
  await app
    .getByRole('combobox', { name: 'Who wrote it' })
    .selectOption({ label: 'Priya Sampleton, Fictionshire Community Health' });
  await app.getByRole('button', { name: 'Add report' }).click();
  const received = box(app, 'Date received');
  await received.fill('31/02/2026');
  await received.press('Tab');
  await expect(app.getByText('February 2026 has 28 days, so day 31 does not exist.')).toBeVisible();
  await expect(received).toHaveAttribute('aria-invalid', 'true');
  await received.fill('5 Jan 2026');
  await received.press('Enter');
  await expect(received).toHaveValue('5 January 2026');
  await app
    .getByRole('checkbox', { name: 'Shared with the parents before the conference' })
    .check();
  await box(app, 'Date shared with the parents').fill('02-01-2026');
  await box(app, 'Date shared with the parents').press('Tab');
  await expect(box(app, 'Date shared with the parents')).toHaveValue('2 January 2026');
  const summary = app.getByRole('textbox', { name: /^Summary of the report from Priya Sampleton/ });
  await summary.fill('A neighbour told the health visitor about shouting at night.');
  await app
    .getByRole('checkbox', {
      name: 'Mark “Summary of the report from Priya Sampleton” as restricted (not for the family)',
    })
    .check();
  await box(app, 'Why it is restricted').fill('Identifies the neighbour who reported.');
  await app
    .getByRole('group', { name: 'Who may see it' })
    .getByRole('checkbox', { name: /Tom Placeholder/ })
    .check();
  await check(app, 'live-04-reports');

  await app.keyboard.press('Control+Shift+P');
  await expect(app.getByText('Projector-safe mode is on.')).toBeVisible();
  await expect(summary).toHaveCount(0);
  await expect(app.getByText('A neighbour told the health visitor')).toHaveCount(0);
  await expect(app.getByText('Restricted – hidden while sharing the screen.')).toBeVisible();
  await expect(app.getByText('Private notes – hidden while sharing the screen.')).toBeVisible();
  await check(app, 'live-04b-projector-safe');
  await app.getByRole('button', { name: 'Projector-safe (Ctrl+Shift+P)' }).click();
  await expect(app.getByText('Projector-safe mode is on.')).toHaveCount(0);
  await expect(summary).toHaveValue('A neighbour told the health visitor about shouting at night.');

  // 5. Agency information: one field per professional taking part
  await next(app, 'Information from each agency');
  await expect(app.getByRole('textbox', { name: /^Information from / })).toHaveCount(3);
  await app
    .getByRole('textbox', { name: /^Information from Tom Placeholder/ })
    .fill('Section 47 enquiries found bruising.');
  await app
    .getByRole('textbox', { name: /^Information from Owen Madeup/ })
    .fill('Mia attends nursery most days.');
  await check(app, 'live-05-agency-information');

  // 6. Parents' views
  await next(app, "Parents' views");
  await box(app, "Parents' and carers' views").fill('Jade said she is getting help.');
  await check(app, 'live-06-parents-views');

  // 7. The child's views, per child
  await next(app, "The child's views");
  await box(app, "Mia Example's views, wishes and feelings").fill('Mia likes nursery.');
  await app
    .getByRole('group', { name: "How Mia Example's views were obtained" })
    .getByRole('checkbox', { name: 'Direct work by the social worker' })
    .check();
  await box(app, 'Why Mia Example did not attend').fill('Mia is 4.');
  await check(app, 'live-07-child-views');

  // 8. Analysis (Signs of Safety) with keyboard scaling
  await next(app, 'Analysis (Signs of Safety)');
  await box(app, 'Danger statement').fill('Mia could be hurt again.');
  await box(app, 'Existing strengths').fill('Jade asks for help.');
  await box(app, 'Safety goals').fill('Mia is safe at home.');
  const score = app.getByRole('spinbutton', { name: 'Score from Tom Placeholder, 0 to 10' });
  await score.fill('4');
  await score.press('ArrowUp');
  await expect(score).toHaveValue('5');
  await box(app, 'Why Tom Placeholder gave 5').fill('Some help is in place.');
  await app.getByRole('spinbutton', { name: 'Score from Jade Example, 0 to 10' }).fill('2');
  await expect(
    app.getByText(/A score of 2 or below means immediate safety concerns/),
  ).toBeVisible();
  await check(app, 'live-08-analysis');

  // Summary: large text, ready-for-sign-off panel, a finding moves to its field
  await rail.getByRole('link', { name: /Chair's summary/ }).click();
  await expect(app.getByRole('heading', { level: 1, name: "Chair's summary" })).toBeFocused();
  await box(app, "Chair's summary").fill('Both children need a plan.');
  await app.getByRole('button', { name: 'Large text' }).click();
  await expect(app.locator('html')).toHaveClass(/large-text/);
  await check(app, 'live-09-summary-large-text');
  await app.getByRole('button', { name: 'Large text' }).click();
  const finding = app.getByRole('link', {
    name: "The child's views section for Noah Example cannot be empty.",
  });
  await finding.click();
  await expect(app.getByRole('heading', { level: 1, name: "The child's views" })).toBeVisible();
  await expect(box(app, "Noah Example's views, wishes and feelings")).toBeFocused();

  // Everything survives a reload
  await saved(app);
  await app.reload();
  await expect(box(app, "Mia Example's views, wishes and feelings")).toHaveValue(
    'Mia likes nursery.',
  );
  await openHash(app, `#/conference/${id}/live/reports`);
  await expect(box(app, 'Date received')).toHaveValue('5 January 2026');
  await expect(app.getByText('Restricted', { exact: true })).toBeVisible();
  await openHash(app, `#/conference/${id}/live/purpose`);
  await expect(box(app, 'Reason for the conference')).toHaveValue(
    'Mia had a bruise. She was made subject to a child protection plan',
  );
});
