// How long the chair has spent on each step of a conference in live mode, and the moment "Start the conference"
// was pressed (so the conference clock starts at 00:00:00, not part-way through the start minute).
// Kept in localStorage under the conference's id: step names and seconds, never personal data, so the times
// survive a reload and a lock. Rule source: docs/domain.md §1 (the conference agenda).
import { create } from 'zustand';

import { enterStep } from '../../../shared/domain/agenda-budget';
import type { StepTimes } from '../../../shared/domain/agenda-budget';
import type { StepId } from '../../../shared/domain/steps';

const KEY_PREFIX = 'icpc.step-times.';

type Stored = StepTimes & { startedAt?: number };

function read(id: string): Stored {
  try {
    const raw: unknown = JSON.parse(window.localStorage.getItem(KEY_PREFIX + id) ?? '{}');
    if (typeof raw !== 'object' || raw === null) {
      return { spent: {} };
    }
    const obj = raw as Partial<Stored>;
    const spent = typeof obj.spent === 'object' && obj.spent !== null ? obj.spent : {};
    const current =
      obj.current && typeof obj.current.since === 'number' && typeof obj.current.step === 'string'
        ? obj.current
        : undefined;
    return {
      spent,
      ...(current ? { current } : {}),
      ...(typeof obj.startedAt === 'number' ? { startedAt: obj.startedAt } : {}),
    };
  } catch {
    return { spent: {} };
  }
}

function write(id: string, s: Stored): void {
  try {
    window.localStorage.setItem(KEY_PREFIX + id, JSON.stringify(s));
  } catch {
    // Storage full or blocked: the times still count for this session.
  }
}

type StepTimer = {
  id: string | null;
  times: Stored;
  /** Live mode shows `step` of conference `id` (null: left live mode). */
  enter: (id: string, step: StepId | null, now?: number) => void;
  /** The conference was started now. */
  started: (id: string, now?: number) => void;
};

export const useStepTimer = create<StepTimer>((set, get) => ({
  id: null,
  times: { spent: {} },
  enter: (id, step, now = Date.now()) => {
    const before = get().id === id ? get().times : read(id);
    if (before.current?.step === step) {
      set({ id, times: before });
      return;
    }
    const times: Stored = {
      ...enterStep(before, step, now),
      ...(before.startedAt === undefined ? {} : { startedAt: before.startedAt }),
    };
    write(id, times);
    set({ id, times });
  },
  started: (id, now = Date.now()) => {
    const times: Stored = { ...(get().id === id ? get().times : read(id)), startedAt: now };
    write(id, times);
    set({ id, times });
  },
}));
