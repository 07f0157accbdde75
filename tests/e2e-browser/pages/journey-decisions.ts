// Page helpers for the journeys: the decision steps (agency views, decision per child with any dissent, category,
// outline plan, core group and dates) filled as a chair would. Each helper checks and photographs its screen.
import { expect } from '../fixtures';

import { box, checkScreen, nextStep, typed } from './journey';
import type { Journey } from './journey';

export type View = { child: string; who: string; plan: boolean; categories: string[]; why: string };

/** The same view of one child from each of `whos`. */
export const sameView = (whos: string[], view: Omit<View, 'who'>): View[] =>
  whos.map((who) => ({ ...view, who }));

/** Step 9: every view, by the Y and N keys in the plan column, the categories and the reason. */
export async function agencyViews(j: Journey, views: View[]): Promise<void> {
  const { page } = j;
  await nextStep(j, 'Agency views on each child');
  for (const v of views) {
    const row = page
      .getByRole('region', { name: v.child })
      .getByRole('row', { name: new RegExp(`^${v.who}`) });
    await row.getByRole('radio', { name: 'No plan' }).focus();
    await page.keyboard.press(v.plan ? 'y' : 'n');
    await expect(
      row.getByRole('radio', { name: v.plan ? 'Plan' : 'No plan', exact: true }),
    ).toBeChecked();
    for (const category of v.categories) {
      await row.getByRole('checkbox', { name: category }).check();
    }
    await row.getByRole('textbox').fill(v.why);
  }
  await checkScreen(j, 'agency-views');
}

export type Decision = {
  child: string;
  harm: boolean;
  outcome: string;
  why: string;
  /** A professional whose view differs, and what they want recorded. */
  dissent?: { who: string; text: string; route: string };
};

/** Step 10: the significant-harm question, the outcome and the rationale per child, and any dissent. */
export async function decisions(j: Journey, all: Decision[]): Promise<void> {
  const { page } = j;
  await nextStep(j, 'Decision for each child');
  for (const d of all) {
    const section = page.getByRole('region', { name: d.child, exact: true });
    await section.getByRole('radio', { name: d.harm ? 'Yes' : 'No', exact: true }).check();
    await section.getByRole('radio', { name: d.outcome, exact: true }).check();
    await box(section, `Why the chair decided this for ${d.child}`).fill(d.why);
    if (d.dissent) {
      await expect(section.getByText('One view differs from the decision.')).toBeVisible();
      await section
        .getByRole('button', { name: new RegExp(`^Record ${d.dissent.who}.s dissent$`) })
        .click();
      await box(section, 'Their view and reasons, as they want it recorded').fill(d.dissent.text);
      await box(section, 'How the disagreement will be taken further').fill(d.dissent.route);
      await expect(section.getByText('One view differs from the decision.')).toBeHidden();
    }
  }
  await checkScreen(j, 'decision');
}

export type Categories = { child: string; categories: string[]; primary?: string };

/** Step 11: the categories of each child made subject to a plan, and the primary one where there are several. */
export async function categories(j: Journey, all: Categories[], noPlan: string[]): Promise<void> {
  const { page } = j;
  await nextStep(j, 'Category of abuse or neglect');
  for (const c of all) {
    const section = page.getByRole('region', { name: c.child, exact: true });
    for (const category of c.categories) {
      await section.getByRole('checkbox', { name: category }).check();
    }
    if (c.primary) {
      await section
        .getByRole('group', { name: `Primary category for ${c.child}` })
        .getByRole('radio', { name: c.primary })
        .check();
    }
  }
  for (const child of noPlan) {
    await expect(page.getByRole('region', { name: child, exact: true })).toHaveCount(0);
  }
  await checkScreen(j, 'category');
}

export type Plan = {
  child: string;
  lead: string;
  actions: { what: string; who: string; byWhen: string; how: string }[];
  outcome: string;
  safeDayToDay: string;
  contingency: string;
};

/** A sibling's plan copied from another child's (the family-wide parts), with the child's own outcome. */
export type CopiedPlan = { child: string; copyFrom: string; outcome: string; safeDayToDay: string };

