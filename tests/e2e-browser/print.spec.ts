// Print in the browser shell (docs/decisions/0015-print-route.md): each signed PDF of a version has a Print button
// that loads the exact signed bytes from a one-time address of the app in a hidden frame and calls print() on that
// frame; on the sign-off page each draft prints as its DRAFT PDF. Only the OS print dialog is replaced: print() in
// the frame is recorded instead of opening it.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Page, Response } from '@playwright/test';

import { DRAFT_HEADER } from '../../shared/documents/draft-mark';
import { aDocumentConference } from '../fixtures/documents';

import { SCREENSHOT_DIR, expect, expectNoAxeViolations, screenshot, test } from './fixtures';
import { TEST_PASSPHRASE, createVaultByRpc } from './pages/conference-vault';
import { rpc, signOffLookingAtAll, storeCompleteConference } from './pages/complete-conference';

type SignedFile = { id: string; fileName: string; format: string; sha256: string };
type Versions = { versions: { version: number; files: SignedFile[] }[] };
type PrintCall = { href: string; contentType: string };

/** Replaces print() in every frame with a recorder on the top window (the OS dialog is all that is skipped). */
async function recordPrints(app: Page): Promise<void> {
  await app.addInitScript(() => {
    window.print = () => {
      const top = window.top as unknown as { icpcPrints?: PrintCall[] };
      (top.icpcPrints ??= []).push({ href: location.href, contentType: document.contentType });
    };
  });
}

const prints = (app: Page): Promise<PrintCall[]> =>
  app.evaluate(() => (window as unknown as { icpcPrints?: PrintCall[] }).icpcPrints ?? []);

const isPrintAddress = (r: Response): boolean => new URL(r.url()).pathname.startsWith('/print/');

/**
 * The bytes the app's server sent for each print address. Chromium hands a PDF frame's body to its viewer, so
 * response.body() would only give the viewer's wrapper page: the route passes the server's answer through
 * unchanged and keeps a copy.
 */
async function keepPrintedBytes(app: Page, bodies: Map<string, Buffer>): Promise<void> {
  await app.route(
    (url) => url.pathname.startsWith('/print/'),
    async (route) => {
      const answer = await route.fetch();
      bodies.set(route.request().url(), await answer.body());
      await route.fulfill({ response: answer });
    },
  );
}

