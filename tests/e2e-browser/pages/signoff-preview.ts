// The sign-off screen's checklist of documents to look at: ticks "Looked at" for every document, so Sign off is
// enabled (journeys that are not about the previews themselves).
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** Ticks every "Looked at" box on the sign-off screen and waits for the count to say all. */
export async function tickEveryDocumentLookedAt(app: Page): Promise<void> {
  const boxes = app.getByRole('checkbox', { name: /^Looked at / });
  await expect(boxes.first()).toBeVisible();
  const n = await boxes.count();
  for (let i = 0; i < n; i += 1) {
    await boxes.nth(i).check();
  }
  await expect(app.getByText(`Looked at ${n} of ${n} documents`)).toBeVisible();
}
