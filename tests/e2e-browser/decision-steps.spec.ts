// The agency views, decision, category, outline plan and core group steps for a sibling group
// with different outcomes (Mia: plan, neglect; Noah: plan, physical primary and emotional; Ava: child in need
// plan) and a dissent (the health visitor wanted a plan for Ava). The actions table is driven by keyboard only.
import type { Page } from '@playwright/test';

import { expect, expectNoAxeViolations, screenshot, test } from './fixtures';
import { createVaultByRpc } from './pages/conference-vault';
import { createSiblingConference, findings } from './pages/sibling-conference';
import { coreGroups, openStep, outlinePlans } from './pages/plan-steps';

const SW = 'Tom Placeholder';
const HV = 'Priya Sampleton';
const NURSERY = 'Owen Madeup';

/** Gives one professional's view on one child by keyboard: Y or N in the plan column, then the reason. */
async function giveView(
  page: Page,
  child: string,
  who: string,
  plan: boolean,
  categories: string[],
  reason: string,
): Promise<void> {
  const section = page.getByRole('region', { name: child });
  const row = section.getByRole('row', { name: new RegExp(`^${who}`) });
  await row.getByRole('radio', { name: 'No plan' }).focus();
  await page.keyboard.press(plan ? 'y' : 'n');
  await expect(
    row.getByRole('radio', { name: plan ? 'Plan' : 'No plan', exact: true }),
  ).toBeChecked();
  for (const category of categories) {
    await row.getByRole('checkbox', { name: category }).focus();
    await page.keyboard.press('Space');
  }
  await row.getByRole('textbox').fill(reason);
}

/** Ruling paths of one rule's findings. */
function rules(all: { ruleId: string; path: string }[], ruleId: string): string[] {
  return all.filter((f) => f.ruleId === ruleId).map((f) => f.path);
}

/** Answers the significant-harm question, chooses the outcome and writes the rationale for one child. */
async function decide(page: Page, child: string, harm: boolean, outcome: string, why: string) {
  const section = page.getByRole('region', { name: child });
  await section.getByRole('radio', { name: harm ? 'Yes' : 'No', exact: true }).check();
  await section.getByRole('radio', { name: outcome, exact: true }).check();
  await section.getByRole('textbox', { name: `Why the chair decided this for ${child}` }).fill(why);
}

