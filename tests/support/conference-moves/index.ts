// The whole sibling-group conference recorded through the screens, from "Start a new conference" to "Mark as ready
// for sign-off", counting every move (see counter.ts). Used by tests/e2e-browser/moves.spec.ts and the
// ui.moves_sibling_group bench figure. Both ways must end with the same record: `sameRecord` is what they compare.
import type { Page } from 'playwright-core';

import type { Conference } from '../../../shared/domain/conference';

import { MoveCounter } from './counter';
import type { Moves, Way } from './counter';
import { agencyViews, decisionAndCategories, plansAndSummary } from './decisions';
import { discussionSteps, openingSteps } from './live';
import { setUp } from './setup';

export { totalOf } from './counter';
export type { Moves, Way } from './counter';

export type Recorded = {
  id: string;
  moves: Moves;
  parts: { part: string; moves: number }[];
  log: string[];
};

/** From the conferences home, the whole conference recorded the `way` given. */
export async function recordConference(page: Page, origin: string, way: Way): Promise<Recorded> {
  await page.goto(`${origin}/#/`);
  await page.getByRole('button', { name: 'Start a new conference' }).waitFor();
  // The app without its time-savers ("before") also lacks the room kept below the box being typed in.
  await page.evaluate((off) => {
    if (off) {
      document.documentElement.dataset.typingRoom = 'off';
    } else {
      delete document.documentElement.dataset.typingRoom;
    }
  }, way === 'before');
  const m = new MoveCounter(page, way);
  const id = await setUp(m);
  await openingSteps(m);
  await discussionSteps(m);
  await agencyViews(m);
  await decisionAndCategories(m);
  await plansAndSummary(m);
  return { id, moves: m.moves, parts: m.parts, log: m.log };
}

type Rpc = { ok: boolean; value?: unknown; error?: { message: string } };

/** The stored conference `id`, read through the conference.get channel. */
export async function storedConference(page: Page, id: string): Promise<Conference> {
  const result = await page.evaluate(async (conferenceId) => {
    const response = await fetch('/rpc/conference.get', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ conferenceId }),
    });
    return (await response.json()) as Rpc;
  }, id);
  if (!result.ok) {
    throw new Error(`conference.get failed: ${result.error?.message ?? 'unknown error'}`);
  }
  return (result.value as { conference: Conference }).conference;
}

// What differs between two recordings of the same conference and is not part of what was recorded: ids made
// afresh, clock times and the record's own bookkeeping.
const VOLATILE = new Set([
  'id',
  'revision',
  'createdAt',
  'updatedAt',
  'at',
  'time',
  'arrivedAt',
  'leftAt',
  'startedAt',
  'startTime',
  'endTime',
  'clock',
  'stepTimes',
]);

/** The conference with every id replaced by the name it stands for and volatile fields left out. */
export function sameRecord(c: Conference): unknown {
  const names = new Map<string, string>();
  for (const child of c.children) {
    names.set(child.details.id, child.details.name);
  }
  for (const p of [...c.household, ...c.professionals]) {
    names.set(p.id, p.name);
  }
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') {
      return names.get(v) ?? v;
    }
    if (Array.isArray(v)) {
      return v.map(walk);
    }
    if (v !== null && typeof v === 'object') {
      return Object.fromEntries(
        Object.entries(v)
          .filter(([k]) => !VOLATILE.has(k))
          .map(([k, x]) => [k, walk(x)]),
      );
    }
    return v;
  };
  return walk(c);
}
