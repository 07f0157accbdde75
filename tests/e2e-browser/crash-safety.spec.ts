// Nothing acknowledged is lost on a crash. The chair types the summary in live mode with pauses (so
// edits are sent as people type); the browser shell is killed with SIGKILL just as an edit is on its way, then
// restarted on the same data folder and unlocked: the text is there, at least up to the last "Saved", and it is
// exactly the last acknowledged text or the one that was in flight.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { startShellProcess } from '../support/web-shell-process';

import { expect, test } from './fixtures';
import { TEST_PASSPHRASE, createVaultByRpc } from './pages/conference-vault';
import { box, saved } from './pages/journey';
import { createLiveConference, openHash } from './pages/live-conference';

const FIELD = ['discussion', 'chairSummary', 'text'].join('.');
const WORDS =
  'The conference agreed that Leo will be seen alone at school every week and that Rosa will start the parenting course before the first core group meets'.split(
    ' ',
  );
const PAUSES_MS = [60, 450, 120, 700, 30, 500];

test('a shell killed mid-typing keeps the summary up to the last acknowledged save', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'icpc-crash-'));
  let shell = await startShellProcess({ dataDir });
  try {
    await page.goto(shell.launchUrl);
    await createVaultByRpc(page);
    const id = await createLiveConference(page, 'standard');
    await openHash(page, `#/conference/${id}/live/summary`);
    const summary = box(page, "Chair's summary");

    // Every edit of the summary sent to main, in order, and the last one main acknowledged.
    const sent: string[] = [];
    let acknowledged = -1;
    let killAt = Number.POSITIVE_INFINITY;
    let killed = false;
    page.on('request', (request) => {
      if (!request.url().endsWith('/rpc/conference.applyEdit')) {
        return;
      }
      const body = request.postDataJSON() as { edit?: { path?: string[]; value?: unknown } };
      if (body.edit?.path?.join('.') === FIELD && typeof body.edit.value === 'string') {
        sent.push(body.edit.value);
        if (sent.length === killAt) {
          killed = true;
          shell.child.kill('SIGKILL'); // the edit is on its way: main may or may not have written it
        }
      }
    });
    page.on('response', async (response) => {
      if (!response.url().endsWith('/rpc/conference.applyEdit')) {
        return;
      }
      const body = response.request().postDataJSON() as { edit?: { value?: unknown } };
      const result = (await response.json().catch(() => ({ ok: false }))) as { ok: boolean };
      const at = sent.lastIndexOf(String(body.edit?.value));
      if (result.ok && at > acknowledged) {
        acknowledged = at;
      }
    });

    await summary.click();
    const typeWords = async (from: number, to: number) => {
      for (let i = from; i < to && !killed; i += 1) {
        await page.keyboard.type(`${WORDS[i % WORDS.length]} `, { delay: 25 });
        await page.waitForTimeout(PAUSES_MS[i % PAUSES_MS.length] ?? 0);
      }
    };
    await typeWords(0, 10);
    await saved(page);
    const lastSaved = await summary.inputValue();
    expect(lastSaved.split(' ').length).toBeGreaterThan(9);
    // Kill the shell as the third edit after the last "Saved" leaves the renderer.
    killAt = sent.length + 3;
    await typeWords(10, 60);
    await expect.poll(() => shell.child.signalCode, { timeout: 20_000 }).toBe('SIGKILL');
    // What main had acknowledged, and what was sent up to the kill (the renderer retries after it).
    const ackedBeforeKill = acknowledged;
    const sentBeforeKill = sent.slice(0, killAt);

    shell = await startShellProcess({ dataDir });
    await page.goto(shell.launchUrl);
    await expect(page.getByRole('heading', { name: 'Unlock the vault' })).toBeVisible();
    await page.getByLabel('Passphrase').fill(TEST_PASSPHRASE);
    await page.getByLabel('Passphrase').press('Enter');
    await expect(page.getByRole('button', { name: 'Lock' })).toBeVisible();
    await openHash(page, `#/conference/${id}/live/summary`);
    const reopened = await summary.inputValue();

    expect(reopened.startsWith(lastSaved)).toBe(true);
    // Exactly the last acknowledged text, or the one in flight when the shell died; nothing else.
    expect(sentBeforeKill.slice(ackedBeforeKill)).toContain(reopened);
    // One edit is in flight at a time, so the one before the last was acknowledged before the last was sent.
    expect(sentBeforeKill.slice(-2)).toContain(reopened);
    expect(reopened.length).toBeGreaterThan(lastSaved.length);
  } finally {
    await shell.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
