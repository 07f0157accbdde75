// A professional who agrees on a plan but sees another category is a dissent: the category step and the agency
// views step prompt for it, rule 7 blocks sign-off until it is recorded with text, and then it clears.
// Rule source: docs/domain.md §1.7 and §9.2 (rule 7).
import type { Conference } from '../../shared/domain/conference';
import { CATEGORIES, CATEGORY_LABELS } from '../../shared/domain/categories';
import { isPlanOutcome } from '../../shared/domain/decision';
import { aDocumentConference } from '../fixtures/documents';

import { expect, expectNoAxeViolations, screenshot, test } from './fixtures';
import { createVaultByRpc } from './pages/conference-vault';
import { storeCompleteConference } from './pages/complete-conference';
import { findings } from './pages/sibling-conference';

/** The document fixture with one plan-supporting professional seeing a category the chair did not choose. */
function withCategoryDissent(): { c: Conference; child: string; who: string; seen: string } {
  const base = aDocumentConference();
  const index = base.children.findIndex(
    (ch) => ch.decision !== undefined && isPlanOutcome(ch.decision.outcome),
  );
  const child = base.children[index];
  const decided = child?.decision?.categories.map((x) => x.category) ?? [];
  const other = CATEGORIES.find((k) => !decided.includes(k)) ?? 'sexual';
  const view = base.agencyViews.find(
    (v) =>
      v.childId === child?.details.id &&
      v.supportsPlan &&
      !child?.decision?.dissent.some((d) => d.personId === v.professionalId),
  );
  const pro = base.professionals.find((p) => p.id === view?.professionalId);
  if (!child || !view || !pro) {
    throw new Error('The document fixture has no plan child with a plan-supporting view.');
  }
  return {
    c: {
      ...base,
      agencyViews: base.agencyViews.map((v) => (v === view ? { ...v, categories: [other] } : v)),
    },
    child: child.details.name,
    who: pro.name,
    seen: CATEGORY_LABELS[other],
  };
}

test('a view of another category is prompted as a dissent and blocks sign-off until recorded', async ({
  app,
}) => {
  test.setTimeout(180_000);
  await createVaultByRpc(app);
  const { c, child, who, seen } = withCategoryDissent();
  const id = await storeCompleteConference(app, c);
  const dissentFindings = async () =>
    (await findings(app, id)).filter((f) => f.ruleId === 'R7-dissent').map((f) => f.message);
  await expect
    .poll(dissentFindings)
    .toEqual([expect.stringContaining(`${who}'s view of the category for ${child} (${seen})`)]);

  await app.setViewportSize({ width: 1024, height: 768 });
  await app.goto(`${new URL(app.url()).origin}/#/conference/${id}/live/category`);
  const section = app.getByRole('region', { name: `Dissent from the decision for ${child}` });
  await expect(section).toContainText(`${who}`);
  await expect(section).toContainText(
    `agreed a child protection plan is needed, but thought the category should be ${seen}.`,
  );
  await expect(section).not.toContainText('Every recorded view agrees');
  await section.scrollIntoViewIfNeeded();
  await expectNoAxeViolations(app);
  await screenshot(app, 'category-dissent-01-prompt-1024');

  await section.getByRole('button', { name: `Record ${who}’s dissent` }).click();
  const text = section.getByRole('textbox', {
    name: 'Their view and reasons, as they want it recorded',
  });
  await expect(text).toBeFocused();
  await expect(section.getByRole('textbox', { name: 'What they disagree with' })).toHaveValue(
    new RegExp(`^The category chosen for ${child}'s child protection plan: `),
  );
  await text.fill(`${seen} is the main concern, not the category chosen.`);
  await text.blur();
  await expect.poll(dissentFindings).toEqual([]);
  await screenshot(app, 'category-dissent-02-recorded-1024');

  // The agency views step shows the same dissent, recorded.
  await app.evaluate((h) => {
    window.location.hash = h;
  }, `#/conference/${id}/live/agency-views`);
  const views = app.getByRole('region', { name: `Dissent from the decision for ${child}` });
  await expect(views.getByRole('group', { name: `Dissent from ${who}` })).toBeVisible();
});
