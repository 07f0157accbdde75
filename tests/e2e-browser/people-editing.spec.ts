// People change mid-meeting: from live mode's People panel a late midwife is added with her arrival time, her
// role is changed, a child is removed after a keyboard confirmation and put back with Undo, and removing the
// midwife and undoing keeps her arrival time. Set-up offers the same list. Axe and screenshots on each.
import type { Page } from '@playwright/test';

import { expect, expectNoAxeViolations, screenshot, test } from './fixtures';
import { createVaultByRpc } from './pages/conference-vault';
import { rpc } from './pages/complete-conference';
import { createLiveConference, openHash } from './pages/live-conference';

type Stored = {
  children: { details: { name: string } }[];
  professionals: { id: string; name: string; role: string }[];
  attendance: { personId: string; status: string; arrivedAt?: string }[];
};

const saved = (page: Page) =>
  expect(page.getByRole('status').filter({ hasText: /^Saved \d\d:\d\d:\d\d$/ })).toBeVisible();

async function stored(page: Page, id: string): Promise<Stored> {
  await saved(page);
  const r = await rpc<{ conference: Stored }>(page, 'conference.get', { conferenceId: id });
  if (!r.ok) {
    throw new Error('conference.get failed');
  }
  return r.value.conference;
}

test('people are added, changed, removed and put back during the meeting', async ({ app }) => {
  test.setTimeout(240_000);
  await createVaultByRpc(app);
  const id = await createLiveConference(app);
  await expect(app.getByRole('heading', { name: 'Change or remove someone' })).toBeVisible();
  await expectNoAxeViolations(app);
  await app.getByRole('button', { name: 'Start the conference' }).click();
  await expect(app.getByRole('heading', { level: 1, name: /Introductions/ })).toBeVisible();

  await app.getByRole('button', { name: 'People', exact: true }).click();
  const panel = app.getByRole('region', { name: 'People' });
  await expect(panel).toBeVisible();
  await expectNoAxeViolations(app);
  await screenshot(app, 'people-01-panel');

  // A late midwife joins and is marked present at 10:40.
  await panel.getByLabel('Name', { exact: true }).fill('Nell Fakename');
  await panel.getByLabel('Role').fill('Community midwife');
  await panel.getByLabel('Agency type').selectOption('midwifery');
  await panel.getByLabel(/^Arrived at/).fill('10.40');
  await panel.getByRole('button', { name: 'Add to the conference' }).click();
  await expect(panel.getByText('Added Nell Fakename, present from 10:40.')).toBeVisible();
  let c = await stored(app, id);
  const nell = c.professionals.find((p) => p.name === 'Nell Fakename');
  expect(nell?.role).toBe('Community midwife');
  expect(c.attendance.find((a) => a.personId === nell?.id)).toMatchObject({
    status: 'present',
    arrivedAt: '10:40',
  });

  // A wrong time is refused, plainly, and nothing is added.
  await panel.getByLabel('Name', { exact: true }).fill('Someone Late');
  await panel.getByLabel(/^Arrived at/).fill('25:99');
  await panel.getByRole('button', { name: 'Add to the conference' }).click();
  await expect(
    panel.getByText('Enter the time as 24-hour HH:MM, for example 10:40.'),
  ).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Remove Someone Late' })).toHaveCount(0);

  // Her role is changed in place.
  await panel.getByRole('button', { name: 'Change Nell Fakename' }).click();
  await expect(panel.getByRole('textbox', { name: 'Name' }).last()).toBeFocused();
  await panel
    .getByRole('form', { name: 'Change Nell Fakename' })
    .getByLabel('Role')
    .fill('Specialist midwife');
  await panel.getByRole('button', { name: 'Save' }).click();
  await expect(panel.getByText('Specialist midwife, Midwifery')).toBeVisible();

  // Removing a child asks first; Escape keeps the child.
  await panel.getByRole('button', { name: 'Remove Noah Example' }).click();
  const dialog = app.getByRole('alertdialog', { name: 'Remove Noah Example?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Keep' })).toBeFocused();
  await expectNoAxeViolations(app);
  await screenshot(app, 'people-02-confirm');
  await app.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect((await stored(app, id)).children.map((ch) => ch.details.name)).toContain('Noah Example');

  // Confirmed from the keyboard, then undone with one key.
  await panel.getByRole('button', { name: 'Remove Noah Example' }).click();
  await app.keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('button', { name: 'Remove Noah Example' })).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(
    panel.getByRole('status').filter({ hasText: 'Removed Noah Example.' }),
  ).toBeVisible();
  expect((await stored(app, id)).children.map((ch) => ch.details.name)).toEqual(['Mia Example']);
  await expect(panel.getByRole('button', { name: 'Undo: put Noah Example back' })).toBeFocused();
  await screenshot(app, 'people-03-undo');
  await app.keyboard.press('Enter');
  await expect(panel.getByRole('button', { name: 'Remove Noah Example' })).toBeVisible();
  expect((await stored(app, id)).children.map((ch) => ch.details.name)).toEqual([
    'Mia Example',
    'Noah Example',
  ]);

  // Removing the midwife and undoing keeps her arrival time.
  await panel.getByRole('button', { name: 'Remove Nell Fakename' }).click();
  await dialog
    .page()
    .getByRole('alertdialog')
    .getByRole('button', { name: 'Remove Nell Fakename' })
    .click();
  c = await stored(app, id);
  expect(c.professionals.some((p) => p.name === 'Nell Fakename')).toBe(false);
  await panel.getByRole('button', { name: 'Undo: put Nell Fakename back' }).click();
  c = await stored(app, id);
  expect(c.attendance.find((a) => a.personId === nell?.id)?.arrivedAt).toBe('10:40');

  await app.setViewportSize({ width: 1024, height: 768 });
  await screenshot(app, 'people-04-panel-1024');
  await openHash(app, `#/conference/${id}/setup`);
  await expect(app.getByRole('heading', { name: 'Change or remove someone' })).toBeVisible();
  await expect(app.getByRole('button', { name: 'Remove Nell Fakename' })).toBeVisible();
  await expectNoAxeViolations(app);
  await screenshot(app, 'people-05-setup-1024');
});
