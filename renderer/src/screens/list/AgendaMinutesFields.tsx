// The settings form's planned minutes per agenda step (the live screen's time budget), with the total. Rule
// source: docs/domain.md §1 (the agenda of an initial conference, about 90 minutes).
import { STEP_NAMES, STEPS } from '../../../../shared/domain/steps';

import { PlainField } from './PlainField';
import { totalMinutes } from './agenda-minutes-form';
import type { MinutesText } from './agenda-minutes-form';

type Props = {
  id: string;
  value: MinutesText;
  errors: Partial<MinutesText>;
  onChange: (value: MinutesText) => void;
};

export function AgendaMinutesFields({ id, value, errors, onChange }: Props) {
  return (
    <fieldset className="setup-section agenda-minutes">
      <legend>Planned minutes for each step of the agenda</legend>
      <p className="hint">
        Live mode shows the time spent on each step against these figures, and a quiet hint when a
        step runs over. An empty box uses the usual figure. In all: {totalMinutes(value)} minutes.
      </p>
      {STEPS.map((s) => (
        <PlainField
          key={s.id}
          id={`${id}-minutes-${s.id}`}
          label={`${STEP_NAMES[s.id]} (minutes)`}
          value={value[s.id]}
          error={errors[s.id]}
          inputMode="numeric"
          onChange={(v) => onChange({ ...value, [s.id]: v })}
        />
      ))}
    </fieldset>
  );
}
