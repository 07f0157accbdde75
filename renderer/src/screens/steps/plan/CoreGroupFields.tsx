// The core group of one child's plan, chosen from the conference's professionals and family, with the blockers
// rule 5 raises about it (lead social worker, another professional, the parents unless excluded).
// Rules: docs/domain.md §3.1 and §3.2 (core group of professionals and family members), §9.2 rule 5.
import { useState } from 'react';

import { ENGLAND_DEFAULTS } from '../../../../../shared/domain/config-defaults';
import type { Conference } from '../../../../../shared/domain/conference';
import type { Path } from '../../../../../shared/domain/edits';
import type { OutlinePlan } from '../../../../../shared/domain/outline-plan';
import { coreGroupCandidates, coreGroupIndex } from '../../../../../shared/domain/plan-defaults';
import type { CoreGroupCandidate } from '../../../../../shared/domain/plan-defaults';
import { planComplete } from '../../../../../shared/domain/rules/plan';
import { fieldIdFor } from '../../../components/field-id';
import { useConference } from '../../../state/conference-store';

type Props = { c: Conference; childIndex: number; plan: OutlinePlan };

export function CoreGroupFields({ c, childIndex, plan }: Props) {
  const apply = useConference((s) => s.apply);
  const [said, setSaid] = useState('');
  const name = c.children[childIndex]?.details.name ?? '';
  const path: Path = ['children', childIndex, 'plan', 'coreGroup'];
  const candidates = coreGroupCandidates(c);
  const known = new Set(candidates.map((x) => x.member.personId));
  const others = plan.coreGroup
    .map((m, index) => ({ m, index }))
    .filter(({ m }) => m.personId === undefined || !known.has(m.personId));
  const blockers = planComplete(c, ENGLAND_DEFAULTS, c.date).filter(
    (f) => f.path === `children.${childIndex}.plan.coreGroup`,
  );

  const toggle = ({ member }: CoreGroupCandidate, on: boolean) => {
    const at = member.personId === undefined ? -1 : coreGroupIndex(plan.coreGroup, member.personId);
    if (on && at < 0) {
      apply({ type: 'insert', path, value: member });
      setSaid(`${member.name} added to ${name}'s core group.`);
    } else if (!on && at >= 0) {
      apply({ type: 'remove', path, index: at });
      setSaid(`${member.name} removed from ${name}'s core group.`);
    }
  };
  const group = (kind: 'professional' | 'family', legend: string) => {
    const list = candidates.filter((x) => x.member.kind === kind);
    return (
      <fieldset>
        <legend>{legend}</legend>
        {list.length === 0 ? <p className="hint">None on this conference.</p> : null}
        {list.map((x) => {
          const id = fieldIdFor([...path, x.member.personId ?? x.member.name]);
          const checked =
            x.member.personId !== undefined &&
            coreGroupIndex(plan.coreGroup, x.member.personId) >= 0;
          return (
            <div className="choice" key={x.member.personId}>
              <input
                type="checkbox"
                id={id}
                checked={checked}
                aria-describedby={x.note ? `${id}-note` : undefined}
                onChange={(e) => toggle(x, e.target.checked)}
              />
              <label htmlFor={id}>
                {x.member.name}
                {x.member.role ? `, ${x.member.role}` : ''}
              </label>
              {x.note ? (
                <p className="hint" id={`${id}-note`}>
                  {x.note}
                </p>
              ) : null}
            </div>
          );
        })}
      </fieldset>
    );
  };

  return (
    <div className="plan-part">
      {group('professional', `Professionals in ${name}'s core group`)}
      {group('family', `Family members in ${name}'s core group`)}
      {others.length > 0 ? (
        <div>
          <p className="field__label">Also in the core group</p>
          <ul>
            {others.map(({ m, index }) => (
              <li key={`${m.name}-${index}`}>
                {m.name}
                {m.role ? `, ${m.role}` : ''}{' '}
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => apply({ type: 'remove', path, index })}
                >
                  Remove {m.name}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {blockers.length > 0 ? (
        <div className="notice notice--block">
          <p>
            <strong>Needed before sign-off:</strong>
          </p>
          <ul>
            {blockers.map((f) => (
              <li key={f.message}>{f.message}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="decided">The core group has everyone it needs.</p>
      )}
      <p className="visually-hidden" role="status">
        {said}
      </p>
    </div>
  );
}
