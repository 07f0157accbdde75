// The lead statutory body and the lead social worker of one child's plan: chosen from the conference's
// professionals (and added to the core group, which must include them) or typed in.
// Rules: docs/domain.md §3.1 (appoint the lead statutory body and lead social worker), §9.2 rule 5.
import { useRef, useState } from 'react';

import type { OutlinePlan } from '../../../../../shared/domain/outline-plan';
import type { Path } from '../../../../../shared/domain/edits';
import type { PersonId } from '../../../../../shared/domain/ids';
import {
  coreGroupCandidates,
  coreGroupIndex,
  leadSocialWorkerFrom,
} from '../../../../../shared/domain/plan-defaults';
import type { Conference } from '../../../../../shared/domain/conference';
import { fieldIdFor } from '../../../components/field-id';
import { useConference } from '../../../state/conference-store';
import { PlainTextField } from '../decision/PlainTextField';

type Props = { c: Conference; plan: OutlinePlan; path: Path; childName: string };

const OTHER = 'other';

export function LeadSocialWorkerFields({ c, plan, path, childName }: Props) {
  const apply = useConference((s) => s.apply);
  const [said, setSaid] = useState('');
  // Down arrow on a list fires a change per option passed: a professional this list put in the core group
  // comes out again when another is chosen, so arrowing past people does not add them all.
  const added = useRef<PersonId | null>(null);
  const lead = plan.leadSocialWorker;
  const leadPath = [...path, 'leadSocialWorker'];
  const selectId = fieldIdFor(leadPath);
  const bodyName = fieldIdFor([...path, 'leadStatutoryBody']);

  const choose = (value: string) => {
    const before = added.current;
    const at = before === null || before === value ? -1 : coreGroupIndex(plan.coreGroup, before);
    if (at >= 0) {
      apply({ type: 'remove', path: [...path, 'coreGroup'], index: at });
      added.current = null;
    }
    if (value === '') {
      apply({ type: 'unset', path: leadPath });
      setSaid('No lead social worker chosen.');
      return;
    }
    if (value === OTHER) {
      apply({ type: 'set', path: leadPath, value: { name: '', team: '', contact: '' } });
      setSaid('Type the lead social worker’s name, team and contact below.');
      return;
    }
    const pro = c.professionals.find((p) => p.id === value);
    if (!pro) {
      return;
    }
    apply({ type: 'set', path: leadPath, value: leadSocialWorkerFrom(pro) });
    const candidate = coreGroupCandidates(c).find((x) => x.member.personId === pro.id);
    if (candidate && coreGroupIndex(plan.coreGroup, pro.id) < 0) {
      apply({ type: 'insert', path: [...path, 'coreGroup'], value: candidate.member });
      added.current = pro.id;
      setSaid(`${pro.name} is the lead social worker and has been added to the core group.`);
    } else {
      setSaid(`${pro.name} is the lead social worker.`);
    }
  };

  const selected = lead === undefined ? '' : (lead.personId ?? OTHER);
  return (
    <div className="plan-part">
      <fieldset>
        <legend>Lead statutory body</legend>
        {(['local-authority', 'nspcc'] as const).map((body) => (
          <div className="choice" key={body}>
            <input
              type="radio"
              id={`${bodyName}-${body}`}
              name={bodyName}
              checked={plan.leadStatutoryBody === body}
              onChange={() =>
                apply({ type: 'set', path: [...path, 'leadStatutoryBody'], value: body })
              }
            />
            <label htmlFor={`${bodyName}-${body}`}>
              {body === 'nspcc' ? 'NSPCC' : c.localAuthority || 'The local authority'}
            </label>
          </div>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={selectId}>Lead social worker for {childName}</label>
        <select id={selectId} value={selected} onChange={(e) => choose(e.target.value)}>
          <option value="">Not chosen yet</option>
          {c.professionals.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
              {p.role ? `, ${p.role}` : ''}
              {p.agency ? `, ${p.agency}` : ''}
            </option>
          ))}
          <option value={OTHER}>Someone not at this conference</option>
        </select>
      </div>
      {lead ? (
        <div className="field-row">
          <PlainTextField label="Name" path={[...leadPath, 'name']} value={lead.name} required />
          <PlainTextField label="Team" path={[...leadPath, 'team']} value={lead.team} />
          <PlainTextField
            label="Telephone or email"
            path={[...leadPath, 'contact']}
            value={lead.contact}
          />
        </div>
      ) : null}
      <p className="visually-hidden" role="status">
        {said}
      </p>
    </div>
  );
}
