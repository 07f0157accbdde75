// Set-up: for each family member, parental responsibility and, for each child, the relationship and whether they
// live with the child. Nothing is assumed: an unanswered question stays unanswered (the "every child" buttons fill
// in only when the chair presses them), and rule 16 asks for it before sign-off (its finding's path names these
// controls). Rule source: docs/domain.md §4.2, §9.1.
import type { Conference } from '../../../../shared/domain/conference';
import type { ChildLink, FamilyMember } from '../../../../shared/domain/household';
import { childLinkPath } from '../../../../shared/domain/rules/recorded';
import { YesNoChoice } from '../../components/YesNoChoice';
import { fieldIdFor } from '../../components/field-id';
import { useConference } from '../../state/conference-store';

import { EveryChildButtons } from './EveryChildButtons';

function MemberDetails({
  c,
  member,
  index,
}: {
  c: Conference;
  member: FamilyMember;
  index: number;
}) {
  const apply = useConference((s) => s.apply);
  const setText = useConference((s) => s.setText);
  const flush = useConference((s) => s.flush);
  const links = member.childLinks ?? [];
  const base = ['household', index] as const;

  /** Changes one child's link, creating it (and the list) when it is the first answer about that child. */
  const change = (childId: string, patch: Partial<ChildLink>) => {
    const at = links.findIndex((l) => l.childId === childId);
    if (at < 0) {
      const link = { childId, relationship: '', ...patch } as ChildLink;
      apply({ type: 'set', path: [...base, 'childLinks'], value: [...links, link] });
      return;
    }
    if (patch.relationship !== undefined) {
      setText([...base, 'childLinks', at, 'relationship'], patch.relationship);
    }
    if (patch.livesWithChild !== undefined) {
      apply({
        type: 'set',
        path: [...base, 'childLinks', at, 'livesWithChild'],
        value: patch.livesWithChild,
      });
    }
  };

  return (
    <fieldset className="member-details">
      <legend>{member.name || 'Family member'}</legend>
      <YesNoChoice
        legend="Has parental responsibility"
        idBase={fieldIdFor([...base, 'hasParentalResponsibility'])}
        value={member.hasParentalResponsibility}
        onChoose={(v) =>
          apply({ type: 'set', path: [...base, 'hasParentalResponsibility'], value: v })
        }
      />
      <EveryChildButtons c={c} member={member} index={index} />
      {c.children.map((ch) => {
        const link = links.find((l) => l.childId === ch.details.id);
        const relId = fieldIdFor(childLinkPath(index, ch.details.id, 'relationship'));
        return (
          <div key={ch.details.id} className="child-link">
            <div className="field">
              <label htmlFor={relId}>
                {member.name || 'This person'}&apos;s relationship to {ch.details.name}
              </label>
              <input
                id={relId}
                type="text"
                value={link?.relationship ?? ''}
                onBlur={flush}
                onChange={(e) => change(ch.details.id, { relationship: e.target.value })}
              />
            </div>
            <YesNoChoice
              legend={`Lives with ${ch.details.name}`}
              idBase={fieldIdFor(childLinkPath(index, ch.details.id, 'livesWithChild'))}
              value={link?.livesWithChild}
              onChoose={(v) => change(ch.details.id, { livesWithChild: v })}
            />
          </div>
        );
      })}
      <div className="field">
        <label htmlFor={fieldIdFor([...base, 'address'])}>
          Address of {member.name || 'this person'} (optional)
        </label>
        <input
          id={fieldIdFor([...base, 'address'])}
          type="text"
          value={member.address ?? ''}
          onBlur={flush}
          onChange={(e) => setText([...base, 'address'], e.target.value)}
        />
      </div>
    </fieldset>
  );
}

/** The details of every family member, once there are family members to describe. */
export function HouseholdDetails({ c }: { c: Conference }) {
  if (c.household.length === 0) {
    return null;
  }
  return (
    <div className="household-details">
      <h3>Each family member and the children</h3>
      {c.children.length === 0 ? (
        <p className="hint">Add the children to record each person&apos;s relationship to them.</p>
      ) : null}
      {c.household.map((m, i) => (
        <MemberDetails key={m.id} c={c} member={m} index={i} />
      ))}
    </div>
  );
}
