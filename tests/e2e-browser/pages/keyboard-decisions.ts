// Keyboard-only journey helpers for steps 9–14: agency views (Y/N keys), decisions with a dissent, categories
// with a primary, outline plans (actions added by Enter, a sibling's plan copied), core groups, the chair's
// summary and "Mark as ready for sign-off" — key presses only (see keyboard.ts).
import { expect } from '../fixtures';

import { box, checkScreen, typed } from './journey';
import type { Journey } from './journey';
import type { Categories, Decision, View } from './journey-decisions';
import { chooseOption, chooseRadio, press, tabTo, tick, typeInto } from './keyboard';
import { kbNext } from './keyboard-setup';

/** Step 9: each view by Tab to the row's answer, then Y or N, Space for categories, and the reason typed. */
export async function kbViews(j: Journey, views: View[]): Promise<void> {
  const { page } = j;
  await kbNext(j, 'Agency views on each child');
  for (const v of views) {
    const row = page
      .getByRole('region', { name: v.child, exact: true })
      .getByRole('row', { name: new RegExp(`^${v.who}`) });
    await tabTo(page, row.getByRole('group').first(), 120, true);
    await page.keyboard.press(v.plan ? 'y' : 'n');
    await expect(
      row.getByRole('radio', { name: v.plan ? 'Plan' : 'No plan', exact: true }),
    ).toBeChecked();
    for (const category of v.categories) {
      await tick(page, row.getByRole('checkbox', { name: category }));
    }
    await typeInto(page, row.getByRole('textbox'), v.why);
  }
  await checkScreen(j, 'agency-views');
}

/** Step 10: the question and the outcome by arrows and Space, the rationale typed, a dissent by Enter. */
export async function kbDecisions(j: Journey, all: Decision[]): Promise<void> {
  const { page } = j;
  await kbNext(j, 'Decision for each child');
  for (const d of all) {
    const section = page.getByRole('region', { name: d.child, exact: true });
    const harm = section.getByRole('group', { name: /significant harm\?$/ });
    await chooseRadio(page, harm, harm.getByRole('radio', { name: d.harm ? 'Yes' : 'No' }));
    const outcome = section.getByRole('group', { name: `Outcome for ${d.child}` });
    await chooseRadio(page, outcome, outcome.getByRole('radio', { name: d.outcome, exact: true }));
    await typeInto(page, box(section, `Why the chair decided this for ${d.child}`), d.why);
    if (d.dissent) {
      await press(
        page,
        section.getByRole('button', { name: new RegExp(`^Record ${d.dissent.who}.s dissent$`) }),
      );
      const text = box(section, 'Their view and reasons, as they want it recorded');
      await expect(text).toBeFocused();
      await page.keyboard.type(d.dissent.text);
      await typeInto(
        page,
        box(section, 'How the disagreement will be taken further'),
        d.dissent.route,
      );
      await expect(section.getByText('One view differs from the decision.')).toBeHidden();
    }
  }
  await checkScreen(j, 'decision');
}

/** Step 11: categories by Space, the primary by arrows. */
export async function kbCategories(j: Journey, all: Categories[]): Promise<void> {
  const { page } = j;
  await kbNext(j, 'Category of abuse or neglect');
  for (const c of all) {
    const section = page.getByRole('region', { name: c.child, exact: true });
    for (const category of c.categories) {
      await tick(page, section.getByRole('checkbox', { name: category }));
    }
    if (c.primary) {
      const group = section.getByRole('group', { name: `Primary category for ${c.child}` });
      await chooseRadio(page, group, group.getByRole('radio', { name: c.primary }));
    }
  }
  await checkScreen(j, 'category');
}

/** Step 12: the first child's plan typed in full (actions added by Enter), the next copied from it. */
export async function kbPlans(
  j: Journey,
  first: { child: string; lead: string; action: { what: string; who: string; byWhen: string } },
  copied: { child: string; outcome: string },
): Promise<void> {
  const { page } = j;
  await kbNext(j, 'Outline child protection plan');
  const plan = page.getByRole('region', { name: `Outline plan for ${first.child}` });
  const body = plan.getByRole('group', { name: 'Lead statutory body' });
  await chooseRadio(page, body, body.getByRole('radio', { name: 'Fictionshire County Council' }));
  await chooseOption(page, plan.getByLabel(`Lead social worker for ${first.child}`), first.lead);
  await expect(box(plan, 'Name')).toHaveValue(first.lead.split(',')[0] ?? '');
  await press(page, plan.getByRole('button', { name: 'Add an action' }));
  await expect(box(plan, 'Action 1: what will be done')).toBeFocused();
  await page.keyboard.type(first.action.what);
  await page.keyboard.press('Tab');
  await page.keyboard.type(first.action.who);
  await page.keyboard.press('Tab');
  await page.keyboard.type(typed(first.action.byWhen));
  await page.keyboard.press('Tab');
  await expect(box(plan, 'Action 1: by when')).toHaveValue(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
  await page.keyboard.type('Recorded at each visit.');
  await press(page, plan.getByRole('button', { name: 'Add a short-term outcome' }));
  await expect(box(plan, 'Short-term outcome 1: outcome for the child')).toBeFocused();
  await page.keyboard.type('Mia has three meals a day.');
  await typeInto(page, box(plan, 'Contingency plan'), 'Legal advice if the plan is not followed.');

  const next = page.getByRole('region', { name: `Outline plan for ${copied.child}` });
  await press(page, next.getByRole('button', { name: /^Copy from .*s plan$/ }));
  await expect(box(next, 'Contingency plan')).toHaveValue(
    'Legal advice if the plan is not followed.',
  );
  await press(page, next.getByRole('button', { name: 'Add a short-term outcome' }));
  await expect(box(next, 'Short-term outcome 1: outcome for the child')).toBeFocused();
  await page.keyboard.type(copied.outcome);
  await checkScreen(j, 'outline-plan');
}

/** Step 13: the core group of each plan child by Space; the default dates are kept. */
export async function kbCoreGroups(
  j: Journey,
  groups: { child: string; members: string[] }[],
): Promise<void> {
  const { page } = j;
  await kbNext(j, 'Core group and dates');
  for (const g of groups) {
    const section = page.getByRole('region', { name: g.child, exact: true });
    for (const who of g.members) {
      const box = section.getByRole('checkbox', { name: new RegExp(`^${who}`) });
      await expect(box).not.toBeChecked();
      await tick(page, box);
    }
    await expect(section.getByText('The core group has everyone it needs.')).toBeVisible();
  }
  await checkScreen(j, 'core-group');
}

/** Step 14: the summary typed, nothing blocks, "Mark as ready for sign-off" by Enter; focus is kept. */
export async function kbSummaryAndReady(j: Journey, summary: string): Promise<void> {
  const { page } = j;
  await kbNext(j, "Chair's summary");
  await typeInto(page, box(page, "Chair's summary"), summary);
  const panel = page.getByRole('region', { name: 'Ready for sign-off?' });
  await expect(panel.getByText(/^Nothing blocks sign-off\./)).toBeVisible();
  await expect(page.getByText('14 of 14 steps done')).toBeVisible();
  await checkScreen(j, 'summary-ready');
  await press(page, panel.getByRole('button', { name: 'Mark as ready for sign-off' }));
  await expect(panel.getByText('This record is awaiting sign-off.')).toBeFocused();
  await expect(page.getByText(/· Awaiting sign-off$/)).toBeVisible();
  await checkScreen(j, 'awaiting-sign-off');
}