/** Step 12: the outline plan of each child made subject to a plan; siblings' plans may be copied. */
export async function outlinePlans(j: Journey, plans: (Plan | CopiedPlan)[]): Promise<void> {
  const { page } = j;
  await nextStep(j, 'Outline child protection plan');
  for (const p of plans) {
    if ('copyFrom' in p) {
      await copiedPlan(j, p);
      continue;
    }
    const section = page.getByRole('region', { name: `Outline plan for ${p.child}` });
    await section
      .getByRole('group', { name: 'Lead statutory body' })
      .getByRole('radio', { name: 'Fictionshire County Council' })
      .check();
    await section.getByLabel(`Lead social worker for ${p.child}`).selectOption({ label: p.lead });
    await box(section, 'Root causes: what has led to the concerns').fill(
      'The worries set out in the analysis.',
    );
    for (const [i, a] of p.actions.entries()) {
      await section.getByRole('button', { name: 'Add an action' }).click();
      const n = `Action ${i + 1}`;
      await box(section, `${n}: what will be done`).fill(a.what);
      await section.getByLabel(`${n}: who`, { exact: true }).fill(a.who);
      await box(section, `${n}: by when`).fill(typed(a.byWhen));
      await box(section, `${n}: by when`).press('Enter');
      await box(section, `${n}: how we will know`).fill(a.how);
    }
    await section.getByRole('button', { name: 'Add a short-term outcome' }).click();
    await box(section, 'Short-term outcome 1: outcome for the child').fill(p.outcome);
    await box(section, `Who checks ${p.child} is safe and well day to day`).fill(p.safeDayToDay);
    await box(section, 'Contingency plan').fill(p.contingency);
  }
  await checkScreen(j, 'outline-plan');
}

async function copiedPlan(j: Journey, p: CopiedPlan): Promise<void> {
  const section = j.page.getByRole('region', { name: `Outline plan for ${p.child}` });
  const from = j.page.getByRole('region', { name: `Outline plan for ${p.copyFrom}` });
  const contingency = await box(from, 'Contingency plan').inputValue();
  await section
    .getByRole('button', { name: new RegExp(`^Copy from ${p.copyFrom}.s plan$`) })
    .click();
  await expect(box(section, 'Contingency plan')).toHaveValue(contingency);
  await section.getByRole('button', { name: 'Add a short-term outcome' }).click();
  await box(section, 'Short-term outcome 1: outcome for the child').fill(p.outcome);
  await box(section, `Who checks ${p.child} is safe and well day to day`).fill(p.safeDayToDay);
}

/** Step 13: the core group of each plan child (the lead is already in it); the default dates are kept. */
export async function coreGroups(
  j: Journey,
  groups: { child: string; members: string[] }[],
): Promise<void> {
  const { page } = j;
  await nextStep(j, 'Core group and dates');
  for (const g of groups) {
    const section = page.getByRole('region', { name: g.child, exact: true });
    for (const who of g.members) {
      await section.getByRole('checkbox', { name: new RegExp(`^${who}`) }).check();
    }
    await expect(section.getByText('The core group has everyone it needs.')).toBeVisible();
    await expect(box(section, 'Date of the first core group')).toHaveValue(/\d{4}$/);
    await expect(
      section.getByText(/^Latest: .* 10 working days after the conference/),
    ).toBeVisible();
    await expect(box(section, 'Date of the review conference')).toHaveValue(/\d{4}$/);
  }
  await checkScreen(j, 'core-group');
}

/** Steps 11–13 for a conference where no child is made subject to a plan: each says so plainly. */
export async function noPlanSteps(j: Journey): Promise<void> {
  await nextStep(j, 'Category of abuse or neglect');
  await checkScreen(j, 'category');
  await nextStep(j, 'Outline child protection plan');
  await expect(
    j.page.getByText('No child has been made subject to a child protection plan', { exact: false }),
  ).toBeVisible();
  await checkScreen(j, 'outline-plan');
  await nextStep(j, 'Core group and dates');
  await expect(
    j.page.getByText(
      'No child has been made subject to a child protection plan, so there is no core group.',
    ),
  ).toBeVisible();
  await checkScreen(j, 'core-group');
}