test('a sibling group: views, three different decisions, a dissent, categories, plans and core groups', async ({
  app,
}) => {
  test.setTimeout(120_000);
  await createVaultByRpc(app);
  const id = await createSiblingConference(app);

  // Agency views: every professional in the meeting on every child.
  await openStep(app, id, 'agency-views', 'Agency views on each child');
  for (const who of [SW, HV, NURSERY]) {
    await giveView(
      app,
      'Mia Example',
      who,
      true,
      ['Neglect'],
      'Neglect of basic care is likely to continue.',
    );
    await giveView(
      app,
      'Noah Example',
      who,
      true,
      ['Physical abuse', 'Emotional abuse'],
      'Unexplained bruising and conflict at home.',
    );
  }
  await giveView(app, 'Ava Example', SW, false, [], 'A child in need plan can meet her needs.');
  await giveView(
    app,
    'Ava Example',
    HV,
    true,
    ['Emotional abuse'],
    'Ava is affected by the same conflict as Noah.',
  );
  await giveView(
    app,
    'Ava Example',
    NURSERY,
    false,
    [],
    'She is settled and well cared for at school.',
  );
  await expect(app.getByRole('status').filter({ hasText: /^Saved/ })).toBeVisible();
  await expectNoAxeViolations(app);
  await screenshot(app, 'decision-01-agency-views');

  // Decision: each child separately; Ava's child in need plan differs from the health visitor's view.
  await openStep(app, id, 'decision', 'Decision for each child');
  await decide(
    app,
    'Mia Example',
    true,
    'Subject to a child protection plan',
    'Neglect of basic care is likely to continue without a plan.',
  );
  await decide(
    app,
    'Noah Example',
    true,
    'Subject to a child protection plan',
    'Unexplained injuries and harm from conflict at home.',
  );
  await decide(
    app,
    'Ava Example',
    false,
    'Child in need plan',
    'Ava is not likely to suffer significant harm; a child in need plan meets her needs.',
  );
  const ava = app.getByRole('region', { name: 'Ava Example' });
  await expect(ava.getByText('One view differs from the decision.')).toBeVisible();
  await expect(
    app
      .getByRole('region', { name: 'Mia Example' })
      .getByText('Every recorded view agrees with the decision.'),
  ).toBeVisible();
  await expect
    .poll(async () => rules(await findings(app, id), 'R7-dissent'))
    .toEqual(['children.2.decision.dissent']);
  await screenshot(app, 'decision-02a-dissent-prompt');
  await ava.getByRole('button', { name: /^Record Priya Sampleton.s dissent$/ }).focus();
  await app.keyboard.press('Enter');
  const dissentText = ava.getByRole('textbox', {
    name: 'Their view and reasons, as they want it recorded',
  });
  await expect(dissentText).toBeFocused();
  await expect(ava.getByRole('textbox', { name: 'What they disagree with' })).toHaveValue(
    'The decision that Ava Example should not be subject to a child protection plan (child in need plan).',
  );
  await expect
    .poll(async () => rules(await findings(app, id), 'R7-dissent'))
    .toEqual(['children.2.decision.dissent.0.text']);
  await app.keyboard.type('Ava is exposed to the same conflict as Noah and should have a plan.');
  await ava
    .getByRole('textbox', { name: 'How the disagreement will be taken further' })
    .fill('Health safeguarding lead to the conference service manager.');
  await expect(ava.getByText('One view differs from the decision.')).toBeHidden();
  await expect.poll(async () => rules(await findings(app, id), 'R7-dissent')).toEqual([]);
  await expectNoAxeViolations(app);
  await screenshot(app, 'decision-02-decision');

  // Back in the agency views, a view changed after the decision is prompted for dissent there too.
  await openStep(app, id, 'agency-views', 'Agency views on each child');
  const avaViews = app.getByRole('region', { name: 'Ava Example' });
  await expect(avaViews.getByText('Decision: Child in need plan')).toBeVisible();
  await giveView(
    app,
    'Ava Example',
    NURSERY,
    true,
    [],
    'Ava told staff she is frightened at home.',
  );
  const recordOwen = avaViews.getByRole('button', { name: /^Record Owen Madeup.s dissent$/ });
  await expect(recordOwen).toBeVisible();
  await expect
    .poll(async () => rules(await findings(app, id), 'R7-dissent'))
    .toEqual(['children.2.decision.dissent']);
  await expectNoAxeViolations(app);
  await screenshot(app, 'decision-02b-views-after-decision');
  await giveView(
    app,
    'Ava Example',
    NURSERY,
    false,
    [],
    'She is settled and well cared for at school.',
  );
  await expect(recordOwen).toBeHidden();
  await expect.poll(async () => rules(await findings(app, id), 'R7-dissent')).toEqual([]);

  // Category: Noah's two categories warn and physical is made primary; Ava (no plan) is not listed.
  await openStep(app, id, 'category', 'Category of abuse or neglect');
  await expect(app.getByRole('region', { name: 'Ava Example' })).toHaveCount(0);
  await expect(
    app.getByText(
      'No category for Ava Example (child in need plan): only a child protection plan has a category.',
    ),
  ).toBeVisible();
  const miaCat = app.getByRole('region', { name: 'Mia Example' });
  await miaCat.getByRole('checkbox', { name: 'Neglect' }).focus();
  await app.keyboard.press('Space');
  await expect(miaCat.getByText('Category: Neglect')).toBeVisible();
  const noahCat = app.getByRole('region', { name: 'Noah Example' });
  await noahCat.getByRole('checkbox', { name: 'Emotional abuse' }).check();
  await noahCat.getByRole('checkbox', { name: 'Physical abuse' }).check();
  const primary = noahCat.getByRole('group', { name: 'Primary category for Noah Example' });
  await expect(primary.getByRole('radio', { name: 'Emotional abuse' })).toBeChecked();
  await primary.getByRole('radio', { name: 'Physical abuse' }).check();
  await expect(
    noahCat.getByText(
      /2 categories are chosen\. Usually only one category is used; the Children in Need census code will be MUL\./,
    ),
  ).toBeVisible();
  await expectNoAxeViolations(app);
  await screenshot(app, 'decision-03-category');

  await outlinePlans(app, id);
  await coreGroups(app, id);

  const all = await findings(app, id);
  expect(
    all.filter((f) =>
      ['R4-decision-every-child', 'R5-plan-complete', 'R7-dissent'].includes(f.ruleId),
    ),
  ).toEqual([]);
  expect(rules(all, 'R6-multiple-categories')).toEqual(['children.1.decision.categories']);

  // Everything survives a reload.
  await app.reload();
  await openStep(app, id, 'decision', 'Decision for each child');
  await expect(
    app
      .getByRole('region', { name: 'Ava Example' })
      .getByRole('radio', { name: 'Child in need plan' }),
  ).toBeChecked();
  await expect(
    app
      .getByRole('region', { name: 'Ava Example' })
      .getByRole('textbox', { name: 'Their view and reasons, as they want it recorded' }),
  ).toHaveValue('Ava is exposed to the same conflict as Noah and should have a plan.');
  await openStep(app, id, 'outline-plan', 'Outline child protection plan');
  const miaPlan = app.getByRole('region', { name: 'Outline plan for Mia Example' });
  await expect(miaPlan.getByRole('textbox', { name: 'Action 1: what will be done' })).toHaveValue(
    'Book and attend the dental appointment',
  );
  await expect(miaPlan.getByRole('textbox', { name: 'Action 2: what will be done' })).toHaveValue(
    'Attend the parenting course',
  );
});
