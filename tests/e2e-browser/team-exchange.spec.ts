// A team over three browser shells, each on its own data folder (minute-taker, chair, Designated Manager): each
// sets who they are on the Team screen, downloads their card, adds the others' cards and confirms them by typing
// the numbers read aloud; the minute-taker's sign-off is refused on the sign-off screen; the minute-taker hands a
// draft to the chair through a shared folder and the chair receives it from the inbox. Rule source:
// docs/exchange.md.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { chromium } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';

import { aDocumentConference } from '../fixtures/documents';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium';
import { startShellProcess } from '../support/web-shell-process';
import type { RunningShell } from '../support/web-shell-process';

import { expect, expectNoAxeViolations, screenshot, test, SCREENSHOT_DIR } from './fixtures';
import { TEST_PASSPHRASE, createVaultByRpc } from './pages/conference-vault';
import { storeCompleteConference } from './pages/complete-conference';
import { tickEveryDocumentLookedAt } from './pages/signoff-preview';

type Person = { shell: RunningShell; page: Page; name: string; card: string; digits: string };

const PEOPLE = [
  { name: 'Priya Fictional', role: 'Minute-taker' },
  { name: 'Chris Imaginary', role: 'Conference chair' },
  { name: 'Dana Madeup', role: 'Designated Manager (list of children subject to a plan)' },
] as const;

test('three vaults exchange cards, a minute-taker cannot sign off and hands a draft to the chair', async () => {
  test.setTimeout(300_000);
  const folder = mkdtempSync(join(tmpdir(), 'icpc-shared-'));
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  const people: Person[] = [];
  try {
    for (const p of PEOPLE) {
      const shell = await startShellProcess();
      const context = await browser.newContext({
        locale: 'en-GB',
        timezoneId: 'Europe/London',
        acceptDownloads: true,
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
      const card = join(SCREENSHOT_DIR, `team-${people.length}.icpc-card`);
      await (await downloading).saveAs(card);
      people.push({ shell, page, name: p.name, card, digits });
    }
    const [minutes, chair, manager] = people as [Person, Person, Person];
    await expectNoAxeViolations(minutes.page);
    await screenshot(minutes.page, 'team-01-identity');

    // Each adds the others' cards and confirms them with the numbers read aloud; a wrong number is refused.
    for (const me of people) {
      for (const other of people.filter((o) => o !== me)) {
        await me.page.getByLabel(/Add a colleague’s card/).setInputFiles(other.card);
        await expect(
          me.page.getByRole('region', { name: 'Your team' }).getByRole('status'),
        ).toContainText(`${other.name}'s card is added`);
        const typed = me.page.getByLabel(`Numbers ${other.name} reads aloud`);
        if (me === minutes && other === chair) {
          await typed.fill('00000 00000 00000 00000 00000 00000');
          await me.page.getByRole('button', { name: `Confirm ${other.name}` }).click();
          await expect(me.page.getByRole('alert')).toBeVisible();
        }
        await typed.fill(other.digits);
        await me.page.getByRole('button', { name: `Confirm ${other.name}` }).click();
        await expect(me.page.getByRole('row', { name: new RegExp(other.name) })).toContainText(
          'Confirmed',
        );
      }
    }
    await expectNoAxeViolations(chair.page);
    await screenshot(chair.page, 'team-02-directory');
    await chair.page.setViewportSize({ width: 1024, height: 768 });
    await screenshot(chair.page, 'team-02-directory-1024');

    // The minute-taker's vault holds a complete conference; signing it off is refused for the role.
    const id = await storeCompleteConference(minutes.page, aDocumentConference());
    await minutes.page.goto(`${minutes.shell.origin}/#/conference/${id}/signoff`);
    await tickEveryDocumentLookedAt(minutes.page);
    await minutes.page.getByLabel('Vault passphrase').fill(TEST_PASSPHRASE);
    await minutes.page.getByRole('button', { name: 'Sign off version 1' }).click();
    await expect(minutes.page.getByRole('alert')).toContainText(
      'Only a conference chair can sign off',
    );
    await screenshot(minutes.page, 'team-03-signoff-refused');

    // Both use the same shared folder; the minute-taker sends the draft to the chair from the sign-off page.
    for (const p of [minutes, chair]) {
      await p.page.goto(`${p.shell.origin}/#/team/inbox`);
      await p.page.getByRole('textbox', { name: /Shared folder/ }).fill(folder);
      await p.page.getByRole('button', { name: 'Use this folder' }).click();
      await expect(p.page.getByRole('button', { name: 'Look in the folder again' })).toBeVisible();
    }
    await minutes.page.goto(`${minutes.shell.origin}/#/conference/${id}/signoff`);
    const send = minutes.page.getByRole('region', { name: 'Send to a colleague' });
    await send.getByLabel(/Chris Imaginary/).check();
    await send.getByLabel('Note to the recipient (optional)').fill('Please check the plan.');
    await send.getByRole('button', { name: 'Put it in the shared folder' }).click();
    await expect(send.getByRole('status')).toContainText('is in the shared folder');
    await expectNoAxeViolations(minutes.page);

    await chair.page.getByRole('button', { name: 'Look in the folder again' }).click();
    const entry = chair.page.getByRole('listitem').filter({ hasText: 'New draft' });
    await expect(entry).toContainText('From Priya Fictional');
    await expect(entry).toContainText('Please check the plan.');
    await expectNoAxeViolations(chair.page);
    await screenshot(chair.page, 'team-04-inbox');
    await entry.getByRole('button', { name: /^Receive / }).click();
    await expect(chair.page.getByRole('status').first()).toContainText(
      'the draft is now in your conferences',
    );
    await expect(chair.page.getByText('Already received.')).toBeVisible();
    // The manager's folder is not set: nothing was sent to them and their list is empty.
    expect(readFileSync(minutes.card, 'utf8')).toContain('icpc-card');
    await manager.page.goto(`${manager.shell.origin}/#/team/inbox`);
    await expect(manager.page.getByRole('heading', { name: 'Inbox' })).toBeVisible();
  } finally {
    await browser.close();
    for (const p of people) {
      await p.shell.stop();
    }
    rmSync(folder, { recursive: true, force: true });
  }
});
