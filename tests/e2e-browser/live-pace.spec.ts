// The chair's pace in live mode: the clock starts at 00:00:00, Alt+Page Down / Alt+Page Up move between steps
// from inside a text box (what was typed is kept), the rail shows minutes spent of minutes planned, and a core
// group or review date on a weekend or bank holiday is flagged with the working day to use in one click.
import { aDocumentConference } from '../fixtures/documents';

import { expect, expectNoAxeViolations, screenshot, test } from './fixtures';
import { storeCompleteConference } from './pages/complete-conference';
import { createVaultByRpc } from './pages/conference-vault';

test('clock from 00:00:00, step keys from a text box, time per step in the rail', async ({
  app,
}) => {
  test.setTimeout(120_000);
  await createVaultByRpc(app);
  // The authority plans 6 minutes for attendance (the usual figure is 3); the rail shows its figure.
  const planned = await app.evaluate(async () => {
    const response = await fetch('/rpc/settings.set', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        authorityName: 'Fictionshire County Council',
        protectiveMarking: 'OFFICIAL-SENSITIVE',
        listManagerTitle: 'Designated Manager',
        stepMinutes: { attendance: 6 },
      }),
    });
    return ((await response.json()) as { ok: boolean }).ok;
  });
  expect(planned).toBe(true);
  const id = await storeCompleteConference(app, {
    ...aDocumentConference(),
    startTime: undefined,
  });
  // The conference's own day (5 January 2026), mid-morning.
  await app.clock.install({ time: new Date(2026, 0, 5, 10, 30, 40) });
  const origin = new URL(app.url()).origin;
  await app.goto(`${origin}/#/conference/${id}/live/introductions`);
  await app.getByRole('button', { name: 'Start the conference' }).click();
  await expect(app.getByRole('timer')).toHaveText('00:00:00');
  await app.clock.runFor(7 * 60_000 + 5_000);
  await expect(app.getByRole('timer')).toHaveText('00:07:05');
  const rail = app.getByRole('navigation', { name: 'Agenda' });
  const intro = rail.getByRole('link', { name: /Introductions/ });
  await expect(intro).toContainText('7 of 5 min: 2 min over');
  await expect(rail.getByRole('link', { name: /Attendance/ })).toContainText('6 min planned');

  await app.keyboard.press('Alt+PageDown');
  await expect(app.getByRole('heading', { level: 1, name: /Attendance/ })).toBeVisible();
  await app.keyboard.press('Alt+PageDown');
  await expect(app.getByRole('heading', { level: 1, name: /Purpose/ })).toBeVisible();
  const box = app.getByRole('textbox').first();
  await box.fill('Typed just before moving on.');
  await app.keyboard.press('Alt+PageUp');
  await expect(app.getByRole('heading', { level: 1, name: /Attendance/ })).toBeVisible();
  await app.keyboard.press('Alt+PageDown');
  await expect(app.getByRole('textbox').first()).toHaveValue('Typed just before moving on.');
  await expect(intro).toContainText('7 of 5 min: 2 min over');
  await expect(app.getByRole('link', { name: /^Next: / })).toHaveAttribute(
    'aria-keyshortcuts',
    'Alt+PageDown',
  );
  await expectNoAxeViolations(app);
  await screenshot(app, 'live-pace-rail');
});

test('a review on a Saturday is flagged and moved to the next working day in one click', async ({
  app,
}) => {
  test.setTimeout(120_000);
  await createVaultByRpc(app);
  const id = await storeCompleteConference(app, aDocumentConference());
  await app.goto(`${new URL(app.url()).origin}/#/conference/${id}/live/core-group`);
  const mia = app.getByRole('region', { name: 'Mia Example', exact: true });
  const review = mia.getByLabel('Date of the review conference');
  await review.fill('28/02/2026');
  await review.press('Tab');
  const flag = mia.getByText(/on a Saturday, not a working day/);
  await expect(flag).toHaveText(
    'The review conference on 28 February 2026 is on a Saturday, not a working day. The next working day is 2 March 2026.',
  );
  await expectNoAxeViolations(app);
  await screenshot(app, 'live-working-day-flag');
  await mia.getByRole('button', { name: 'Use 2 March 2026' }).click();
  await expect(flag).toBeHidden();
  await expect(review).toHaveValue('2 March 2026');
});
