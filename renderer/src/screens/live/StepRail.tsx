// The agenda as a side rail: every step in order with its completion shown as text (✓ Done), the current step
// marked with aria-current. Completion is worked out once typing pauses, not on every keystroke (issue 5 §12).
// Rule source: issue 5 §3 (steps in a side rail with completion state).
import { memo, useMemo } from 'react';

import { ENGLAND_DEFAULTS } from '../../../../shared/domain/config';
import type { Conference } from '../../../../shared/domain/conference';
import { stepProgress } from '../../../../shared/domain/steps';
import type { StepId } from '../../../../shared/domain/steps';
import { useSettledValue } from '../../state/use-settled';

import { stepHash } from './live-route';

type Props = { c: Conference; current: StepId };
type Progress = ReturnType<typeof stepProgress>;

export function StepRail({ c, current }: Props) {
  const settled = useSettledValue(c);
  const progress = useMemo(() => stepProgress(settled, ENGLAND_DEFAULTS), [settled]);
  return <RailNav id={c.id} progress={progress} current={current} />;
}

const RailNav = memo(function RailNav({
  id,
  progress,
  current,
}: {
  id: string;
  progress: Progress;
  current: StepId;
}) {
  const done = progress.filter((p) => p.complete).length;
  return (
    <nav className="rail" aria-labelledby="rail-title">
      <h2 id="rail-title" className="rail__title">
        Agenda
      </h2>
      <p className="hint">
        {done} of {progress.length} steps done
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
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
});
