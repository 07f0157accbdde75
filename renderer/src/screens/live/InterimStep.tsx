// Placeholder for a live-mode step whose screen is still being written (the decision helper's steps).
// It says so plainly and shows nothing that could be mistaken for a finished step.
import { STEPS } from '../../../../shared/domain/steps';
import type { StepId } from '../../../../shared/domain/steps';

import type { StepProps } from './step-props';

/** A labelled interim screen for one step id. */
export function interimStep(id: StepId) {
  const step = STEPS.find((s) => s.id === id);
  function InterimStep({ c }: StepProps) {
    return (
      <div className="interim-step" role="note">
        <p>
          <strong>Interim screen.</strong> The &ldquo;{step?.title(c) ?? id}&rdquo; step is not
          built yet. Nothing can be recorded here for now.
        </p>
      </div>
    );
  }
  InterimStep.displayName = `InterimStep(${id})`;
  return InterimStep;
}
