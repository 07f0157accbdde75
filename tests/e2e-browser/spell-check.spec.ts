// Offline en-GB spell-check in a free-text field of the browser shell, with every request off this machine
// refused: a misspelt word is listed under the field and a conference name is not, a suggestion replaces it and
// is saved, Alt+F7 selects the next one. axe on the screen; screenshots at 1280x800 and 1024x768.
import type { Page } from '@playwright/test';

import { expect, expectNoAxeViolations, screenshot, test } from './fixtures';
import { createVaultByRpc } from './pages/conference-vault';
import { createLiveConference, openHash } from './pages/live-conference';

type Rpc = { ok: boolean; value?: { revision?: number }; error?: { message: string } };

async function rpc(page: Page, channel: string, input: unknown): Promise<Rpc> {
  return page.evaluate(
    async ({ channel, input }) => {
      const r = await fetch(`/rpc/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input),
      });
      return (await r.json()) as Rpc;
    },
    { channel, input },
  );
}

/** Gives the second child a surname no dictionary holds, so only the conference's own names can clear it. */
async function renameChild(page: Page, conferenceId: string, name: string): Promise<void> {
  const got = await rpc(page, 'conference.get', { conferenceId });
  const edit = { type: 'set', path: ['children', 1, 'details', 'name'], value: name };
  const r = await rpc(page, 'conference.applyEdit', {
    conferenceId,
    baseRevision: got.value?.revision,
    edit,
  });
  if (!r.ok) {
    throw new Error(`rename failed: ${r.error?.message ?? ''}`);
  }
}

const TEXT = 'The family were seen; neglegt noted. Noah Quennell and Priya Sampleton were there.';

test('a misspelt word is listed and a conference name is not, with no network', async ({
  app,
  shell,
}) => {
  test.setTimeout(120_000);
  // Everything not from the app's own origin is refused, and remembered so the test can say what was tried.
  const offMachine: string[] = [];
  await app.context().route('**', async (route) => {
    const url = route.request().url();
    if (url.startsWith(shell.origin) || url.startsWith('data:') || url.startsWith('blob:')) {
      await route.continue();
    } else {
      offMachine.push(url);
      await route.abort('internetdisconnected');
    }
  });
  await createVaultByRpc(app);
  const id = await createLiveConference(app);
  await renameChild(app, id, 'Noah Quennell');
  // Home and back, so the screen reads the conference again with the new name.
  await openHash(app, '#/');
  await openHash(app, `#/conference/${id}/setup`);
  await app.getByRole('button', { name: 'Start the conference' }).click();
  await expect(app.getByRole('heading', { level: 1, name: /Introductions/ })).toBeVisible();
  await openHash(app, `#/conference/${id}/live/purpose`);

  const field = app.getByRole('textbox', { name: 'Reason for the conference', exact: true });
  await field.click();
  await field.pressSequentially(TEXT, { delay: 5 });
  const list = app.locator(`#${(await field.getAttribute('id')) ?? ''}-spelling`);
  await expect(list).toContainText('Possible misspellings');
  await expect(list.getByRole('button', { name: 'neglegt: show suggestions' })).toBeVisible();
  await expect(list).not.toContainText('Quennell');
  await expect(list.getByRole('button', { name: / show suggestions$/ })).toHaveCount(1);
  await expect(list).not.toContainText('Sampleton');
  await expectNoAxeViolations(app);

  // Alt+F7 from the start selects the misspelt word in the field.
  await field.press('Control+Home');
  await field.press('Alt+F7');
  const selected = await field.evaluate((el: HTMLTextAreaElement) =>
    el.value.slice(el.selectionStart, el.selectionEnd),
  );
  expect(selected).toBe('neglegt');

  await list.getByRole('button', { name: 'neglegt: show suggestions' }).click();
  await expect(app.getByRole('button', { name: 'Replace neglegt with neglect' })).toBeVisible();
  await app.setViewportSize({ width: 1280, height: 800 });
  await screenshot(app, 'spell-check-1280x800');
  await app.setViewportSize({ width: 1024, height: 768 });
  await screenshot(app, 'spell-check-1024x768');
  await expectNoAxeViolations(app);
  // Escape closes the suggestions and puts focus back on the word; Enter opens them again.
  await app.getByRole('button', { name: 'Replace neglegt with neglect' }).focus();
  await app.keyboard.press('Escape');
  const neglegt = list.getByRole('button', { name: 'neglegt: show suggestions' });
  await expect(app.getByRole('button', { name: 'Replace neglegt with neglect' })).toBeHidden();
  await expect(neglegt).toBeFocused();
  await expect(neglegt).toHaveAttribute('aria-expanded', 'false');
  await app.keyboard.press('Enter');
  await app.getByRole('button', { name: 'Replace neglegt with neglect' }).click();
  const corrected = TEXT.replace('neglegt', 'neglect');
  await expect(field).toHaveValue(corrected);
  await expect(field).toBeFocused();
  await expect(list.getByRole('button', { name: / show suggestions$/ })).toHaveCount(0);
  await expect(app.getByRole('status').filter({ hasText: /^Saved \d\d:\d\d:\d\d$/ })).toBeVisible();

  // The same in a plain multi-line field (the chair's private notes).
  const notes = app.getByRole('textbox', { name: "Chair's private notes (never in the minutes)" });
  await notes.click();
  await notes.pressSequentially('Ask the GP to recieve the report.', { delay: 5 });
  const notesList = app.locator(`#${(await notes.getAttribute('id')) ?? ''}-spelling`);
  await notesList.getByRole('button', { name: 'recieve: show suggestions' }).click();
  await app.getByRole('button', { name: 'Replace recieve with receive' }).click();
  await expect(notes).toHaveValue('Ask the GP to receive the report.');
  await expect(notesList.getByRole('button', { name: / show suggestions$/ })).toHaveCount(0);
  await expect(app.getByRole('status').filter({ hasText: /^Saved \d\d:\d\d:\d\d$/ })).toBeVisible();

  await app.reload();
  await expect(field).toHaveValue(corrected);
  await expect(notes).toHaveValue('Ask the GP to receive the report.');
  await expect(list.getByRole('button', { name: / show suggestions$/ })).toHaveCount(0);

  // A word added to my words is no longer marked, here or after a reload.
  await field.press('Control+End');
  await field.pressSequentially(' Seen at Brackenshaw.', { delay: 5 });
  const brackenshaw = list.getByRole('button', { name: 'Brackenshaw: show suggestions' });
  await expect(brackenshaw).toBeVisible();
  await expectNoAxeViolations(app);
  await list.getByRole('button', { name: 'Add to my words: Brackenshaw' }).click();
  await expect(brackenshaw).toBeHidden();
  await expect(field).toBeFocused();
  await expect(app.getByRole('status').filter({ hasText: /^Saved \d\d:\d\d:\d\d$/ })).toBeVisible();
  await app.reload();
  await expect(field).toHaveValue(`${corrected} Seen at Brackenshaw.`);
  // The check has run once the field is checked again: a new misspelling appears, Brackenshaw does not.
  await field.press('Control+End');
  await field.pressSequentially(' Recieved.', { delay: 5 });
  await expect(list.getByRole('button', { name: 'Recieved: show suggestions' })).toBeVisible();
  await expect(list).not.toContainText('Brackenshaw');
  expect(offMachine).toEqual([]);
});
