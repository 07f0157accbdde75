// The agenda as a side rail: every step in order with its completion shown as text (✓ Done), the current step
// marked with aria-current. Completion is worked out once typing pauses, not on every keystroke.
// Rule source: steps in a side rail with completion state.
import { memo, useEffect, useMemo, useRef } from 'react';

import { plannedMinutes } from '../../../../shared/domain/agenda-budget';
import type { StepTimes } from '../../../../shared/domain/agenda-budget';
import { ENGLAND_DEFAULTS } from '../../../../shared/domain/config-defaults';
import type { Conference } from '../../../../shared/domain/conference';
import { stepProgress } from '../../../../shared/domain/steps';
import type { StepId } from '../../../../shared/domain/steps';
import { useStepMinutes } from '../../state/authority-settings';
import { useStepTimer } from '../../state/step-timer';
import { useSettledValue } from '../../state/use-settled';

import { stepHash } from './live-route';
import { NEXT_STEP_KEYS, PREVIOUS_STEP_KEYS } from './step-keys';
import { StepBudget } from './StepBudget';

type Props = { c: Conference; current: StepId };
type Progress = ReturnType<typeof stepProgress>;
const NO_TIMES: StepTimes = { spent: {} };

/** Scrolls `container` (not the page) just enough to show `el`. */
function revealWithin(el: HTMLElement, container: HTMLElement | null): void {
  if (!container) {
    return;
  }
  const box = container.getBoundingClientRect();
  const r = el.getBoundingClientRect();
  if (r.bottom > box.bottom) {
    container.scrollTop += r.bottom - box.bottom;
  } else if (r.top < box.top) {
    container.scrollTop -= box.top - r.top;
  }
  if (r.right > box.right) {
    container.scrollLeft += r.right - box.right;
  } else if (r.left < box.left) {
    container.scrollLeft -= box.left - r.left;
  }
}

export function StepRail({ c, current }: Props) {
  const settled = useSettledValue(c);
  const progress = useMemo(() => stepProgress(settled, ENGLAND_DEFAULTS), [settled]);
  const times = useStepTimer((s) => (s.id === c.id ? s.times : NO_TIMES));
  const stepMinutes = useStepMinutes();
  return (
    <RailNav
      id={c.id}
      progress={progress}
      current={current}
      times={times}
      stepMinutes={stepMinutes}
    />
  );
}

const RailNav = memo(function RailNav({
  id,
  progress,
  current,
  times,
  stepMinutes,
}: {
  id: string;
  progress: Progress;
  current: StepId;
  times: StepTimes;
  stepMinutes: Partial<Record<StepId, number>> | undefined;
}) {
  const done = progress.filter((p) => p.complete).length;
  const nav = useRef<HTMLElement>(null);
  // The current step stays in view inside the rail (tall on a small window, a strip when narrow).
  useEffect(() => {
    const link = nav.current?.querySelector<HTMLElement>('[aria-current="step"]');
    if (link) {
      revealWithin(link, nav.current?.closest<HTMLElement>('.live__side') ?? null);
      revealWithin(link, nav.current?.querySelector<HTMLElement>('.rail__steps') ?? null);
    }
  }, [current]);
  return (
    <nav className="rail" aria-labelledby="rail-title" ref={nav}>
      <h2 id="rail-title" className="rail__title">
        Agenda
      </h2>
      <p className="hint">
        {done} of {progress.length} steps done
      </p>
      <p className="hint rail__keys">
        Next step: <kbd>{NEXT_STEP_KEYS.shown}</kbd>. Previous:{' '}
        <kbd>{PREVIOUS_STEP_KEYS.shown}</kbd>.
      </p>
      <ol className="rail__steps">
        {progress.map((p, i) => (
          <li key={p.id}>
            <a
              href={stepHash(id, p.id)}
              aria-current={p.id === current ? 'step' : undefined}
              className={`rail__link${p.id === current ? ' rail__link--current' : ''}`}
            >
              <span className="rail__number">{i + 1}.</span>
              <span className="rail__name">{p.title}</span>
              <span className={`rail__state${p.complete ? ' rail__state--done' : ''}`}>
                {p.complete ? '✓ Done' : <span className="visually-hidden">Not done</span>}
              </span>
              <StepBudget step={p.id} times={times} planned={plannedMinutes(p.id, stepMinutes)} />
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
});
