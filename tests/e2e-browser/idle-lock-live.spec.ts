// The idle lock that knows a conference is running, in the browser shell. The live-mode timeout is set through the
// vault settings (the form, then the same settings channel at 1 minute, the shortest allowed): no test switch.
// The page's clock is paused while typing so the 400 ms debounce cannot send the text by itself: what is typed
// must survive a Lock pressed at once, and an idle lock that comes after the warning. Axe on the warning dialog;
// screenshots at 1280x800 and 1024x768. Rule source: docs/vault.md; docs/reliability.md §3.2 K7; docs/architecture.md §4.
import { join } from 'node:path';

import type { Page } from '@playwright/test';

import { SCREENSHOT_DIR, expect, expectNoAxeViolations, screenshot, test } from './fixtures';
import { rpc } from './pages/complete-conference';
import { TEST_PASSPHRASE, createVaultByRpc } from './pages/conference-vault';
import { createLiveConference } from './pages/live-conference';

const LIVE_LABEL = 'In live mode, lock after this many minutes without use';
const NOTES = "Chair's private notes (never in the minutes)";

const notes = (app: Page) => app.getByRole('textbox', { name: NOTES });
const warning = (app: Page) => app.getByRole('alertdialog', { name: 'The vault is about to lock' });

async function unlock(app: Page): Promise<void> {
  await expect(app.getByRole('heading', { name: 'Unlock the vault' })).toBeVisible({
    timeout: 90_000,
  });
  await app.getByLabel('Passphrase').fill(TEST_PASSPHRASE);
  await app.getByRole('button', { name: 'Unlock' }).click();
  await expect(app.getByRole('heading', { level: 1, name: /Introductions/ })).toBeVisible({
    timeout: 60_000,
  });
}

/** Holds the page's timers (the debounce) still: typing stays unsent until something else sends it. */
async function pauseClock(app: Page): Promise<void> {
  await app.clock.pauseAt(new Date(Date.now() + 1_000));
}

test('live mode: the lock warns, Enter keeps it unlocked, then it locks and nothing typed is lost', async ({
  app,
}) => {
  // Two real idle minutes (the shortest live-mode setting is 1 minute) on a loaded machine.
  test.setTimeout(360_000);
  await app.clock.install();
  await app.setViewportSize({ width: 1280, height: 800 });
  await createVaultByRpc(app);

  // The setting: a bad value is refused and changes nothing.
  await app.getByRole('link', { name: 'Vault settings' }).click();
  const live = app.getByLabel(LIVE_LABEL);
  await expect(live).toHaveValue('20');
  for (const bad of ['0', '121', '2.5', '']) {
    await live.fill(bad);
    await app.getByRole('button', { name: 'Save' }).click();
    await expect(app.getByRole('alert')).toContainText('from 1 to 120');
  }
  await expectNoAxeViolations(app);
  await screenshot(app, 'idle-lock-settings-refused');
  await app.reload();
  await expect(app.getByLabel(LIVE_LABEL)).toHaveValue('20');

  // Live mode; Lock pressed straight after typing, before the debounce: the text is saved first.
  const id = await createLiveConference(app);
  await app.getByRole('button', { name: 'Start the conference' }).click();
  await expect(app.getByRole('heading', { level: 1, name: /Introductions/ })).toBeVisible();
  await pauseClock(app);
  await notes(app).click();
  await app.keyboard.type('Mother arrived late.');
  await expect(app.getByRole('status').filter({ hasText: 'Saving…' })).toBeVisible();
  await app.getByRole('button', { name: 'Lock', exact: true }).click();
  await app.clock.resume();
  await unlock(app);
  await expect(notes(app)).toHaveValue('Mother arrived late.');

  // Text still inside its debounce when the live-mode lock is set to 1 minute: the warning comes at once and
  // sends the text.
  await pauseClock(app);
  await notes(app).click();
  await app.keyboard.press('End');
  await app.keyboard.type(' Father joined by phone.');
  await expect(app.getByRole('status').filter({ hasText: 'Saving…' })).toBeVisible();
  expect((await rpc(app, 'vault.setLiveIdleLock', { minutes: 1 })).ok).toBe(true);
  await expect(warning(app)).toBeVisible();
  await expect(warning(app)).toContainText(
    'because nothing has been typed or saved for a while. In live mode it locks after 1 minute',
  );
  await expect(app.getByRole('button', { name: 'Stay unlocked' })).toBeFocused();
  await expect(
    app.getByRole('status').filter({ hasText: /^Saved \d\d:\d\d:\d\d$/ }),
  ).toBeAttached();
  await app.clock.resume(); // the text is sent; axe needs running timers
  await expectNoAxeViolations(app);
  // The dialog is fixed to the window, so these are of the window as the chair sees it, not the whole page.
  await app.screenshot({ path: join(SCREENSHOT_DIR, 'idle-lock-warning-1280.png') });
  await app.setViewportSize({ width: 1024, height: 768 });
  await app.screenshot({ path: join(SCREENSHOT_DIR, 'idle-lock-warning-1024.png') });

  // One key keeps it unlocked: Enter once the countdown is under way starts the whole minute again, and the key
  // goes no further (the notes get no new line: their text is checked exactly at the end).
  await expect(warning(app)).toContainText(/locks in (5[0-5]|[1-4]\d) seconds/, {
    timeout: 30_000,
  });
  await app.keyboard.press('Enter');
  await expect(warning(app)).toContainText(/locks in (60|59|58|57) seconds/);
  // Any other key does the same, and is not typed into the field behind.
  await expect(warning(app)).toContainText(/locks in (5[0-5]|[1-4]\d) seconds/, {
    timeout: 30_000,
  });
  await app.keyboard.press('x');
  const pressedAt = Date.now();
  await expect(warning(app)).toContainText(/locks in (60|59|58|57) seconds/);

  // Left alone, it locks; not before a full minute after the last key (without it, at most 55 s).
  await expect(app.getByRole('heading', { name: 'Unlock the vault' })).toBeVisible({
    timeout: 90_000,
  });
  expect(Date.now() - pressedAt).toBeGreaterThan(56_000);
  expect(await rpc(app, 'vault.status', {})).toMatchObject({
    ok: true,
    value: { state: 'locked' },
  });
  await unlock(app);
  await expect(notes(app)).toHaveValue('Mother arrived late. Father joined by phone.');
  expect(app.url()).toContain(`#/conference/${id}/`);
});
