// In the agenda rail, beside each step: minutes spent of the minutes planned ("4 of 5 min"), and a quiet
// over-time hint (text, not only colour) once a step runs past its plan. Only the open step ticks, every
// 15 seconds. Rule source: docs/domain.md §1 (the conference agenda).
import { memo, useEffect, useState } from 'react';

import { budgetText, secondsOn } from '../../../../shared/domain/agenda-budget';
import type { StepTimes } from '../../../../shared/domain/agenda-budget';
import type { StepId } from '../../../../shared/domain/steps';

type Props = { step: StepId; times: StepTimes; planned: number };

export const StepBudget = memo(function StepBudget({ step, times, planned }: Props) {
  const open = times.current?.step === step;
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!open) {
      return undefined;
    }
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 15_000);
    return () => clearInterval(timer);
  }, [open]);
  const seconds = secondsOn(times, step, now);
  if (!open && seconds === 0) {
    return <span className="rail__budget">{planned} min planned</span>;
  }
  const { text, over } = budgetText(seconds, planned);
  return <span className={`rail__budget${over ? ' rail__budget--over' : ''}`}>{text}</span>;
});
