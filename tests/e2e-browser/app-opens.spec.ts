// The app opens in the browser shell, the contract round trip works, and the first screen is accessible.
import { expect, expectNoAxeViolations, screenshot, test } from './fixtures';

test('the app opens on its first screen with data from a real round trip', async ({ app }) => {
  await expect(
    app.getByRole('heading', { level: 1, name: 'Child protection conferences' }),
  ).toBeVisible();
  await expect(app.getByTestId('shell')).toHaveText('the browser shell (this computer only)');
  await expect(app.getByTestId('version')).toHaveText(/^\d+\.\d+\.\d+/);
  await expect(app).toHaveTitle('ICPC Companion');
  await screenshot(app, '01-first-screen');
  await expectNoAxeViolations(app);
});

test('the page can call the contract and gets typed errors back for bad input', async ({ app }) => {
  const echoed = await app.evaluate(async () => {
    const call = (channel: string, body: unknown) =>
      fetch(`/rpc/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }).then((r): Promise<unknown> => r.json());
    return {
      good: await call('app.echo', { text: 'round trip' }),
      bad: await call('app.echo', { text: 1, extra: true }),
    };
  });
  expect(echoed.good).toMatchObject({ ok: true, value: { text: 'round trip' } });
  expect(echoed.bad).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
});

test('the first screen can be reached and read with the keyboard alone', async ({ app }) => {
  await expect(app.getByRole('heading', { level: 1 })).toBeVisible();
  await app.keyboard.press('Tab');
  const skip = app.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(app.locator('main')).toBeFocused();
});
