// A team over three browser shells, each on its own data folder (minute-taker, chair, Designated Manager): each
// sets who they are on the Team screen, downloads their card, adds the others' cards and confirms them by typing
// the numbers read aloud; the minute-taker's sign-off is refused; the minute-taker hands a draft to the chair
// through a shared folder; the chair edits it and returns it; the minute-taker, who edited the same field
// meanwhile, chooses on the Merge screen and sends it back; the chair signs and notifies the Designated Manager;
// the children are on the manager's list and the manager's check answers "Subject to a child protection plan";
// the manager shares the list with the chair, who pre-checks Mia against it and is told the list's date.
// Axe on the Team, sign-off, Inbox and Merge screens. Rule source: docs/exchange.md.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { chromium } from '@playwright/test';
import type { Browser } from '@playwright/test';

import { aDocumentConference } from '../fixtures/documents';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium';

import { expect, expectNoAxeViolations, screenshot, test } from './fixtures';
import { storeCompleteConference } from './pages/complete-conference';
import { TEST_PASSPHRASE } from './pages/conference-vault';
import { tickEveryDocumentLookedAt } from './pages/signoff-preview';
import {
  ROLE_LABELS,
  addAndConfirm,
  editSetupField,
  newPerson,
  openInbox,
  receiveNew,
  sendFromSignoff,
  storedField,
  useFolder,
} from './pages/team';
import type { Person } from './pages/team';

const CHILDREN = /Mia Example, Noah Example, Ava Example/;

