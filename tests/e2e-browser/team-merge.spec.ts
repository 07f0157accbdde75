// The Merge screen (docs/exchange.md, merging a returned draft): the minute-taker hands a draft to the chair; both
// then change the venue and the minute-taker's name differently; the minute-taker sends it again and the chair,
// receiving it, chooses per field: the minute-taker's venue, their own minute-taker name. Apply with one field
// unchosen is refused and changes nothing. The shared folder is watched: the chair's header counts the new bundle
// without a reload. Axe on the Merge screen; screenshots at 1280x800 and 1024x768.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { chromium } from '@playwright/test';
import type { Browser } from '@playwright/test';

import { aDocumentConference } from '../fixtures/documents';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium';

import { expect, expectNoAxeViolations, screenshot, test } from './fixtures';
import { storeCompleteConference } from './pages/complete-conference';
import {
  ROLE_LABELS,
  addAndConfirm,
  editSetupField,
  newPerson,
  receiveNew,
  sendFromSignoff,
  storedField,
  useFolder,
} from './pages/team';
import type { Person } from './pages/team';

test('the chair chooses field by field between their edits and the minute-taker’s', async () => {
  test.setTimeout(300_000);
  const folder = mkdtempSync(join(tmpdir(), 'icpc-shared-'));
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  const people: Person[] = [];
  try {
    people.push(
      await newPerson(browser, { name: 'Priya Fictional', role: ROLE_LABELS.minutes }, 'm2'),
    );
    people.push(
      await newPerson(browser, { name: 'Chris Imaginary', role: ROLE_LABELS.chair }, 'c2'),
    );
    const [minutes, chair] = people as [Person, Person];
    await addAndConfirm(minutes, chair);
    await addAndConfirm(chair, minutes);
    await useFolder(minutes, folder);
    await useFolder(chair, folder);

    const id = await storeCompleteConference(minutes.page, aDocumentConference());
    await sendFromSignoff(minutes, id, 'Send to a colleague', chair);
    await receiveNew(chair, 'New draft', 'the draft is now in your conferences');

    await editSetupField(chair, id, 'Venue', 'Room 5, Example Centre');
    await editSetupField(chair, id, 'Minute-taker', 'Priya Fictional');
    await editSetupField(minutes, id, 'Venue', 'Room 7, Sample Hall');
    await editSetupField(minutes, id, 'Minute-taker', 'P. Fictional');
    // The chair waits on the conferences list; the watched folder shows the new bundle in the header.
    await chair.page.goto(`${chair.shell.origin}/#/`);
    await sendFromSignoff(minutes, id, 'Send to a colleague', chair, 'My edits.');
    await expect(chair.page.getByRole('link', { name: 'Team (1 new)' })).toBeVisible({
      timeout: 20_000,
    });

    await receiveNew(chair, 'From Priya Fictional', 'changed on both sides');
    await chair.page.getByRole('link', { name: 'Choose now' }).click();
    const venue = chair.page.getByRole('group', { name: 'Venue' });
    const taker = chair.page.getByRole('group', { name: /^Minute.taker$/ });
    await expect(venue).toContainText('Yours: Room 5, Example Centre');
    await expect(venue).toContainText('Priya Fictional’s: Room 7, Sample Hall');
    await expect(taker).toContainText('Yours: Priya Fictional');
    await expect(taker).toContainText('Priya Fictional’s: P. Fictional');
    await expectNoAxeViolations(chair.page);
    await screenshot(chair.page, 'team-merge-01');
    await chair.page.setViewportSize({ width: 1024, height: 768 });
    await screenshot(chair.page, 'team-merge-01-1024');
    await chair.page.setViewportSize({ width: 1280, height: 800 });

    // One field unchosen: refused, nothing changed.
    await venue.getByLabel(/^Priya Fictional’s/).check();
    await chair.page.getByRole('button', { name: 'Apply' }).click();
    await expect(chair.page.getByRole('alert')).toContainText(
      'Choose yours or theirs for every field that differs: Minute taker.',
    );
    expect(await storedField(chair, id, 'Venue')).toBe('Room 5, Example Centre');
    await expectNoAxeViolations(chair.page);
    await screenshot(chair.page, 'team-merge-02-unchosen');

    // Keyboard: the radio pair is reached and chosen with the arrow keys.
    await taker.getByLabel(/^Yours/).focus();
    await chair.page.keyboard.press('ArrowDown');
    await chair.page.keyboard.press('ArrowUp');
    await expect(taker.getByLabel(/^Yours/)).toBeChecked();
    await chair.page.getByRole('button', { name: 'Apply' }).click();
    await expect(chair.page.getByRole('status')).toContainText('The merge is applied');
    expect(await storedField(chair, id, 'Venue')).toBe('Room 7, Sample Hall');
    expect(await storedField(chair, id, 'Minute-taker')).toBe('Priya Fictional');
  } finally {
    await browser.close();
    for (const p of people) {
      await p.shell.stop();
    }
    rmSync(folder, { recursive: true, force: true });
  }
});
