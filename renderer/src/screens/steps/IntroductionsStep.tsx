// Live mode, introductions: the confidentiality, professional difference and recording statements, each ticked
// once read out; then who is who. Rule source: docs/domain.md §1.6 (chair explains purpose and confidentiality;
// everyone knows who is who), §1.7 (professional difference statement), §8.3.
import { fieldIdFor } from '../../components/field-id';
import { useConference } from '../../state/conference-store';
import type { StepProps } from '../live/step-props';

import { STATEMENTS } from './statements';

export function IntroductionsStep({ c }: StepProps) {
  const apply = useConference((s) => s.apply);
  return (
    <>
      <p>
        Ask everyone to introduce themselves and say their role. Then read each statement and tick
        it.
      </p>
      {STATEMENTS.map((s) => {
        const path = ['statements', s.key];
        const id = fieldIdFor(path);
        return (
          <section className="step-part" key={s.key} aria-labelledby={`${id}-title`}>
            <h2 id={`${id}-title`}>{s.title}</h2>
            <div className="statement">
              {s.text.map((t) => (
                <p key={t}>{t}</p>
              ))}
            </div>
            <div className="choice">
              <input
                type="checkbox"
                id={id}
                checked={c.statements[s.key]}
                onChange={(e) => apply({ type: 'set', path, value: e.target.checked })}
              />
              <label htmlFor={id}>{s.tick}</label>
            </div>
          </section>
        );
      })}
      <section className="step-part" aria-labelledby="who-title">
        <h2 id="who-title">Who is here</h2>
        <p>
          Chair: {c.chair.name || 'not recorded'}. Minute-taker: {c.minuteTaker || 'not recorded'}.
        </p>
        <p className="hint">Record who is present on the next step, Attendance.</p>
      </section>
    </>
  );
}
