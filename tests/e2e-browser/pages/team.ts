// Page helpers for the team e2e specs: a person in their own browser shell and data folder (identity set on the
// Team screen, card downloaded), cards exchanged and confirmed by the numbers read aloud, the shared folder set,
// a conference sent from its sign-off page, a bundle received from the inbox, one set-up field edited. FICTIONAL
// people only. Rule source: docs/exchange.md.
import { join } from 'node:path';

import type { Browser, Page } from '@playwright/test';

import { startShellProcess } from '../../support/web-shell-process';
import type { RunningShell } from '../../support/web-shell-process';
import { expect, SCREENSHOT_DIR } from '../fixtures';

import type { Conference } from '../../../shared/domain/conference';

import { rpc } from './complete-conference';
import { createVaultByRpc } from './conference-vault';

export type Person = {
  shell: RunningShell;
  page: Page;
  name: string;
  card: string;
  digits: string;
};

export const ROLE_LABELS = {
  minutes: 'Minute-taker',
  chair: 'Conference chair',
  manager: 'Designated Manager (list of children subject to a plan)',
} as const;

/** A new shell and vault; the person sets who they are on the Team screen and downloads their card. */
export async function newPerson(
  browser: Browser,
  p: { name: string; role: string },
  tag: string,
): Promise<Person> {
  const shell = await startShellProcess();
  const context = await browser.newContext({
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    acceptDownloads: true,
    viewport: { width: 1280, height: 800 },
  });
  const page = await context.newPage();
  await page.goto(shell.launchUrl);
  await createVaultByRpc(page);
  await page.getByRole('link', { name: 'Team' }).click();
  await page.getByLabel('Your name').fill(p.name);
  await page.getByLabel('Your role').selectOption({ label: p.role });
  await page.getByLabel('Your local authority').fill('Fictionshire County Council');
  await page.getByRole('button', { name: 'Set who I am' }).click();
  const fingerprint = page.getByLabel(/^Your fingerprint: /);
  await expect(fingerprint).toBeVisible();
  const digits = ((await fingerprint.getAttribute('aria-label')) ?? '').replace(
    'Your fingerprint: ',
    '',
  );
  expect(digits).toMatch(/^\d{5}( \d{5}){5}$/);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download my card' }).click();
  const card = join(SCREENSHOT_DIR, `team-${tag}.icpc-card`);
  await (await downloading).saveAs(card);
  return { shell, page, name: p.name, card, digits };
}

/** `me` adds `other`'s card and confirms it with the numbers `other` reads aloud. */
export async function addAndConfirm(me: Person, other: Person): Promise<void> {
  await me.page.goto(`${me.shell.origin}/#/team`);
  await me.page.getByLabel(/Add a colleague’s card/).setInputFiles(other.card);
  await expect(
    me.page.getByRole('region', { name: 'Your team' }).getByRole('status'),
  ).toContainText(`${other.name}'s card is added`);
  await me.page.getByLabel(`Numbers ${other.name} reads aloud`).fill(other.digits);
  await me.page.getByRole('button', { name: `Confirm ${other.name}` }).click();
  await expect(me.page.getByRole('row', { name: new RegExp(other.name) })).toContainText(
    'Confirmed',
  );
}

export async function useFolder(p: Person, folder: string): Promise<void> {
  await p.page.goto(`${p.shell.origin}/#/team/inbox`);
  await p.page.getByRole('textbox', { name: /Shared folder/ }).fill(folder);
  await p.page.getByRole('button', { name: 'Use this folder' }).click();
  await expect(p.page.getByRole('button', { name: 'Look in the folder again' })).toBeVisible();
}

/** Sends the conference from its sign-off page into the shared folder (a draft, or once signed a notification). */
export async function sendFromSignoff(
  from: Person,
  id: string,
  panel: 'Send to a colleague' | 'Notify the Designated Manager',
  to: Person,
  note?: string,
): Promise<void> {
  await from.page.goto(`${from.shell.origin}/#/conference/${id}/signoff`);
  await from.page.reload();
  const send = from.page.getByRole('region', { name: panel });
  await send.getByLabel(new RegExp(to.name)).check();
  if (note) {
    await send.getByLabel('Note to the recipient (optional)').fill(note);
  }
  await send.getByRole('button', { name: 'Put it in the shared folder' }).click();
  await expect(send.getByRole('status')).toContainText('is in the shared folder');
}

/** Opens the inbox and looks in the shared folder again (the same hash does not reload the screen). */
export async function openInbox(p: Person): Promise<void> {
  await p.page.goto(`${p.shell.origin}/#/team/inbox`);
  await p.page.getByRole('button', { name: 'Look in the folder again' }).click();
}

/** Opens the inbox, finds the one new bundle whose summary matches `what`, and receives it. */
export async function receiveNew(p: Person, what: RegExp | string, result: string): Promise<void> {
  await openInbox(p);
  const entry = p.page.getByRole('listitem').filter({ hasText: what });
  await expect(entry).toHaveCount(1);
  await entry.getByRole('button', { name: /^Receive / }).click();
  await expect(p.page.getByRole('status').first()).toContainText(result);
}

/** Edits one text field on the conference's set-up screen and waits for "Saved". */
export async function editSetupField(
  p: Person,
  id: string,
  label: string,
  value: string,
): Promise<void> {
  await p.page.goto(`${p.shell.origin}/#/conference/${id}/setup`);
  const field = p.page.getByLabel(label, { exact: true });
  await field.fill(value);
  await field.press('Tab');
  await expect.poll(() => storedField(p, id, label)).toBe(value);
}

const FIELD_PATH: Record<string, (c: Conference) => string> = {
  Venue: (c) => c.venue,
  'Minute-taker': (c) => c.minuteTaker,
};

/** The value a set-up field holds in the person's vault (read through the same channel the app uses). */
export async function storedField(p: Person, id: string, label: string): Promise<string> {
  const r = await rpc<{ conference: Conference }>(p.page, 'conference.get', { conferenceId: id });
  if (!r.ok) {
    throw new Error(`conference.get: ${r.error.message}`);
  }
  return FIELD_PATH[label]!(r.value.conference);
}
