// Live mode of the counted conference, the decision steps: each professional's view on each child, the decision
// with the health visitor's dissent, the categories, the outline plans, the core groups and the chair's summary.
import type { Locator } from 'playwright-core';

import type { MoveCounter } from './counter';
import { box, toStep } from './live';
import {
  CATEGORIES,
  CORE_GROUP,
  DECISIONS,
  HV,
  MIA,
  NOAH,
  PLAN,
  SUMMARY,
  VIEWS,
  daysFromToday,
} from './scenario';
import type { View } from './scenario';

const sameView = (a: View | undefined, b: View | undefined): boolean =>
  a !== undefined &&
  b !== undefined &&
  a.plan === b.plan &&
  a.why === b.why &&
  a.categories.join() === b.categories.join();

async function giveView(m: MoveCounter, row: Locator, v: View): Promise<void> {
  await m.check(row.getByRole('radio', { name: v.plan ? 'Plan' : 'No plan', exact: true }));
  for (const category of v.categories) {
    await m.check(row.getByRole('checkbox', { name: category }));
  }
  await m.fill(row.getByRole('textbox'), v.why);
}

/** Step 9: row by row ("before"), or with "Same as above" and "Apply to every child" where they fit ("after"). */
export async function agencyViews(m: MoveCounter): Promise<void> {
  const { page } = m;
  await toStep(m, 9, 'Agency views on each child');
  const children = Object.keys(VIEWS);
  const done = new Set<string>();
  for (const child of children) {
    const section = page.getByRole('region', { name: child, exact: true });
    const order = await section
      .locator('tbody tr th')
      .evaluateAll((cells) => cells.map((cell) => cell.childNodes[0]?.textContent ?? ''));
    let previous: View | undefined;
    for (const who of order) {
      const v = VIEWS[child]?.[who];
      if (!v) {
        previous = undefined;
        continue;
      }
      const row = section.getByRole('row', { name: new RegExp(`^${who}`) });
      if (done.has(`${child}|${who}`)) {
        previous = v;
        continue;
      }
      if (m.way === 'after' && sameView(previous, v)) {
        await m.click(row.getByRole('button', { name: /^Same as above/ }));
      } else {
        await giveView(m, row, v);
      }
      done.add(`${child}|${who}`);
      if (m.way === 'after' && children.every((ch) => sameView(VIEWS[ch]?.[who], v))) {
        await m.click(row.getByRole('button', { name: /^Apply to every child/ }));
        children.forEach((ch) => done.add(`${ch}|${who}`));
      }
      previous = v;
    }
  }
}

/** Steps 10 and 11: the decision for each child, the dissent, and the categories. */
export async function decisionAndCategories(m: MoveCounter): Promise<void> {
  const { page } = m;
  await toStep(m, 10, 'Decision for each child');
  for (const d of DECISIONS) {
    const section = page.getByRole('region', { name: d.child, exact: true });
    await m.check(section.getByRole('radio', { name: d.harm ? 'Yes' : 'No', exact: true }));
    await m.check(section.getByRole('radio', { name: d.outcome, exact: true }));
    await m.fill(box(section, `Why the chair decided this for ${d.child}`), d.why);
    if (d.dissent) {
      await m.click(
        section.getByRole('button', { name: new RegExp(`^Record ${d.dissent.who}.s dissent$`) }),
      );
      await m.fill(
        box(section, 'Their view and reasons, as they want it recorded'),
        d.dissent.text,
      );
      await m.fill(box(section, 'How the disagreement will be taken further'), d.dissent.route);
    }
  }
  await toStep(m, 11, 'Category of abuse or neglect');
  for (const c of CATEGORIES) {
    const section = page.getByRole('region', { name: c.child, exact: true });
    for (const category of c.categories) {
      await m.check(section.getByRole('checkbox', { name: category }));
    }
    if (c.primary) {
      await m.check(
        section
          .getByRole('group', { name: `Primary category for ${c.child}` })
          .getByRole('radio', { name: c.primary }),
      );
    }
  }
}

/** The family-wide parts of a plan: lead, root causes, actions and contingency. */
async function familyParts(m: MoveCounter, section: Locator, child: string): Promise<void> {
  await m.check(
    section
      .getByRole('group', { name: 'Lead statutory body' })
      .getByRole('radio', { name: 'Fictionshire County Council' }),
  );
  await m.select(section.getByLabel(`Lead social worker for ${child}`), PLAN.lead);
  await m.fill(box(section, 'Root causes: what has led to the concerns'), PLAN.rootCauses);
  for (const [i, a] of PLAN.actions.entries()) {
    await m.click(section.getByRole('button', { name: 'Add an action' }));
    const n = `Action ${i + 1}`;
    await m.fill(box(section, `${n}: what will be done`), a.what);
    await m.fill(section.getByLabel(`${n}: who`, { exact: true }), a.who);
    await m.date(box(section, `${n}: by when`), daysFromToday(a.days));
    await m.fill(box(section, `${n}: how we will know`), a.how);
  }
  await m.fill(box(section, 'Contingency plan'), PLAN.contingency);
}

/** Steps 12 to 14: the outline plans, the core groups with their default dates, the summary and "ready". */
export async function plansAndSummary(m: MoveCounter): Promise<void> {
  const { page } = m;
  await toStep(m, 12, 'Outline child protection plan');
  for (const child of [MIA, NOAH]) {
    const section = page.getByRole('region', { name: `Outline plan for ${child}` });
    if (m.way === 'after' && child !== MIA) {
      await m.click(section.getByRole('button', { name: `Copy from ${MIA}’s plan` }));
    } else {
      await familyParts(m, section, child);
    }
    const own = PLAN.outcomes[child];
    await m.click(section.getByRole('button', { name: 'Add a short-term outcome' }));
    await m.fill(box(section, 'Short-term outcome 1: outcome for the child'), own?.outcome ?? '');
    await m.fill(box(section, `Who checks ${child} is safe and well day to day`), own?.safe ?? '');
  }
  await toStep(m, 13, 'Core group and dates');
  for (const child of [MIA, NOAH]) {
    const section = page.getByRole('region', { name: child, exact: true });
    if (m.way === 'after' && child !== MIA) {
      await m.click(section.getByRole('button', { name: `Copy ${MIA}’s core group` }));
    } else if (m.way === 'after') {
      await m.check(section.getByRole('checkbox', { name: new RegExp(`^${HV}`) }));
      await m.click(section.getByRole('button', { name: /^Add the parents and carers/ }));
    } else {
      for (const who of CORE_GROUP) {
        await m.check(section.getByRole('checkbox', { name: new RegExp(`^${who}`) }));
      }
    }
    await section.getByText('The core group has everyone it needs.').waitFor();
  }
  await toStep(m, 14, "Chair's summary");
  await m.fill(box(page, "Chair's summary"), SUMMARY);
  const panel = page.getByRole('region', { name: 'Ready for sign-off?' });
  await panel.getByText(/^Nothing blocks sign-off\./).waitFor();
  await m.click(panel.getByRole('button', { name: 'Mark as ready for sign-off' }));
  await panel.getByText('This record is awaiting sign-off.').waitFor();
  m.endPart();
}
