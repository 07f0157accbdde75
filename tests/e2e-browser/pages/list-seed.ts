// Page helper: puts children subject to a plan on the list through the real channels, as live mode would: a
// conference is created, its children with their decisions and plans are set, and it is moved to "awaiting
// sign-off" (the list counts decided conferences: awaiting sign-off or signed, list-store.ts). Fictional people.
import type { Page } from '@playwright/test';

import { addDays } from '../../../shared/domain/calendar';
import { listChild } from '../../fixtures/list';
import type { ListChildOptions } from '../../fixtures/list';
import { testNhsNumber } from '../../fixtures/list';

import { rpc } from './sibling-conference';

/** Today in the machine's local time, 'YYYY-MM-DD' (the shell's clock decides overdue flags). */
export function today(): string {
  const d = new Date();
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

/** A date `days` from today (negative for the past). */
export const fromToday = (days: number): string => addDays(today(), days);

/** Creates an initial conference on `date` about the children, decided and awaiting sign-off; returns its id. */
export async function seedDecidedConference(
  page: Page,
  date: string,
  children: ListChildOptions[],
  type: 'initial' | 'pre-birth-initial' = 'initial',
): Promise<string> {
  const created = await rpc<{ id: string; revision: number }>(page, 'conference.create', {
    type,
    date,
    strategyDiscussionDate: addDays(date, -14),
  });
  const edited = await rpc<{ revision: number }>(page, 'conference.applyEdit', {
    conferenceId: created.id,
    baseRevision: created.revision,
    edit: { type: 'set', path: ['children'], value: children.map(listChild) },
  });
  let revision = edited.revision;
  for (const status of ['in-conference', 'awaiting-sign-off'] as const) {
    const moved = await rpc<{ revision: number }>(page, 'conference.setStatus', {
      conferenceId: created.id,
      expectedRevision: revision,
      status,
    });
    revision = moved.revision;
  }
  return created.id;
}

/** Three fictional children: Mia (review due soon), Noah (review overdue), Ava (two categories). */
export async function seedThreeChildren(page: Page): Promise<void> {
  await seedDecidedConference(page, fromToday(-70), [
    {
      id: 'mia-example',
      name: 'Mia Example',
      dateOfBirth: '2021-03-14',
      address: '12 Nowhere Street, Fictionton FT1 2AB',
      nhsNumber: testNhsNumber(1),
      lead: 'Tom Placeholder',
      firstCoreGroupDate: fromToday(-56),
      reviewDate: fromToday(14),
    },
  ]);
  await seedDecidedConference(page, fromToday(-200), [
    {
      id: 'noah-sampleton',
      name: 'Noah Sampleton',
      dateOfBirth: '2018-09-02',
      address: '4 Imaginary Road, Fictionton FT2 3CD',
      nhsNumber: testNhsNumber(2),
      lead: 'Priya Sampleton',
      categories: ['physical'],
      firstCoreGroupDate: fromToday(-186),
      reviewDate: fromToday(-10),
    },
  ]);
  await seedDecidedConference(page, fromToday(-30), [
    {
      id: 'ava-placeholder',
      name: 'Ava Placeholder-Jones',
      dateOfBirth: '2023-01-20',
      address: '7 Fictional Lane, Fictionton FT3 4EF',
      nhsNumber: testNhsNumber(3),
      lead: 'Tom Placeholder',
      categories: ['emotional', 'neglect'],
      firstCoreGroupDate: fromToday(-16),
      reviewDate: fromToday(60),
    },
  ]);
}
