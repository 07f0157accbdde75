// Attendance step: recording that the chair excluded a family member: who, from which parts of the agenda, the
// ground, from and to which time, who asked, and how their views were put to the conference. The record states
// each exclusion, and the person's copy leaves those parts out. Rule source: docs/domain.md §1.8, §4.3, §9.2 rule 8.
import type { Conference } from '../../../../shared/domain/conference';
import { EXCLUSION_GROUNDS } from '../../../../shared/domain/household';
import type { Exclusion, ExclusionGround, FamilyMember } from '../../../../shared/domain/household';
import { STEPS } from '../../../../shared/domain/steps';
import { DateInput } from '../../components/DateInput';
import { TextField } from '../../components/TextField';
import { fieldIdFor } from '../../components/field-id';
import { useConference } from '../../state/conference-store';
import { TimeInput } from './plan/TimeInput';

const GROUND_TEXT: Readonly<Record<ExclusionGround, string>> = {
  'prejudice-to-child-welfare': 'Their presence would prejudice the welfare of the child',
  'disruptive-behaviour': 'Risk of violent or disruptive behaviour',
  'child-asks': 'The child asked for it',
  'prevents-contributions': 'Their presence would stop others from contributing',
  'confidential-information': 'Confidential information had to be discussed',
  'family-conflict': 'Conflict between family members',
};

const DECISIONS: [Exclusion['chairDecision'], string][] = [
  ['pending', 'Not decided yet'],
  ['agreed', 'The chair agreed to exclude'],
  ['refused', 'The chair refused'],
];

function blankExclusion(): Exclusion {
  return {
    extent: 'part',
    requestedBy: '',
    evidence: '',
    chairDecision: 'pending',
    sections: [],
    period: '',
    howViewsPresented: '',
  };
}

function OneExclusion({ c, m, index }: { c: Conference; m: FamilyMember; index: number }) {
  const apply = useConference((s) => s.apply);
  const x = m.exclusion;
  const base = ['household', index, 'exclusion'] as const;
  if (!x) {
    return (
      <button
        type="button"
        className="button button--secondary"
        onClick={() => apply({ type: 'set', path: [...base], value: blankExclusion() })}
      >
        Record an exclusion of {m.name}
      </button>
    );
  }
  const decisionName = fieldIdFor([...base, 'chairDecision']);
  const extentName = fieldIdFor([...base, 'extent']);
  const sectionsId = fieldIdFor([...base, 'sections']);
  return (
    <fieldset className="exclusion">
      <legend>Exclusion of {m.name}</legend>
      <fieldset>
        <legend>The chair&apos;s decision</legend>
        {DECISIONS.map(([value, label]) => (
          <div className="choice" key={value}>
            <input
              type="radio"
              id={`${decisionName}-${value}`}
              name={decisionName}
              checked={x.chairDecision === value}
              onChange={() => apply({ type: 'set', path: [...base, 'chairDecision'], value })}
            />
            <label htmlFor={`${decisionName}-${value}`}>{label}</label>
          </div>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={fieldIdFor([...base, 'ground'])}>Ground</label>
        <select
          id={fieldIdFor([...base, 'ground'])}
          value={x.ground ?? ''}
          onChange={(e) =>
            apply(
              e.target.value === ''
                ? { type: 'unset', path: [...base, 'ground'] }
                : { type: 'set', path: [...base, 'ground'], value: e.target.value },
            )
          }
        >
          <option value="">Not recorded</option>
          {EXCLUSION_GROUNDS.map((g) => (
            <option key={g} value={g}>
              {GROUND_TEXT[g]}
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend>Excluded from</legend>
        {(['part', 'whole'] as const).map((value) => (
          <div className="choice" key={value}>
            <input
              type="radio"
              id={`${extentName}-${value}`}
              name={extentName}
              checked={x.extent === value}
              onChange={() => apply({ type: 'set', path: [...base, 'extent'], value })}
            />
            <label htmlFor={`${extentName}-${value}`}>
              {value === 'part' ? 'Part of the conference' : 'The whole conference'}
            </label>
          </div>
        ))}
      </fieldset>
      {x.extent === 'part' ? (
        <fieldset id={sectionsId}>
          <legend>Parts of the agenda {m.name} was excluded from</legend>
          {STEPS.map((s) => {
            const id = `${sectionsId}-${s.id}`;
            const on = x.sections.includes(s.id);
            return (
              <div className="choice" key={s.id}>
                <input
                  type="checkbox"
                  id={id}
                  checked={on}
                  onChange={() =>
                    apply({
                      type: 'set',
                      path: [...base, 'sections'],
                      value: on
                        ? x.sections.filter((k) => k !== s.id)
                        : STEPS.map((t) => t.id).filter(
                            (k) => k === s.id || x.sections.includes(k),
                          ),
                    })
                  }
                />
                <label htmlFor={id}>{s.title(c)}</label>
              </div>
            );
          })}
        </fieldset>
      ) : null}
      <TimeInput label="Excluded from (time)" path={[...base, 'fromTime']} value={x.fromTime} />
      <TimeInput label="Excluded until (time)" path={[...base, 'toTime']} value={x.toTime} />
      <TextField
        label="Who asked for the exclusion"
        path={[...base, 'requestedBy']}
        value={x.requestedBy}
      />
      <DateInput
        label="Date it was asked for"
        path={[...base, 'requestedOn']}
        value={x.requestedOn}
      />
      <DateInput label="Date the chair decided" path={[...base, 'decidedOn']} value={x.decidedOn} />
      <TextField
        label={`How ${m.name}'s views were put to the conference`}
        type="textarea"
        path={[...base, 'howViewsPresented']}
        value={x.howViewsPresented}
      />
      <button
        type="button"
        className="link-button"
        onClick={() => apply({ type: 'unset', path: [...base] })}
      >
        Remove the exclusion of {m.name}
      </button>
    </fieldset>
  );
}

/** One exclusion record (or the button to start one) per family member. */
export function ExclusionFields({ c }: { c: Conference }) {
  if (c.household.length === 0) {
    return null;
  }
  return (
    <section className="exclusions" aria-labelledby="exclusions-title">
      <h2 id="exclusions-title">Exclusions</h2>
      <p className="hint">
        Record here if the chair excluded a family member from all or part of the conference. Their
        copy of the record leaves out those parts.
      </p>
      {c.household.map((m, i) => (
        <OneExclusion key={m.id} c={c} m={m} index={i} />
      ))}
    </section>
  );
}
