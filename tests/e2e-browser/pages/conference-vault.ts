// Page helper: creates a vault through the vault.create channel (until a create-vault screen exists), then reloads.
import type { Page } from '@playwright/test';

export const TEST_PASSPHRASE = 'a fictional long passphrase';

/** Creates and unlocks a vault in this test's data folder and reloads, so the conferences home shows. */
export async function createVaultByRpc(page: Page): Promise<void> {
  const result = await page.evaluate(async (passphrase) => {
    const response = await fetch('/rpc/vault.create', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ passphrase }),
    });
    return (await response.json()) as { ok: boolean };
  }, TEST_PASSPHRASE);
  if (!result.ok) {
    throw new Error('vault.create failed');
  }
  await page.reload();
}
