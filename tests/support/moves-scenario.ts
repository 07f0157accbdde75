// Moves a chair makes for the sibling group's agency views (three children, every professional's view on each,
// from the sibling-group fixture): clicks + keys + text fields filled, counted as a person would make them.
// "before": each view given row by row (plan or no plan, each category, the reason typed).
// "after": the same views, but a row that matches the row above is one "Same as above" and a professional whose
// view is the same for every child gives it once, then "Apply to every child".
// Used by tests/e2e-browser/moves.spec.ts and the ui.moves_sibling_group bench figure.
import type { Locator, Page } from 'playwright-core';

import { CATEGORY_LABELS } from '../../shared/domain/categories';
import type { Conference } from '../../shared/domain/conference';
import type { AgencyView } from '../../shared/domain/professionals';
import { DATES } from '../fixtures/conference';
import { aSiblingGroup } from '../fixtures/conference-scenarios';

export type Moves = { clicks: number; keys: number; fields: number };
export const totalMoves = (m: Moves): number => m.clicks + m.keys + m.fields;

type Rpc = { ok: boolean; value?: unknown; error?: { message: string } };

async function rpc<T>(page: Page, channel: string, input: unknown): Promise<T> {
  const result = await page.evaluate(
    async ({ channel, input }) => {
      const response = await fetch(`/rpc/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input),
      });
      return (await response.json()) as Rpc;
    },
    { channel, input },
  );
  if (!result.ok) {
    throw new Error(`${channel} failed: ${result.error?.message ?? 'unknown error'}`);
  }
  return result.value as T;
}

/** The sibling group with its people and register but no views yet; returns its id. */
export async function seedSiblingGroup(page: Page): Promise<string> {
  const group = aSiblingGroup();
  const created = await rpc<{ id: string; revision: number }>(page, 'conference.create', {
    type: 'initial',
    date: DATES.icpc,
    strategyDiscussionDate: DATES.strategy,
  });
  let revision = created.revision;
  const parts: [string, unknown][] = [
    ['children', group.children.map(({ details, views }) => ({ details, views }))],
    ['household', group.household],
    ['professionals', group.professionals],
    ['attendance', group.attendance],
  ];
  for (const [field, value] of parts) {
    const saved = await rpc<{ revision: number }>(page, 'conference.applyEdit', {
      conferenceId: created.id,
      baseRevision: revision,
      edit: { type: 'set', path: [field], value },
    });
    revision = saved.revision;
  }
  return created.id;
}

/** The views the chair records: the sibling-group fixture's own. */
export const targetViews = (): AgencyView[] => aSiblingGroup().agencyViews;

/** The stored views in a fixed order, for comparing. */
export async function storedViews(page: Page, id: string): Promise<AgencyView[]> {
  const got = await rpc<{ conference: Conference }>(page, 'conference.get', { conferenceId: id });
  return sortViews(got.conference.agencyViews);
}

export const sortViews = (views: readonly AgencyView[]): AgencyView[] =>
  [...views].sort((a, b) =>
    `${a.childId}|${a.professionalId}`.localeCompare(`${b.childId}|${b.professionalId}`),
  );

const same = (a: AgencyView | undefined, b: AgencyView | undefined): boolean =>
  a !== undefined &&
  b !== undefined &&
  a.supportsPlan === b.supportsPlan &&
  a.reason === b.reason &&
  a.categories.join() === b.categories.join();

/** Counts each move as it is made. */
class Counter {
  moves: Moves = { clicks: 0, keys: 0, fields: 0 };
  async click(l: Locator): Promise<void> {
    this.moves.clicks += 1;
    await l.click();
  }
  async fill(l: Locator, text: string): Promise<void> {
    this.moves.fields += 1;
    await l.fill(text);
    await l.blur();
  }
}

function rowOf(page: Page, childName: string, proName: string): Locator {
  return page
    .getByRole('region', { name: childName, exact: true })
    .getByRole('row', { name: new RegExp(`^${proName}`) });
}

async function giveView(counter: Counter, row: Locator, v: AgencyView): Promise<void> {
  await counter.click(
    row.getByRole('radio', { name: v.supportsPlan ? 'Plan' : 'No plan', exact: true }),
  );
  for (const category of v.categories) {
    await counter.click(row.getByRole('checkbox', { name: CATEGORY_LABELS[category] }));
  }
  await counter.fill(row.getByRole('textbox'), v.reason);
}

/** Opens the agency views step of conference `id` and records every target view, the old way or the new. */
export async function recordViews(
  page: Page,
  origin: string,
  id: string,
  way: 'before' | 'after',
): Promise<Moves> {
  const group = aSiblingGroup();
  const views = targetViews();
  await page.goto(`${origin}/#/conference/${encodeURIComponent(id)}/live/agency-views`);
  await page.getByRole('heading', { level: 1, name: 'Agency views on each child' }).waitFor();
  const counter = new Counter();
  const names = new Map(group.professionals.map((p) => [p.id, p.name]));
  const viewOf = (childId: string, proId: string) =>
    views.find((v) => v.childId === childId && v.professionalId === proId);
  const done = new Set<string>();
  for (const child of group.children) {
    const section = page.getByRole('region', { name: child.details.name, exact: true });
    // Rows in the order the screen shows them.
    const order = await section
      .locator('tbody tr th')
      .evaluateAll((cells) => cells.map((cell) => cell.childNodes[0]?.textContent ?? ''));
    let previous: AgencyView | undefined;
    for (const proName of order) {
      const pro = group.professionals.find((p) => p.name === proName);
      const v = pro ? viewOf(child.details.id, pro.id) : undefined;
      if (!pro || !v) {
        previous = undefined;
        continue;
      }
      const key = `${child.details.id}|${pro.id}`;
      const row = rowOf(page, child.details.name, names.get(pro.id) ?? '');
      if (way === 'after' && done.has(key)) {
        previous = v;
        continue;
      }
      if (way === 'after' && same(previous, v)) {
        await counter.click(row.getByRole('button', { name: /^Same as above/ }));
      } else {
        await giveView(counter, row, v);
      }
      done.add(key);
      const everyChild = group.children.every((ch) => same(viewOf(ch.details.id, pro.id), v));
      if (way === 'after' && everyChild && group.children.length > 1) {
        await counter.click(row.getByRole('button', { name: /^Apply to every child/ }));
        group.children.forEach((ch) => done.add(`${ch.details.id}|${pro.id}`));
      }
      previous = v;
    }
  }
  await page.waitForTimeout(500);
  return counter.moves;
}