test('prints each signed PDF with the exact bytes signed, and each draft on the sign-off page', async ({
  app,
}) => {
  test.setTimeout(300_000);
  const cspErrors: string[] = [];
  app.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) {
      cspErrors.push(m.text());
    }
  });
  await createVaultByRpc(app);
  const id = await storeCompleteConference(app, aDocumentConference());
  const signed = await signOffLookingAtAll(app, id, TEST_PASSPHRASE);
  expect(signed.ok).toBe(true);
  const listed = await rpc<Versions>(app, 'documents.listVersions', { conferenceId: id });
  const files = listed.ok ? listed.value.versions[0]!.files : [];
  const pdfs = files.filter((f) => f.format === 'pdf');
  expect(pdfs.length).toBeGreaterThan(2);

  await recordPrints(app);
  const bodies = new Map<string, Buffer>();
  await keepPrintedBytes(app, bodies);
  await app.setViewportSize({ width: 1280, height: 800 });
  await app.goto(`${new URL(app.url()).origin}/#/conference/${id}/signoff`);
  const printButtons = app.getByRole('button', { name: /^Print .*\.pdf, version 1$/ });
  await expect(printButtons).toHaveCount(pdfs.length);
  await expectNoAxeViolations(app);

  // The record and the last PDF of the list (a family copy): print, then download, and compare.
  for (const [n, f] of [pdfs[0]!, pdfs[pdfs.length - 1]!].entries()) {
    const served = app.waitForResponse(isPrintAddress);
    const button = app.getByRole('button', { name: `Print ${f.fileName}, version 1` });
    await button.click();
    const response = await served;
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect(response.headers()['cache-control']).toBe('no-store');
    expect(new URL(response.url()).origin).toBe(new URL(app.url()).origin);
    const printedBytes = bodies.get(response.url())!;
    expect(printedBytes.subarray(0, 5).toString()).toBe('%PDF-');
    await expect(
      app.getByRole('status').filter({ hasText: 'Opened the print dialog' }),
    ).toBeVisible();
    await expect.poll(async () => (await prints(app)).length).toBe(n + 1);
    const call = (await prints(app))[n]!;
    expect(call).toEqual({ href: response.url(), contentType: 'application/pdf' });
    // One hidden print frame at a time, out of the tab order and hidden from assistive technology.
    const frame = app.locator('iframe.print-frame');
    await expect(frame).toHaveCount(1);
    await expect(frame).toHaveAttribute('aria-hidden', 'true');
    await expect(frame).toHaveAttribute('tabindex', '-1');
    await expect(button).toBeFocused();

    const downloading = app.waitForEvent('download');
    await app.getByRole('button', { name: `Download ${f.fileName}, version 1` }).click();
    const download = await downloading;
    const path = join(SCREENSHOT_DIR, `print-${n}.pdf`);
    await download.saveAs(path);
    expect(printedBytes.equals(readFileSync(path))).toBe(true);

    // The address worked once: the page itself cannot load it again.
    const again = await app.evaluate(
      async (url) => (await fetch(url, { credentials: 'same-origin' })).status,
      response.url(),
    );
    expect(again).toBe(404);
  }
  // An address that has expired: the server's 404 text page, sent (like every answer but a PDF to print) with
  // framing refused, so the frame shows an error page. Nothing is printed and the person is told.
  const printsBefore = (await prints(app)).length;
  await app.unroute((url) => url.pathname.startsWith('/print/'));
  await app.route(
    (url) => url.pathname.startsWith('/print/'),
    (route) =>
      route.fulfill({
        status: 404,
        contentType: 'text/plain; charset=utf-8',
        headers: { 'X-Frame-Options': 'DENY', 'Content-Security-Policy': "frame-ancestors 'none'" },
        body: 'This print address has been used or has expired. Choose Print again.',
      }),
  );
  await app.getByRole('button', { name: `Print ${pdfs[1]!.fileName}, version 1` }).click();
  const alert = app.getByRole('alert').filter({ hasText: 'The document was not printed' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('could not be opened for printing');
  await expect(app.getByText('Downloaded 1 file(s).')).toHaveCount(0);
  await expect(app.locator('iframe.print-frame')).toHaveCount(0);
  expect(await prints(app)).toHaveLength(printsBefore);
  await screenshot(app, 'print-04-not-printed-1280');
  // Chromium logs the refused frame of that step; only that one is expected.
  expect(cspErrors.every((e) => /frame/i.test(e))).toBe(true);
  cspErrors.length = 0;
  await app.unroute((url) => url.pathname.startsWith('/print/'));
  await keepPrintedBytes(app, bodies);

  await app.getByRole('button', { name: `Print ${pdfs[0]!.fileName}, version 1` }).focus();
  await screenshot(app, 'print-01-versions-1280');
  await app.setViewportSize({ width: 1024, height: 768 });
  await expectNoAxeViolations(app);
  await screenshot(app, 'print-02-versions-1024');

  // A draft on the sign-off page of a conference not yet signed.
  const draftId = await storeCompleteConference(app, aDocumentConference());
  await app.setViewportSize({ width: 1280, height: 800 });
  await app.goto(`${new URL(app.url()).origin}/#/conference/${draftId}/signoff`);
  const draftButtons = app.getByRole('button', { name: /^Print the draft of / });
  await expect(draftButtons.first()).toBeVisible();
  const before = (await prints(app)).length;
  const served = app.waitForResponse(isPrintAddress);
  await draftButtons.first().click();
  const response = await served;
  const draftPath = join(SCREENSHOT_DIR, 'print-draft.pdf');
  writeFileSync(draftPath, bodies.get(response.url())!);
  const text = execFileSync('pdftotext', [draftPath, '-'], { encoding: 'utf8' });
  const pages = text.split('\f').slice(0, -1);
  expect(pages.length).toBeGreaterThan(0);
  pages.forEach((p) => expect(p.replace(/\s+/g, ' ')).toContain(DRAFT_HEADER));
  await expect.poll(async () => (await prints(app)).length).toBe(before + 1);
  expect((await prints(app))[before]!.href).toBe(response.url());
  await expect(
    app.getByRole('status').filter({ hasText: 'Opened the print dialog for the draft' }),
  ).toBeVisible();
  await expectNoAxeViolations(app);
  await screenshot(app, 'print-03-draft-1280');
  await app.setViewportSize({ width: 1024, height: 768 });
  await expectNoAxeViolations(app);
  await screenshot(app, 'print-05-draft-1024');
  expect(cspErrors).toEqual([]);
});