test('a draft goes from the minute-taker to the chair and back, is signed, and reaches the manager’s list', async () => {
  test.setTimeout(480_000);
  const folder = mkdtempSync(join(tmpdir(), 'icpc-shared-'));
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  const people: Person[] = [];
  try {
    people.push(
      await newPerson(browser, { name: 'Priya Fictional', role: ROLE_LABELS.minutes }, 'mt'),
    );
    people.push(
      await newPerson(browser, { name: 'Chris Imaginary', role: ROLE_LABELS.chair }, 'c'),
    );
    people.push(await newPerson(browser, { name: 'Dana Madeup', role: ROLE_LABELS.manager }, 'dm'));
    const [minutes, chair, manager] = people as [Person, Person, Person];
    await expectNoAxeViolations(minutes.page);
    await screenshot(minutes.page, 'team-01-identity');

    // A wrong number read aloud is refused; then each confirms the others' cards.
    await minutes.page.getByLabel(/Add a colleague’s card/).setInputFiles(chair.card);
    await minutes.page
      .getByLabel(`Numbers ${chair.name} reads aloud`)
      .fill('00000 00000 00000 00000 00000 00000');
    await minutes.page.getByRole('button', { name: `Confirm ${chair.name}` }).click();
    await expect(minutes.page.getByRole('alert')).toBeVisible();
    await minutes.page.getByLabel(`Numbers ${chair.name} reads aloud`).fill(chair.digits);
    await minutes.page.getByRole('button', { name: `Confirm ${chair.name}` }).click();
    await expect(minutes.page.getByRole('row', { name: /Chris Imaginary/ })).toContainText(
      'Confirmed',
    );
    for (const me of people) {
      for (const other of people.filter((o) => o !== me && !(me === minutes && o === chair))) {
        await addAndConfirm(me, other);
      }
    }
    await expectNoAxeViolations(chair.page);
    await screenshot(chair.page, 'team-02-directory');
    await chair.page.setViewportSize({ width: 1024, height: 768 });
    await screenshot(chair.page, 'team-02-directory-1024');
    await chair.page.setViewportSize({ width: 1280, height: 800 });

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

    for (const p of people) {
      await useFolder(p, folder);
    }
    // 1. Minute-taker → chair: the draft.
    await sendFromSignoff(minutes, id, 'Send to a colleague', chair, 'Please check the plan.');
    await expectNoAxeViolations(minutes.page);
    await openInbox(chair);
    const entry = chair.page.getByRole('listitem').filter({ hasText: 'New draft' });
    await expect(entry).toContainText('From Priya Fictional');
    await expect(entry).toContainText('Please check the plan.');
    await expect(entry).toContainText(CHILDREN);
    await expectNoAxeViolations(chair.page);
    await screenshot(chair.page, 'team-04-inbox');
    await receiveNew(chair, 'New draft', 'the draft is now in your conferences');
    await expect(chair.page.getByText('Already received.')).toBeVisible();

    // 2. The chair edits the venue and returns the draft; the minute-taker changed the venue too.
    await editSetupField(chair, id, 'Venue', 'Room 5, Example Centre');
    await sendFromSignoff(chair, id, 'Send to a colleague', minutes, 'Venue corrected.');
    await editSetupField(minutes, id, 'Venue', 'Room 7, Sample Hall');
    await openInbox(minutes);
    await expect(
      minutes.page.getByRole('listitem').filter({ hasText: 'From Chris Imaginary' }),
    ).toContainText('1 field for you to choose');
    await expectNoAxeViolations(minutes.page);
    await receiveNew(minutes, 'From Chris Imaginary', 'changed on both sides');
    await minutes.page.getByRole('link', { name: 'Choose now' }).click();
    const venue = minutes.page.getByRole('group', { name: 'Venue' });
    await expect(venue).toContainText('Yours: Room 7, Sample Hall');
    await expect(venue).toContainText('Chris Imaginary’s: Room 5, Example Centre');
    await expectNoAxeViolations(minutes.page);
    await screenshot(minutes.page, 'team-05-merge');
    await venue.getByLabel(/^Chris Imaginary’s/).check();
    await minutes.page.getByRole('button', { name: 'Apply' }).click();
    await expect(minutes.page.getByRole('status')).toContainText('The merge is applied');
    expect(await storedField(minutes, id, 'Venue')).toBe('Room 5, Example Centre');

    // 3. The minute-taker sends it back; the chair's copy updates without a question.
    await sendFromSignoff(minutes, id, 'Send to a colleague', chair, 'Merged; ready to sign.');
    await receiveNew(chair, 'From Priya Fictional', 'the draft is updated');
    expect(await storedField(chair, id, 'Venue')).toBe('Room 5, Example Centre');

    // 4. The chair signs, then notifies the Designated Manager.
    await chair.page.goto(`${chair.shell.origin}/#/conference/${id}/signoff`);
    await tickEveryDocumentLookedAt(chair.page);
    await chair.page.getByLabel('Vault passphrase').fill(TEST_PASSPHRASE);
    await chair.page.getByRole('button', { name: 'Sign off version 1' }).click();
    await expect(chair.page.getByText(/^Signed by Chris Imaginary|^Signed by .+ on /)).toBeVisible({
      timeout: 120_000,
    });
    await sendFromSignoff(chair, id, 'Notify the Designated Manager', manager);
    await expectNoAxeViolations(chair.page);
    await screenshot(chair.page, 'team-06-notify');

    // 5. The manager receives it: the children are on the list, and a check finds Mia.
    await openInbox(manager);
    await expect(
      manager.page.getByRole('listitem').filter({ hasText: 'Plan notification version 1' }),
    ).toContainText(CHILDREN);
    await expectNoAxeViolations(manager.page);
    await receiveNew(manager, 'Plan notification', 'the children are on the list');
    await manager.page.goto(`${manager.shell.origin}/#/`);
    await manager.page
      .getByRole('link', { name: 'Children subject to a child protection plan' })
      .click();
    // Mia and Noah are subject to a plan; the conference decided no plan for Ava.
    for (const name of ['Mia Example', 'Noah Example']) {
      await expect(manager.page.getByRole('table').getByRole('link', { name })).toBeVisible();
    }
    await expect(manager.page.getByRole('table').getByText('Ava Example')).toHaveCount(0);
    await screenshot(manager.page, 'team-07-manager-list');
    await manager.page
      .getByRole('link', { name: 'Check whether a child is subject to a plan' })
      .click();
    await manager.page.getByLabel("Enquirer's name").fill('Sam Fictional');
    await manager.page.getByLabel('Role').fill('Health visitor');
    await manager.page.getByLabel('Agency', { exact: true }).fill('Fictional Health Trust');
    await manager.page.getByLabel('Phone number').fill('01632 960123');
    await manager.page.getByLabel('Reason for the enquiry').fill('New family on the caseload.');
    await manager.page.getByLabel("Child's name").fill('Mia Example');
    await manager.page.getByLabel('Date of birth').fill('14/3/2021');
    await manager.page.getByRole('button', { name: 'Check and record the enquiry' }).click();
    await expect(manager.page.getByRole('heading', { level: 2, name: /^Answer:/ })).toHaveText(
      'Answer: Subject to a child protection plan',
    );

    // 6. The authority shares the list: the manager sends it to the chair, who pre-checks Mia against it.
    await manager.page.goto(`${manager.shell.origin}/#/team`);
    const share = manager.page.getByRole('region', { name: 'The list for chairs’ pre-checks' });
    // Saved first, then shown checked (the vault's setting is the truth): click, then wait for it.
    const sharing = share.getByLabel(/shares the list of children subject to a plan with chairs/);
    await sharing.click();
    await expect(sharing).toBeChecked();
    await share.getByLabel('Chris Imaginary').check();
    await share.getByRole('button', { name: 'Put the list in the shared folder' }).click();
    await expect(share.getByRole('status')).toContainText('is in the shared folder');
    await expectNoAxeViolations(manager.page);
    await screenshot(manager.page, 'team-08-share-list');
    await receiveNew(chair, 'Designated Manager’s list', 'kept for your pre-checks');
    await chair.page.goto(`${chair.shell.origin}/#/team`);
    const pre = chair.page.getByRole('region', {
      name: 'Pre-check against the Designated Manager’s list',
    });
    await pre.getByLabel('Child’s name').fill('Mia Example');
    await pre.getByLabel('Date of birth').fill('14/3/2021');
    await pre.getByRole('button', { name: 'Check' }).click();
    await expect(pre.getByRole('status')).toContainText(
      'Answer: Subject to a child protection plan',
    );
    await expect(pre.getByRole('status')).toContainText(
      /From the list as of \d{1,2} \w+ \d{4} \(today\), sent by Dana Madeup\./,
    );
    await expectNoAxeViolations(chair.page);
    await screenshot(chair.page, 'team-09-precheck');
  } finally {
    await browser.close();
    for (const p of people) {
      await p.shell.stop();
    }
    rmSync(folder, { recursive: true, force: true });
  }
});
