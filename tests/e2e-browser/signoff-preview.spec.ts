// The chair looks at every document before signing, in the browser shell: Sign off stays disabled until each
// document is looked at; a draft opens as pages drawn by pdf.js (accessible name "<document>, page n of m"),
// turned by key, with DRAFT on every page and the page's text available; N opens the next document; reaching the
// last page ticks it. Then the chair signs, and the signed PDF no longer reads DRAFT.
// Rule source: docs/reliability.md §2.5 (the chair approves the record as signed).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { aDocumentConference } from '../fixtures/documents';

import { expect, expectNoAxeViolations, screenshot, test, SCREENSHOT_DIR } from './fixtures';
import { TEST_PASSPHRASE, createVaultByRpc } from './pages/conference-vault';
import { rpc, storeCompleteConference } from './pages/complete-conference';

const SIGNING = { timeout: 150_000 };

test('the chair pages through each draft, confirms every document and signs', async ({ app }) => {
  test.setTimeout(360_000);
  const errors: string[] = [];
  app.on('console', (m) => {
    if (m.type() === 'error') {
      errors.push(m.text());
    }
  });
  await app.setViewportSize({ width: 1280, height: 800 });
  await createVaultByRpc(app);
  const id = await storeCompleteConference(app, aDocumentConference());
  await app.goto(`${new URL(app.url()).origin}/#/conference/${id}/signoff`);

  const sign = app.getByRole('button', { name: 'Sign off version 1' });
  await expect(sign).toBeDisabled();

  // The chair leaves Ava's details out of Liam's copy; the distribution list says so.
  const liamAva = app
    .getByRole('group', { name: /^Liam Example’s copy/ })
    .getByRole('checkbox', { name: /^Ava Example/ });
  await expect(liamAva).toBeChecked();
  await liamAva.uncheck();
  await expect(liamAva).not.toBeChecked();
  const liamRow = app
    .getByRole('table', { name: 'Distribution list' })
    .getByRole('row', { name: /Liam Example/ });
  await expect(liamRow).toContainText('Details of other children: Ava Example');
  // Jade's copy without Mia: the whole-family text (the purpose) still names Mia, so the screen says where.
  const jadeMia = app
    .getByRole('group', { name: /^Jade Example’s copy/ })
    .getByRole('checkbox', { name: /^Mia Example/ });
  await jadeMia.uncheck();
  const named = app.getByRole('region', { name: 'Check these family copies' });
  await expect(named).toContainText('Jade Example’s copy leaves out Mia Example, who is named in:');
  await expect(named).not.toContainText('Liam Example’s copy');
  await app.setViewportSize({ width: 1024, height: 768 });
  await named.scrollIntoViewIfNeeded();
  await expectNoAxeViolations(app);
  await app.screenshot({
    path: join(SCREENSHOT_DIR, 'signoff-preview-00-named-left-out-1024.png'),
  });
  await app.setViewportSize({ width: 1280, height: 800 });
  const boxes = app.getByRole('checkbox', { name: /^Looked at / });
  const total = await boxes.count();
  expect(total).toBeGreaterThan(5);
  await expect(app.getByText(`Looked at 0 of ${total} documents`)).toBeVisible();
  await expect(app.getByText(`${total} still to look at`, { exact: false })).toBeVisible();

  // The first document: pages drawn in the app, turned with the keyboard.
  await app.getByRole('button', { name: /^Show Conference record/ }).click();
  const page1 = app.getByRole('img', { name: /^Conference record: .+, page 1 of (\d+)$/ });
  await expect(page1).toBeVisible({ timeout: 60_000 });
  const name = (await page1.getAttribute('aria-label')) ?? '';
  const pages = Number(/of (\d+)$/.exec(name)?.[1]);
  expect(pages).toBeGreaterThan(1);
  const text = app.locator('.pdf-pages__text pre');
  await expect(text).toContainText('DRAFT: not signed off');
  // The canvas really was drawn: some pixels are not white.
  const inked = await page1.evaluate((c) => {
    const canvas = c as HTMLCanvasElement;
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) {
      dark += data[i]! < 128 ? 1 : 0;
    }
    return dark;
  });
  expect(inked).toBeGreaterThan(1000);
  await expectNoAxeViolations(app);
  await screenshot(app, 'signoff-preview-01-page1');

  await page1.focus();
  await app.keyboard.press('ArrowRight');
  const page2 = app.getByRole('img', { name: new RegExp(`, page 2 of ${pages}$`) });
  await expect(page2).toBeVisible();
  await expect(page2).toBeFocused();
  await expect(text).toContainText('DRAFT: not signed off');
  await app.keyboard.press('ArrowLeft');
  await expect(app.getByRole('img', { name: new RegExp(`, page 1 of ${pages}$`) })).toBeVisible();
  for (let p = 2; p <= pages; p += 1) {
    await app.keyboard.press('PageDown');
    await expect(
      app.getByRole('img', { name: new RegExp(`, page ${p} of ${pages}$`) }),
    ).toBeVisible();
    await expect(text).toContainText('DRAFT: not signed off');
  }
  // The last page reached: the record is ticked.
  await expect(app.getByRole('checkbox', { name: /^Looked at Conference record/ })).toBeChecked();
  await expect(app.getByText(`Looked at 1 of ${total} documents`)).toBeVisible();

  // N opens the next document (the outline plan), on its first page.
  await app.keyboard.press('n');
  const plan = app.getByRole('img', { name: /^Outline child protection plan.+, page 1 of \d+$/ });
  await expect(plan).toBeVisible({ timeout: 60_000 });
  await app.setViewportSize({ width: 1024, height: 768 });
  await expectNoAxeViolations(app);
  await screenshot(app, 'signoff-preview-02-plan-1024');

  // The chair ticks the rest; one unticked keeps Sign disabled.
  for (let i = 0; i < total; i += 1) {
    await boxes.nth(i).check();
  }
  await boxes.nth(total - 1).uncheck();
  await expect(sign).toBeDisabled();
  await expect(app.getByText('1 still to look at', { exact: false })).toBeVisible();
  await boxes.nth(total - 1).check();
  await expect(sign).toBeEnabled();
  await expect(app.getByText(`Looked at ${total} of ${total} documents`)).toBeVisible();
  await app.setViewportSize({ width: 1280, height: 800 });
  await screenshot(app, 'signoff-preview-03-all-looked-at');

  await app.getByLabel('Vault passphrase').fill(TEST_PASSPHRASE);
  await sign.click();
  await expect(app.getByText('Version 1 is signed and kept in the vault.')).toBeVisible(SIGNING);
  await expectNoAxeViolations(app);

  // The signed record carries no DRAFT mark.
  const versions = await rpc<{ versions: { files: { id: string; fileName: string }[] }[] }>(
    app,
    'documents.listVersions',
    { conferenceId: id },
  );
  const file = versions.ok
    ? versions.value.versions[0]!.files.find((f) => f.fileName === 'conference-record.pdf')
    : undefined;
  expect(file).toBeDefined();
  const read = await rpc<{ base64: string }>(app, 'documents.read', { documentId: file!.id });
  expect(read.ok).toBe(true);
  const path = join(SCREENSHOT_DIR, 'signoff-preview-signed-record.pdf');
  writeFileSync(path, Buffer.from(read.ok ? read.value.base64 : '', 'base64'));
  const signedText = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
  expect(signedText).not.toContain('DRAFT');
  expect(signedText).toContain('9990000034'); // the professional record holds Ava's NHS number

  // Liam's signed copy of the record leaves Ava's details out.
  const liamFile = versions.ok
    ? versions.value.versions[0]!.files.find(
        (f) => f.fileName === 'family-liam-example-conference-record.pdf',
      )
    : undefined;
  const liamRead = await rpc<{ base64: string }>(app, 'documents.read', {
    documentId: liamFile!.id,
  });
  const liamPath = join(SCREENSHOT_DIR, 'signoff-preview-signed-liam-record.pdf');
  writeFileSync(liamPath, Buffer.from(liamRead.ok ? liamRead.value.base64 : '', 'base64'));
  const liamText = execFileSync('pdftotext', [liamPath, '-'], { encoding: 'utf8' });
  expect(liamText).not.toContain('9990000034');
  expect(liamText).not.toContain('DRAFT');
  expect(errors.filter((e) => /Content Security Policy|Refused/i.test(e))).toEqual([]);
});
