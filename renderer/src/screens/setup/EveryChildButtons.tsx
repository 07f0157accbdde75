// Set-up, one family member: their relationship and living with them, given once for every child not yet
// answered (shared/domain/every-child-links.ts). Shown only for a sibling group and while a child is unanswered.
import { useState } from 'react';

import type { Conference } from '../../../../shared/domain/conference';
import { childrenToFill, withEveryChild } from '../../../../shared/domain/every-child-links';
import type { EveryChildAnswer } from '../../../../shared/domain/every-child-links';
import type { FamilyMember } from '../../../../shared/domain/household';
import { useConference } from '../../state/conference-store';

export function EveryChildButtons({
  c,
  member,
  index,
}: {
  c: Conference;
  member: FamilyMember;
  index: number;
}) {
  const apply = useConference((s) => s.apply);
  const [said, setSaid] = useState('');
  const ids = c.children.map((ch) => ch.details.id);
  const relationship = member.relationship.trim();
  const name = member.name || 'This person';
  const offers: { answer: EveryChildAnswer; label: string; done: string }[] = [];
  if (relationship !== '' && childrenToFill(member, ids, 'relationship').length > 0) {
    offers.push({
      answer: 'relationship',
      label: `${relationship} to every child`,
      done: `${name} is recorded as ${relationship} to every child not yet answered.`,
    });
  }
  if (childrenToFill(member, ids, 'lives-with').length > 0) {
    offers.push({
      answer: 'lives-with',
      label: 'Lives with every child',
      done: `${name} is recorded as living with every child not yet answered.`,
    });
  }
  if (ids.length < 2 || (offers.length === 0 && said === '')) {
    return null;
  }
  const fill = (answer: EveryChildAnswer, done: string) => {
    const failed = apply({
      type: 'set',
      path: ['household', index, 'childLinks'],
      value: withEveryChild(member, ids, answer),
    });
    setSaid(failed ? failed.message : done);
  };
  const hintId = `every-child-${member.id}`;
  return (
    <div className="every-child">
      {offers.length > 0 ? (
        <>
          <p className="hint" id={hintId}>
            Fills in only the children not yet answered; you can change any of them after.
          </p>
          {offers.map((o) => (
            <button
              key={o.answer}
              type="button"
              className="button button--secondary button--small"
              aria-describedby={hintId}
              onClick={() => fill(o.answer, o.done)}
            >
              {o.label}
            </button>
          ))}
        </>
      ) : null}
      <p className="visually-hidden" role="status">
        {said}
      </p>
    </div>
  );
}
