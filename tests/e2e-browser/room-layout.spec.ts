// Every screen at 1024×768, at 1280×720 with large text and at 200 % zoom (see pages/layout-check.ts for how zoom
// is emulated): no sideways page scroll, no table cell narrower than 8 characters, the agenda rail in view while
// a long step scrolls. A full-page screenshot of each screen at each size goes to test-results/screenshots.
import { STEPS } from '../../shared/domain/steps';
import { aDocumentConference } from '../fixtures/documents';

import { expect, expectNoAxeViolations, screenshot, SCREENSHOT_DIR, test } from './fixtures';
import { storeCompleteConference } from './pages/complete-conference';
import { createVaultByRpc } from './pages/conference-vault';
import { layoutProblems, setLargeText, WINDOW_SIZES } from './pages/layout-check';

test('the layout check fails on a squeezed column and on a page that scrolls sideways', async ({
  page,
}) => {
  await page.setViewportSize({ width: 640, height: 384 });
  await page.setContent(`<main>
    <table style="width:600px"><tbody><tr><td style="width:20px">Neglect</td><td>A long reason</td></tr></tbody></table>
    <div style="width:900px">wide</div></main>`);
  const problems = await layoutProblems(page);
  expect(problems.some((p) => p.startsWith('the page scrolls sideways'))).toBe(true);
  expect(problems.some((p) => p.includes('"Neglect"'))).toBe(true);
  expect(problems.some((p) => p.includes('"A long reason"'))).toBe(false);
  await page.setContent(
    `<table><tbody><tr><td style="min-width:8ch">No</td><td>A long reason</td></tr></tbody></table>`,
  );
  expect(await layoutProblems(page)).toEqual([]);
});

for (const size of WINDOW_SIZES) {
  test(`every screen fits at ${size.name}`, async ({ app, browser }) => {
    test.setTimeout(300_000);
    await createVaultByRpc(app);
    const id = await storeCompleteConference(app, aDocumentConference());
    const origin = new URL(app.url()).origin;
    const cookies = await app.context().cookies();
    const context = await browser.newContext({
      viewport: size.viewport,
      deviceScaleFactor: size.deviceScaleFactor,
    });
    await context.addCookies(cookies);
    const page = await context.newPage();
    await page.goto(`${origin}/#/`);
    await setLargeText(page, size.largeText);
    await page.reload();
    const screens: [string, string][] = [
      ['home', '#/'],
      ['setup', `#/conference/${id}/setup`],
      ...STEPS.map((s, i): [string, string] => [
        `step-${String(i + 1).padStart(2, '0')}-${s.id}`,
        `#/conference/${id}/live/${s.id}`,
      ]),
      ['signoff', `#/conference/${id}/signoff`],
      ['list', '#/list'],
      ['vault', '#/vault'],
    ];
    const problems: string[] = [];
    for (const [name, hash] of screens) {
      await page.goto(`${origin}/${hash}`);
      const step = /\/live\/(.+)$/.exec(hash)?.[1];
      await expect(
        step
          ? page.locator(`[data-screen="${step}"] h1`)
          : page.getByRole('heading', { level: 1 }).first(),
      ).toBeVisible();
      await page.waitForTimeout(100);
      for (const p of await layoutProblems(page)) {
        problems.push(`${name}: ${p}`);
      }
      await screenshot(page, `layout-${size.name}-${name}`);
      await page.screenshot({ path: `${SCREENSHOT_DIR}/layout-${size.name}-${name}-top.png` });
      if (hash.includes('/live/')) {
        // The rail stays in view at the bottom of a long step.
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        const current = page.locator('.rail [aria-current="step"]');
        const box = await current.boundingBox();
        const inView = box !== null && box.y >= 0 && box.y + box.height <= size.viewport.height;
        await page.screenshot({ path: `${SCREENSHOT_DIR}/layout-${size.name}-${name}-end.png` });
        if (!inView) {
          problems.push(`${name}: the agenda rail is out of view when the step is scrolled down`);
        }
      }
    }
    expect(problems).toEqual([]);
    await page.goto(`${origin}/#/conference/${id}/live/agency-views`);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto(`${origin}/#/conference/${id}/live/core-group`);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    await expectNoAxeViolations(page);
    await context.close();
  });
}
